using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// sources/ID.html: the document's metadata, every record drawn from it (meetings and quotes) and, when
/// its text is given, the document itself with each quote highlighted and linked to its record.
/// </summary>
internal static class SourcePage
{
    public static string Render(SinoRussiaDataset dataset, Source source, string? sourcesDirectory)
    {
        var page = new HtmlPage(1);
        var quotes = dataset.Quotes.Where(q => q.Source == source).ToList();
        var meetings = dataset.Meetings.Where(m => m.Sources.Contains(source)).OrderBy(m => m.Date).ToList();
        var b = new StringBuilder();
        b.Append("<nav aria-label=\"Breadcrumb\" class=\"crumbs\">").Append(page.Link(SiteUrls.Index + "#sources", "Sources")).Append("</nav>\n")
            .Append("<article class=\"source\">\n<h1>").Append(Html(SiteText.SourceTitle(source))).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(b, "Publisher", source.Publisher ?? "not stated");
        Fact(b, "Published", (source.Published?.ToString() ?? "not stated") + (source.PublishedTime is { } time ? " " + time : string.Empty)
            + (source.TimeZone is { } zone ? " (" + zone + ")" : string.Empty));
        Fact(b, "Dateline", source.Dateline);
        Fact(b, "Author", source.Author);
        Fact(b, "Language", source.Language);
        Fact(b, "Notes", source.Notes);
        Fact(b, "File", source.File);
        AddedFieldsHtml.Facts(b, DatasetSchema.Source, source.AdditionalFields);
        b.Append("<dt>Id</dt><dd><code>").Append(Html(source.Id)).Append("</code></dd>\n</dl>\n");

        b.Append("<section aria-labelledby=\"records\">\n<h2 id=\"records\">Records drawn from it</h2>\n<h3>")
            .Append(Html(meetings.Count.ToString(CultureInfo.InvariantCulture) + " meetings")).Append("</h3>\n<ul>\n");
        foreach (var meeting in meetings)
        {
            b.Append("<li>").Append(SiteText.Date(meeting.Date, meeting.DateBasis)).Append(' ').Append(page.Link(SiteUrls.Meeting(meeting), meeting.Title)).Append("</li>\n");
        }

        b.Append("</ul>\n<h3>").Append(Html(quotes.Count.ToString(CultureInfo.InvariantCulture) + " quotes")).Append("</h3>\n<ol class=\"quotes\">\n");
        foreach (var quote in quotes)
        {
            QuoteHtml.Write(b, page, quote, anchor: false);
        }

        b.Append("</ol>\n</section>\n<section aria-labelledby=\"document\">\n<h2 id=\"document\">The document</h2>\n");
        var path = sourcesDirectory is null ? null : Path.Combine(sourcesDirectory, source.File);
        if (path is not null && File.Exists(path))
        {
            b.Append("<p>Each quote drawn from the text is highlighted and links to its record.</p>\n");
            var missing = SourceDocument.Write(b, page, File.ReadAllText(path), quotes);
            if (missing.Count > 0)
            {
                b.Append("<p class=\"note\">Not found verbatim in this text: ").Append(Html(string.Join(", ", missing.Select(q => q.Id)))).Append(".</p>\n");
            }
        }
        else
        {
            b.Append("<p>The text is not part of the package (it remains its publisher's). Generate the site with ")
                .Append("<code>--sources DIR</code>, the folder holding <code>").Append(Html(source.File)).Append("</code>, to show it here with every quote highlighted.</p>\n");
        }

        b.Append("</section>\n</article>\n");
        return page.Render(SiteText.SourceTitle(source), b.ToString(), dataset.Info, "sources");
    }

    private static void Fact(StringBuilder b, string name, string? value)
    {
        if (value is not null)
        {
            b.Append("<dt>").Append(Html(name)).Append("</dt><dd>").Append(Html(value)).Append("</dd>\n");
        }
    }
}
