using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// An official's posts over time as a small inline SVG: a bar per post from its start to its end (to the
/// right edge while held), a tick per meeting on the top line, the years along the axis. The official's
/// page lists the same posts as text; the picture is a summary of it.
/// </summary>
internal static class PostsTimeline
{
    private const double Left = 8;
    private const double Width = 640;
    private const double AxisY = 20;
    private const double RowHeight = 34;

    public static void Write(StringBuilder b, Official official, IReadOnlyList<Meeting> meetings, int lastYear)
    {
        if (official.Positions.Count == 0)
        {
            return;
        }

        var first = official.Positions.Min(p => p.Start.Year);
        var last = Math.Max(lastYear, official.Positions.Max(p => p.End?.Year ?? p.Start.Year));
        var start = new DateOnly(first, 1, 1).DayNumber;
        var end = new DateOnly(Math.Min(last + 1, 9999), 1, 1).DayNumber;
        double X(DateOnly day) => Left + ((day.DayNumber - start) * (Width - (2 * Left)) / Math.Max(1, end - start));

        var height = AxisY + 14 + (official.Positions.Count * RowHeight);
        b.Append("<svg class=\"posts\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"").Append(Html(official.Name + ": posts over time, " + first.ToString(CultureInfo.InvariantCulture) + " to " + last.ToString(CultureInfo.InvariantCulture)))
            .Append("\">\n<line class=\"axis\" x1=\"").Append(N(Left)).Append("\" y1=\"").Append(N(AxisY)).Append("\" x2=\"").Append(N(Width - Left)).Append("\" y2=\"").Append(N(AxisY)).Append("\"/>\n");
        var step = Math.Max(1, (last - first + 1) / 8);
        for (var year = first; year <= last; year += step)
        {
            var x = X(new DateOnly(year, 1, 1));
            b.Append("<text class=\"year\" x=\"").Append(N(x + 2)).Append("\" y=\"12\">").Append(Html(year.ToString(CultureInfo.InvariantCulture))).Append("</text>")
                .Append("<line class=\"grid\" x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(AxisY)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(height)).Append("\"/>\n");
        }

        foreach (var meeting in meetings)
        {
            var x = X(meeting.Date.Earliest);
            b.Append("<circle class=\"meeting\" cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(AxisY)).Append("\" r=\"3.5\"><title>")
                .Append(Html(meeting.Date + " " + meeting.Title)).Append("</title></circle>\n");
        }

        var y = AxisY + 14;
        foreach (var post in official.Positions.OrderBy(p => p.Start))
        {
            var from = X(post.Start.Earliest);
            var to = post.End is { } e ? X(e.Earliest) : Width - Left;
            b.Append("<text x=\"").Append(N(Left)).Append("\" y=\"").Append(N(y + 10)).Append("\">").Append(Html(post.Title + ", " + post.Organisation.Name)).Append("</text>\n")
                .Append("<rect class=\"").Append(post.End is null ? "bar held" : "bar").Append("\" x=\"").Append(N(from)).Append("\" y=\"").Append(N(y + 15))
                .Append("\" width=\"").Append(N(Math.Max(2, to - from))).Append("\" height=\"9\" rx=\"2\"/>\n");
            y += RowHeight;
        }

        b.Append("</svg>\n");
    }

    private static string N(double value) => SvgMarkup.Number(value);
}
