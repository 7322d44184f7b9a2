using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// meetings/ID.html: the meeting's date and place with their basis and note, format, mechanism and
/// occasion; the participants with the post each held that day; topics, outcomes, every quote, the
/// CAMEO/PLOVER events and the sources.
/// </summary>
internal static class MeetingPage
{
    public static string Render(SinoRussiaDataset dataset, Meeting meeting)
    {
        var page = new HtmlPage(1);
        var b = new StringBuilder();
        b.Append("<nav aria-label=\"Breadcrumb\" class=\"crumbs\">").Append(page.Link(SiteUrls.Index + "#meetings", "Meetings")).Append("</nav>\n")
            .Append("<article class=\"meeting\">\n<h1>").Append(Html(meeting.Title)).Append("</h1>\n<dl class=\"facts\">\n")
            .Append("<dt>Date</dt><dd>").Append(SiteText.Date(meeting.Date, meeting.DateBasis))
            .Append(" <span class=\"meta\">(to the ").Append(Html(meeting.Date.Precision.ToCode()))
            .Append(meeting.DateBasis == FactBasis.Inferred ? string.Empty : "; " + Html(SiteText.Basis(meeting.DateBasis))).Append(")</span>"); // "(inferred)" is already shown
        Note(b, meeting.DateNote);
        b.Append("</dd>\n<dt>Place</dt><dd>");
        if (meeting.Place is { } place)
        {
            b.Append(Html(SiteText.Where(meeting))).Append(" <span class=\"meta\">(").Append(Html(SiteText.Basis(place.Basis))).Append(")</span>");
            Note(b, place.Note);
        }
        else
        {
            b.Append("none: a ").Append(Html(SiteText.FormatName(meeting.Format)));
        }

        b.Append("</dd>\n<dt>Format</dt><dd>").Append(Html(SiteText.FormatName(meeting.Format))).Append("</dd>\n");
        if (meeting.Mechanism is { } mechanism)
        {
            b.Append("<dt>Mechanism</dt><dd>").Append(Html(mechanism.Name)).Append("</dd>\n");
        }

        if (meeting.Occasion is { } occasion)
        {
            b.Append("<dt>Occasion</dt><dd>").Append(Html(occasion)).Append("</dd>\n");
        }

        b.Append("<dt>Topics</dt><dd>").Append(meeting.Topics.Count > 0 ? SiteText.Topics(meeting.Topics) : "none recorded").Append("</dd>\n");
        AddedFieldsHtml.Facts(b, DatasetSchema.Meeting, meeting.AdditionalFields);
        b.Append("<dt>Id</dt><dd><code>").Append(Html(meeting.Id)).Append("</code></dd>\n</dl>\n");

        b.Append("<section aria-labelledby=\"participants\">\n<h2 id=\"participants\">Participants</h2>\n<div class=\"table-scroll\"><table>\n")
            .Append("<thead><tr><th scope=\"col\">Official</th><th scope=\"col\">Role</th><th scope=\"col\">Post held that day</th><th scope=\"col\">Title in the source</th></tr></thead>\n<tbody>\n");
        foreach (var p in meeting.Participants)
        {
            b.Append("<tr><th scope=\"row\">").Append(page.Link(SiteUrls.Official(p.Official), p.Official.Name)).Append(" <span class=\"meta\">")
                .Append(Html(p.Official.Country)).Append("</span></th><td>").Append(Html(p.Role.ToCode())).Append("</td><td>")
                .Append(p.Post is { } post ? Html(post.Title + ", " + post.Organisation.Name) : "no post recorded").Append("</td><td>")
                .Append(Html(p.TitleInSource ?? "—")).Append("</td></tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");

        if (meeting.Outcomes.Count > 0)
        {
            b.Append("<section aria-labelledby=\"outcomes\">\n<h2 id=\"outcomes\">Outcomes</h2>\n<ul>\n");
            foreach (var outcome in meeting.Outcomes)
            {
                b.Append("<li>").Append(Html(outcome)).Append("</li>\n");
            }

            b.Append("</ul>\n</section>\n");
        }

        b.Append("<section aria-labelledby=\"quotes\">\n<h2 id=\"quotes\">Quotes</h2>\n");
        // In the order of their ids with the numbers in order (d2 before d10): shorter ids first, as their prefixes are the same.
        var quotes = dataset.Quotes.Where(q => q.Meeting == meeting).OrderBy(q => q.Id.Length).ThenBy(q => q.Id, System.StringComparer.Ordinal).ToList();
        if (quotes.Count == 0)
        {
            b.Append("<p>No quotes recorded for this meeting.</p>\n");
        }
        else
        {
            b.Append("<ol class=\"quotes\">\n");
            foreach (var quote in quotes)
            {
                QuoteHtml.Write(b, page, quote, anchor: true);
            }

            b.Append("</ol>\n");
        }

        b.Append("</section>\n");
        EventsTable.Write(b, page, meeting);

        b.Append("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ul>\n");
        foreach (var source in meeting.Sources)
        {
            b.Append("<li>").Append(SiteText.SourceLink(page, source)).Append("</li>\n");
        }

        b.Append("</ul>\n</section>\n</article>\n");
        return page.Render(meeting.Title, b.ToString(), dataset.Info, "meetings");
    }

    private static void Note(StringBuilder b, string? note)
    {
        if (note is not null)
        {
            b.Append("<br><span class=\"note\">").Append(Html(note)).Append("</span>");
        }
    }
}
