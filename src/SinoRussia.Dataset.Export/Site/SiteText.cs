using System.Collections.Generic;
using System.Linq;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// How the site words a record's facts, as HTML: a date to its precision with "(inferred)" as the README
/// marks it, a place or a format, who met whom (the Chinese side first), topics and a quote's kind.
/// </summary>
internal static class SiteText
{
    /// <summary>The date as the data gives it (day, month or year), then "(inferred)" when no document states it.</summary>
    public static string Date(PartialDate date, FactBasis basis)
        => "<time datetime=\"" + Html(date.ToString()) + "\">" + Html(date.ToString()) + "</time>"
            + (basis == FactBasis.Inferred ? " <span class=\"inferred\">(inferred)</span>" : string.Empty);

    /// <summary>"Moscow, RU", "Kremlin, Moscow, RU", or the format for a meeting without a place ("phone call").</summary>
    public static string Where(Meeting meeting) => meeting.Place is { } place
        ? string.Join(", ", new[] { place.Venue, place.City, place.Country }.Where(p => !string.IsNullOrEmpty(p)))
        : FormatName(meeting.Format);

    /// <summary>The format in words, as the timeline's legend words it: "in person", "phone call", "virtual meeting".</summary>
    public static string FormatName(MeetingFormat format) => TimelineFormats.LegendText(format);

    /// <summary>The participants by side as linked names, the Chinese side first: "A – B".</summary>
    public static string Who(HtmlPage page, Meeting meeting)
        => string.Join(" – ", MeetingSides.Of(meeting).Select(side => string.Join(", ", side.Select(o => page.Link(SiteUrls.Official(o), o.Name)))));

    /// <summary>The topics' names, comma separated, encoded.</summary>
    public static string Topics(IEnumerable<Topic> topics) => Html(string.Join(", ", topics.Select(SinoRussia.Dataset.Topics.NameOf)));

    /// <summary>A fact's basis, worded: "stated", "from the dateline", "inferred".</summary>
    public static string Basis(FactBasis basis) => basis switch
    {
        FactBasis.Dateline => "from the dateline",
        _ => basis.ToCode(),
    };

    /// <summary>A source's title, or for a document without one its short name.</summary>
    public static string SourceTitle(Source source) => source.Title ?? SourceName(source);

    /// <summary>A link to the source's page by its title, followed by its short name when it has a title.</summary>
    public static string SourceLink(HtmlPage page, Source source)
        => page.Link(SiteUrls.Source(source), SourceTitle(source))
            + (source.Title is null ? string.Empty : " <span class=\"meta\">" + Html(SourceName(source)) + "</span>");

    /// <summary>A source's short name: its publisher and date, or its id.</summary>
    public static string SourceName(Source source)
        => source.Publisher is { } publisher ? publisher + (source.Published is { } date ? ", " + date : string.Empty) : source.Id;
}
