using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Draws the meetings of a <see cref="SinoRussiaDataset"/> as a timeline picture in SVG: one row per meeting in
/// date order, with the date, who met whom (the Chinese side first) and where (or, for calls and
/// virtual meetings, the format) in columns on the left, and a marker on a horizontal time axis on the
/// right. The marker's shape gives the format (circle in person, diamond phone, square virtual); a
/// filled marker and names in bold mark a principal meeting (see <see cref="IsPrincipal"/>), a hollow
/// one a meeting the documents only mention. A date the dataset infers carries "(inferred)"; a date
/// known only to the month or year is drawn as a bracket over that period, the marker at its middle.
/// A legend under the rows explains the shapes, fills and date marks.
/// </summary>
/// <remarks>
/// The output is deterministic: byte for byte the same on every OS, culture and run (invariant number
/// formatting with one decimal, <c>\n</c> line endings, no timestamps or random ids), so a generated copy
/// can be committed and checked for staleness. The document is written by an <see cref="XmlWriter"/>,
/// which escapes every text taken from the data; characters XML cannot hold make it throw
/// <see cref="ArgumentException"/> rather than write a broken file.
/// </remarks>
public static class TimelineSvg
{
    /// <summary>
    /// Whether <paramref name="meeting"/> is a principal meeting: one the dataset holds quotes from
    /// (<c>meeting.Quotes.Count &gt; 0</c>), that is, one of the meetings its documents report in full.
    /// Every other meeting is one the documents only mention. A meeting built by hand has no quotes and
    /// so is never principal.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>True when the dataset holds at least one quote said at the meeting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static bool IsPrincipal(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return meeting.Quotes.Count > 0;
    }

    /// <summary>
    /// Renders the meetings of <paramref name="dataset"/> as a self-contained SVG document (UTF-8,
    /// with an XML declaration, <c>\n</c> line endings and a final newline).
    /// </summary>
    /// <param name="dataset">The dataset, such as <see cref="SinoRussiaDataset.Shipped"/>.</param>
    /// <returns>The SVG text; the same for the same data on every OS and culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A text in the data holds a character XML cannot hold.</exception>
    public static string Render(SinoRussiaDataset dataset) => Render(dataset, link: null);

    /// <summary>
    /// The timeline with each marker a link: wrapped in an SVG <c>&lt;a href&gt;</c> to <paramref name="link"/>
    /// of its meeting (the static site's index uses it); without a link, the picture <see cref="Render(SinoRussiaDataset)"/> draws.
    /// </summary>
    internal static string Render(SinoRussiaDataset dataset, Func<Meeting, string>? link)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = dataset.Meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(TimelineRow.From)
            .ToList();
        var legend = TimelineLegend.Build(rows);
        var layout = new TimelineLayout(rows, legend);
        return SvgDocument.Write(w => WriteSvg(w, rows, legend, layout, link));
    }

    private static void WriteSvg(XmlWriter w, IReadOnlyList<TimelineRow> rows, IReadOnlyList<LegendLine> legend, TimelineLayout layout, Func<Meeting, string>? link)
    {
        var principal = rows.Count(r => r.Principal);
        var subtitle = Subtitle(rows, principal, layout);

        Start(w, "svg");
        Attr(w, "xmlns", SvgNamespace); // declared here, so that it comes first rather than after the attributes
        Attr(w, "width", layout.Width);
        Attr(w, "height", layout.Height);
        Attr(w, "viewBox", "0 0 " + Number(layout.Width) + " " + Number(layout.Height));
        Attr(w, "font-family", FontFamily);
        Attr(w, "font-size", "12");
        Attr(w, "role", link is null ? "img" : "group"); // a picture, or a group of links

        Element(w, "title", Title);
        Element(w, "desc", subtitle);

        Start(w, "rect");
        Attr(w, "width", layout.Width);
        Attr(w, "height", layout.Height);
        Attr(w, "fill", Paper);
        w.WriteEndElement();

        Text(w, Margin, TitleBaseline, Title, fontSize: "16", weight: "bold");
        Text(w, Margin, SubtitleBaseline, subtitle, fill: Muted);

        TimelineLabels.WriteStripes(w, rows, layout);
        if (rows.Count > 0)
        {
            TimelineAxis.Write(w, layout);
        }

        TimelineLabels.Write(w, rows, layout);
        TimelineMarkers.Write(w, rows, layout, link);
        TimelineLegend.Write(w, legend, layout);

        w.WriteEndElement();
    }

    private static string Subtitle(IReadOnlyList<TimelineRow> rows, int principal, TimelineLayout layout)
    {
        var count = rows.Count.ToString(CultureInfo.InvariantCulture) + (rows.Count == 1 ? " meeting" : " meetings");
        if (rows.Count == 0)
        {
            return count;
        }

        var text = count + ", of which " + principal.ToString(CultureInfo.InvariantCulture) + " principal and "
            + (rows.Count - principal).ToString(CultureInfo.InvariantCulture) + " mentioned only";
        var (first, last) = (layout.FirstYear, layout.LastYear); // the years the plot spans
        return text + (first == last
            ? ", " + first.ToString("D4", CultureInfo.InvariantCulture)
            : ", " + first.ToString("D4", CultureInfo.InvariantCulture) + "–" + last.ToString("D4", CultureInfo.InvariantCulture));
    }
}
