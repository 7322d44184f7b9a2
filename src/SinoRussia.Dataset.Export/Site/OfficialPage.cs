using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>officials/ID.html: the official's names, posts over time (a small timeline and the list), meetings and quotes.</summary>
internal static class OfficialPage
{
    public static string Render(SinoRussiaDataset dataset, Official official, int lastYear)
    {
        var page = new HtmlPage(1);
        var meetings = dataset.Meetings.Where(m => m.Involves(official)).OrderBy(m => m.Date).ToList();
        var quotes = dataset.Quotes.Where(q => q.Speaker == official).ToList();
        var b = new StringBuilder();
        b.Append("<nav aria-label=\"Breadcrumb\" class=\"crumbs\">").Append(page.Link(SiteUrls.Index + "#officials", "Officials")).Append("</nav>\n")
            .Append("<article class=\"official\">\n<h1>").Append(Html(official.Name)).Append("</h1>\n<dl class=\"facts\">\n")
            .Append("<dt>Country</dt><dd>").Append(Html(official.Country)).Append("</dd>\n");
        if (official.Aliases.Count > 0)
        {
            b.Append("<dt>Also written</dt><dd>").Append(Html(string.Join("; ", official.Aliases))).Append("</dd>\n");
        }

        AddedFieldsHtml.Facts(b, DatasetSchema.Official, official.AdditionalFields);
        b.Append("<dt>Id</dt><dd><code>").Append(Html(official.Id)).Append("</code></dd>\n</dl>\n");

        b.Append("<section aria-labelledby=\"posts\">\n<h2 id=\"posts\">Posts over time</h2>\n");
        PostsTimeline.Write(b, official, meetings, lastYear);
        b.Append("<ol class=\"posts\">\n");
        foreach (var post in official.Positions.OrderBy(p => p.Start))
        {
            b.Append("<li>").Append(Html(post.Title + ", " + post.Organisation.Name)).Append(" <span class=\"meta\">")
                .Append(Html(post.End is { } end ? post.Start + " to " + end : "since " + post.Start)).Append("</span>");
            if (post.Note is { } note)
            {
                b.Append("<br><span class=\"note\">").Append(Html(note)).Append("</span>");
            }

            b.Append("</li>\n");
        }

        b.Append("</ol>\n</section>\n");

        b.Append("<section aria-labelledby=\"meetings\">\n<h2 id=\"meetings\">Meetings</h2>\n<ul>\n");
        foreach (var meeting in meetings)
        {
            var post = meeting.ParticipantFor(official)?.Post;
            b.Append("<li>").Append(SiteText.Date(meeting.Date, meeting.DateBasis)).Append(' ').Append(page.Link(SiteUrls.Meeting(meeting), meeting.Title))
                .Append(post is null ? string.Empty : " <span class=\"meta\">as " + Html(post.Title) + "</span>").Append("</li>\n");
        }

        b.Append("</ul>\n</section>\n<section aria-labelledby=\"quotes\">\n<h2 id=\"quotes\">Quotes</h2>\n");
        if (quotes.Count == 0)
        {
            b.Append("<p>No quotes recorded.</p>\n");
        }
        else
        {
            b.Append("<ol class=\"quotes\">\n");
            foreach (var quote in quotes)
            {
                QuoteHtml.Write(b, page, quote, anchor: false);
            }

            b.Append("</ol>\n");
        }

        b.Append("</section>\n</article>\n");
        return page.Render(official.Name, b.ToString(), dataset.Info, "officials");
    }
}
