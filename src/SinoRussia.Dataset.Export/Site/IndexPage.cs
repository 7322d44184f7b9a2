using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// index.html: what the data is, the timeline (each marker a link to its meeting, its title shown on
/// hover), the filterable, sortable meetings table, and the officials and sources.
/// </summary>
internal static class IndexPage
{
    public static string Render(SinoRussiaDataset dataset, IReadOnlyList<Meeting> meetings)
    {
        var page = new HtmlPage(0);
        var info = dataset.Info;
        var b = new StringBuilder();
        b.Append("<h1>China–Russia high-level meetings</h1>\n<p class=\"lead\">")
            .Append(Html(Count(info.Meetings, "meeting") + ", " + Count(info.Officials, "official") + ", "
                + Count(info.Quotes, "quote") + " and " + Count(info.Sources, "source document")))
            .Append(", curated in SinoRussia.Dataset. A date marked <span class=\"inferred\">(inferred)</span> is stated by no document; its meeting's page says how it is known.</p>\n");

        b.Append("<section id=\"timeline\" aria-labelledby=\"timeline-heading\">\n<h2 id=\"timeline-heading\">Timeline</h2>\n")
            .Append("<figure>\n<div class=\"timeline-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Timeline, scrollable\">\n")
            .Append(InlineSvg(TimelineSvg.Render(dataset, m => page.Href(SiteUrls.Meeting(m)))))
            .Append("</div>\n<figcaption>Point at a marker to see its meeting; select it to open the meeting's page. ")
            .Append("The same meetings are listed in the table below.</figcaption>\n</figure>\n</section>\n");

        b.Append("<section id=\"meetings\" aria-labelledby=\"meetings-heading\">\n<h2 id=\"meetings-heading\">Meetings</h2>\n");
        MeetingsTable.Write(b, page, dataset, meetings);
        b.Append("</section>\n");

        b.Append("<section id=\"officials\" aria-labelledby=\"officials-heading\">\n<h2 id=\"officials-heading\">Officials</h2>\n<ul class=\"cards\">\n");
        foreach (var official in dataset.Officials.OrderBy(o => o.Country, StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal))
        {
            var count = meetings.Count(m => m.Involves(official));
            b.Append("<li>").Append(page.Link(SiteUrls.Official(official), official.Name))
                .Append(" <span class=\"meta\">").Append(Html(official.Country + " · " + Count(count, "meeting"))).Append("</span></li>\n");
        }

        b.Append("</ul>\n</section>\n");

        b.Append("<section id=\"sources\" aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n<ul class=\"cards\">\n");
        foreach (var source in dataset.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            b.Append("<li>").Append(SiteText.SourceLink(page, source)).Append("</li>\n");
        }

        b.Append("</ul>\n<p>").Append(page.Link(SiteUrls.Quotes, "Search every quote")).Append(".</p>\n</section>\n");
        return page.Render("Meetings", b.ToString(), info, "timeline");
    }

    /// <summary>An SVG document to put inside HTML: without its XML declaration.</summary>
    private static string InlineSvg(string svg) => svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf('\n', StringComparison.Ordinal) + 1)..] : svg;

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
