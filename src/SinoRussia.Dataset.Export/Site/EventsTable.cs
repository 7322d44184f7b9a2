using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>A meeting's directed events as <see cref="EventCoding"/> codes them: actors, CAMEO, PLOVER and the rule.</summary>
internal static class EventsTable
{
    public static void Write(StringBuilder b, HtmlPage page, Meeting meeting)
    {
        var events = EventCoding.Code(meeting);
        b.Append("<section aria-labelledby=\"events\">\n<h2 id=\"events\">Events (CAMEO, PLOVER)</h2>\n");
        if (events.Count == 0)
        {
            b.Append("<p>No events: the participants are all from one country.</p>\n</section>\n");
            return;
        }

        b.Append("<div class=\"table-scroll\"><table>\n<thead><tr><th scope=\"col\">Source actor</th><th scope=\"col\">Target actor</th>")
            .Append("<th scope=\"col\">CAMEO</th><th scope=\"col\">PLOVER</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
        foreach (var e in events)
        {
            var mode = e.PloverMode.ToCodebookName();
            b.Append("<tr><td>").Append(page.Link(SiteUrls.Official(e.SourceOfficial), e.SourceOfficial.Name)).Append(" <code>").Append(Html(e.SourceActor)).Append("</code></td>")
                .Append("<td>").Append(page.Link(SiteUrls.Official(e.TargetOfficial), e.TargetOfficial.Name)).Append(" <code>").Append(Html(e.TargetActor)).Append("</code></td>")
                .Append("<td><code>").Append(Html(e.Cameo.ToCode())).Append("</code> ").Append(Html(e.Cameo.ToName())).Append("</td>")
                .Append("<td><code>").Append(Html(EventCoding.PloverEvent)).Append("</code>").Append(mode is null ? string.Empty : " (" + Html(mode) + ")").Append("</td>")
                .Append("<td><code>").Append(Html(e.Rule)).Append("</code></td></tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n<p class=\"meta\">One event per ordered pair of participants from different countries; the rules are in docs/event-coding.md.</p>\n</section>\n");
    }
}
