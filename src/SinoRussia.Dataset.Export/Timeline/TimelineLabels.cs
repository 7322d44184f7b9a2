using System.Collections.Generic;
using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Draws the rows' text side: the stripes behind every other row, then the column headers and, in each
/// row, the date (with its inferred mark), who met whom (in bold when principal) and the place or format.
/// </summary>
internal static class TimelineLabels
{
    public static void WriteStripes(XmlWriter w, IReadOnlyList<TimelineRow> rows, TimelineLayout layout)
    {
        Start(w, "g");
        Attr(w, "class", "stripes");
        Attr(w, "fill", StripeColour);
        for (var i = 0; i < rows.Count; i += 2)
        {
            Start(w, "rect");
            Attr(w, "x", Margin);
            Attr(w, "y", RowsTop + (i * RowHeight));
            Attr(w, "width", layout.Width - (2 * Margin));
            Attr(w, "height", RowHeight);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public static void Write(XmlWriter w, IReadOnlyList<TimelineRow> rows, TimelineLayout layout)
    {
        Start(w, "g");
        Attr(w, "class", "labels");
        Attr(w, "fill", TextColour);

        Start(w, "g");
        Attr(w, "class", "headers");
        Attr(w, "font-weight", "bold");
        Text(w, layout.DateX, HeaderBaseline, TimelineLayout.DateHeader);
        Text(w, layout.WhoX, HeaderBaseline, TimelineLayout.WhoHeader);
        Text(w, layout.WhereX, HeaderBaseline, TimelineLayout.WhereHeader);
        w.WriteEndElement();

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var baseline = TimelineLayout.RowCentre(i) + TextDrop;

            Start(w, "text");
            Attr(w, "x", layout.DateX);
            Attr(w, "y", baseline);
            w.WriteString(row.Date);
            if (row.DateInferred)
            {
                w.WriteString(" ");
                Start(w, "tspan");
                Attr(w, "fill", Muted);
                w.WriteString(InferredMark);
                w.WriteEndElement();
            }

            w.WriteEndElement();

            Text(w, layout.WhoX, baseline, row.Who, weight: row.Principal ? "bold" : null);
            Text(w, layout.WhereX, baseline, row.PlaceText);
        }

        w.WriteEndElement();
    }
}
