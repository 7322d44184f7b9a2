using System.Collections.Generic;
using System.Linq;
using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The legend under the rows: which lines it has (every shape and fill, and the date marks the rows
/// use), how wide it is, and drawing it.
/// </summary>
internal static class TimelineLegend
{
    /// <summary>The legend: every shape and fill, and the date marks the rows use.</summary>
    public static IReadOnlyList<LegendLine> Build(IReadOnlyList<TimelineRow> rows)
    {
        var lines = new List<LegendLine>
        {
            new("Format", TimelineFormats.All.Select(f => new LegendItem(f.Swatch, f.LegendText)).ToArray()),
            new("Report", new[]
            {
                new LegendItem(Swatch.Filled, "principal: reported in full, with quotes in the dataset (names in bold)"),
                new LegendItem(Swatch.Hollow, "mentioned only"),
            }),
        };
        // One date mark a line, the heading on the first: side by side they would widen the picture.
        var dates = new List<LegendItem>();
        if (rows.Any(r => r.DateInferred))
        {
            dates.Add(new LegendItem(Swatch.InferredText, "date inferred (from a weekday and the publication date, or from public record), not stated"));
        }

        if (rows.Any(r => r.Meeting.Date.Precision != DatePrecision.Day))
        {
            dates.Add(new LegendItem(Swatch.Bracket, "date known only to the month or year: the bracket spans the period"));
        }

        for (var i = 0; i < dates.Count; i++)
        {
            lines.Add(new LegendLine(i == 0 ? "Date" : string.Empty, new[] { dates[i] }));
        }

        return lines;
    }

    /// <summary>The width of the widest line of <paramref name="legend"/>, its heading column included; 0 when it has none.</summary>
    public static double Width(IReadOnlyList<LegendLine> legend)
        => legend.Count == 0
            ? 0
            : legend.Max(line => LegendHeadingWidth + line.Items.Sum(i => SwatchWidth(i.Swatch) + SwatchGap + TextWidth(i.Text, CharWidth) + LegendItemGap) - LegendItemGap);

    /// <summary>Draws <paramref name="legend"/> from <see cref="TimelineLayout.LegendTop"/> down, a line at a time.</summary>
    public static void Write(XmlWriter w, IReadOnlyList<LegendLine> legend, TimelineLayout layout)
    {
        Start(w, "g");
        Attr(w, "class", "legend");
        Attr(w, "fill", TextColour);
        for (var i = 0; i < legend.Count; i++)
        {
            var line = legend[i];
            var centre = layout.LegendTop + (i * LegendLineHeight) + (LegendLineHeight / 2);
            var baseline = centre + TextDrop;
            if (line.Heading.Length > 0)
            {
                Text(w, Margin, baseline, line.Heading, weight: "bold");
            }

            var x = Margin + LegendHeadingWidth;
            foreach (var item in line.Items)
            {
                var swatch = SwatchWidth(item.Swatch);
                switch (item.Swatch)
                {
                    case Swatch.InferredText:
                        Text(w, x, baseline, InferredMark, fill: Muted);
                        break;
                    case Swatch.Bracket:
                        Start(w, "g");
                        Attr(w, "stroke", Ink);
                        Attr(w, "stroke-width", "1.5");
                        TimelineShapes.Bracket(w, x, x + swatch, centre);
                        w.WriteEndElement();
                        break;
                    default:
                        Start(w, "g");
                        Attr(w, "stroke", item.Swatch == Swatch.Filled || item.Swatch == Swatch.Hollow ? Ink : Neutral);
                        Attr(w, "stroke-width", "1.5");
                        var fill = item.Swatch switch
                        {
                            Swatch.Filled => Ink,
                            Swatch.Hollow => Paper,
                            _ => Neutral,
                        };
                        var shape = item.Swatch is Swatch.Filled or Swatch.Hollow ? Swatch.Circle : item.Swatch;
                        TimelineShapes.Shape(w, shape, x + (swatch / 2), centre, fill);
                        w.WriteEndElement();
                        break;
                }

                x += swatch + SwatchGap;
                Text(w, x, baseline, item.Text);
                x += TextWidth(item.Text, CharWidth) + LegendItemGap;
            }
        }

        w.WriteEndElement();
    }

    private static double SwatchWidth(Swatch swatch) => swatch switch
    {
        Swatch.Bracket => 28,
        Swatch.InferredText => TextWidth(InferredMark, CharWidth),
        _ => 2 * DiamondRadius,
    };
}
