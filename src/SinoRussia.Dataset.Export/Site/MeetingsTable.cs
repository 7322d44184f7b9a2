using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The index's meetings table and its filter form. Every row is in the HTML, so the table reads without
/// JavaScript; each row carries its officials, year, format and topics as data attributes, which
/// site.js filters by, and each cell a sort key. The form is <c>hidden</c> until the script shows it.
/// </summary>
internal static class MeetingsTable
{
    public static void Write(StringBuilder b, HtmlPage page, SinoRussiaDataset dataset, IReadOnlyList<Meeting> meetings)
    {
        b.Append("<form class=\"filters\" id=\"meeting-filters\" hidden aria-label=\"Filter the meetings\">\n");
        Select(b, "official", "Official", dataset.Officials.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Id, o.Name)));
        Select(b, "year", "Year", meetings.Select(m => m.Date.Year).Distinct().OrderBy(y => y)
            .Select(y => (Year(y), Year(y))));
        Select(b, "format", "Format", TimelineFormats.All.Select(f => (f.Format.ToCode(), SiteText.FormatName(f.Format))));
        Select(b, "topic", "Topic", SinoRussia.Dataset.Topics.All.Select(t => (SinoRussia.Dataset.Topics.IdOf(t), SinoRussia.Dataset.Topics.NameOf(t))));
        b.Append("<button type=\"reset\">Show all</button>\n")
            .Append("<p id=\"meeting-count\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n");

        b.Append("<div class=\"table-scroll\">\n<table id=\"meetings-table\" class=\"sortable\">\n")
            .Append("<caption>").Append(Html(meetings.Count.ToString(CultureInfo.InvariantCulture)))
            .Append(" meetings in date order; the Chinese side is named first.</caption>\n<thead><tr>")
            .Append("<th scope=\"col\" data-sort=\"text\">Date</th><th scope=\"col\" data-sort=\"text\">Meeting</th>")
            .Append("<th scope=\"col\" data-sort=\"text\">Who</th><th scope=\"col\" data-sort=\"text\">Where</th>")
            .Append("<th scope=\"col\" data-sort=\"text\">Topics</th><th scope=\"col\" data-sort=\"number\">Quotes</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var m in meetings)
        {
            b.Append("<tr data-officials=\"").Append(Html(string.Join(" ", m.Participants.Select(p => p.Official.Id))))
                .Append("\" data-year=\"").Append(Html(Year(m.Date.Year)))
                .Append("\" data-format=\"").Append(Html(m.Format.ToCode()))
                .Append("\" data-topics=\"").Append(Html(string.Join(" ", m.Topics.Select(SinoRussia.Dataset.Topics.IdOf))))
                .Append("\">\n<td data-key=\"").Append(Html(m.Date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + m.Id)).Append("\">")
                .Append(SiteText.Date(m.Date, m.DateBasis)).Append("</td>\n<td>")
                .Append(page.Link(SiteUrls.Meeting(m), m.Title)).Append("</td>\n<td>")
                .Append(SiteText.Who(page, m)).Append("</td>\n<td>")
                .Append(Html(SiteText.Where(m))).Append("</td>\n<td>")
                .Append(SiteText.Topics(m.Topics)).Append("</td>\n<td class=\"number\">")
                .Append(Html(dataset.Quotes.Count(q => q.Meeting == m).ToString(CultureInfo.InvariantCulture))).Append("</td>\n</tr>\n");
        }

        b.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static void Select(StringBuilder b, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        b.Append("<label>").Append(Html(label)).Append(" <select name=\"").Append(Html(name)).Append("\" id=\"filter-").Append(Html(name)).Append("\">")
            .Append("<option value=\"\">any</option>");
        foreach (var (value, text) in options)
        {
            b.Append("<option value=\"").Append(Html(value)).Append("\">").Append(Html(text)).Append("</option>");
        }

        b.Append("</select></label>\n");
    }
}
