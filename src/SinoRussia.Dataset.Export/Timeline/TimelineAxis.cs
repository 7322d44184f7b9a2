using System;
using System.Globalization;
using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Draws the time axis over the plot: a grid line at each new year down through the rows, the axis
/// line with a tick at each year and smaller ones at each month (the middle one longer), and the years.
/// </summary>
internal static class TimelineAxis
{
    public static void Write(XmlWriter w, TimelineLayout layout)
    {
        Start(w, "g");
        Attr(w, "class", "axis");

        Start(w, "g");
        Attr(w, "class", "grid");
        Attr(w, "stroke", GridColour);
        Attr(w, "stroke-width", "1");
        for (var year = layout.FirstYear; year <= layout.LastYear + 1; year++)
        {
            var x = layout.X(TimelineLayout.YearStart(year));
            Line(w, x, AxisY, x, layout.RowsBottom);
        }

        w.WriteEndElement();

        Start(w, "g");
        Attr(w, "class", "ticks");
        Attr(w, "stroke", Muted);
        Attr(w, "stroke-width", "1");
        Line(w, layout.PlotLeft, AxisY, layout.PlotRight, AxisY);
        for (var year = layout.FirstYear; year <= layout.LastYear; year++)
        {
            var x = layout.X(TimelineLayout.YearStart(year));
            Line(w, x, AxisY - 6, x, AxisY + 6);
            for (var month = 2; month <= 12; month++)
            {
                var m = layout.X(new DateOnly(year, month, 1).DayNumber);
                Line(w, m, AxisY, m, AxisY + (month == 7 ? 6 : 3));
            }
        }

        Line(w, layout.PlotRight, AxisY - 6, layout.PlotRight, AxisY + 6);
        w.WriteEndElement();

        Start(w, "g");
        Attr(w, "class", "years");
        Attr(w, "text-anchor", "middle");
        Attr(w, "font-weight", "bold");
        for (var year = layout.FirstYear; year <= layout.LastYear; year++)
        {
            var middle = (layout.X(TimelineLayout.YearStart(year)) + layout.X(TimelineLayout.YearStart(year + 1))) / 2;
            Text(w, middle, HeaderBaseline, year.ToString("D4", CultureInfo.InvariantCulture));
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }
}
