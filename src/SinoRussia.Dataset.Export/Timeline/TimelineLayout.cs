using System;
using System.Collections.Generic;
using System.Linq;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Where everything goes: the label columns, the plot and the canvas, from the rows' texts and dates;
/// the time scale that turns a day into an x; the centre line of each row.
/// </summary>
internal sealed class TimelineLayout
{
    public const string DateHeader = "Date";
    public const string WhoHeader = "Who met whom (China first)";
    public const string WhereHeader = "Place or format";

    private readonly int _startDay;
    private readonly int _endDay;

    public TimelineLayout(IReadOnlyList<TimelineRow> rows, IReadOnlyList<LegendLine> legend)
    {
        DateX = Margin;
        var dateWidth = Math.Max(TextWidth(DateHeader, BoldCharWidth), Widest(rows, r => r.DateInferred ? r.Date + " " + InferredMark : r.Date, _ => CharWidth));
        WhoX = DateX + dateWidth + ColumnGap;
        var whoWidth = Math.Max(TextWidth(WhoHeader, BoldCharWidth), Widest(rows, r => r.Who, r => r.Principal ? BoldCharWidth : CharWidth));
        WhereX = WhoX + whoWidth + ColumnGap;
        var whereWidth = Math.Max(TextWidth(WhereHeader, BoldCharWidth), Widest(rows, r => r.PlaceText, _ => CharWidth));
        PlotLeft = WhereX + whereWidth + PlotGap;

        if (rows.Count > 0)
        {
            FirstYear = rows.Min(r => r.Meeting.Date.Earliest.Year);
            LastYear = rows.Max(r => r.Meeting.Date.Latest.Year);
            _startDay = YearStart(FirstYear);
            _endDay = YearStart(LastYear + 1);
            PlotRight = PlotLeft + Math.Max(MinimumPlotWidth, (LastYear - FirstYear + 1) * PixelsPerYear);
        }
        else
        {
            PlotRight = PlotLeft;
        }

        RowsBottom = RowsTop + (rows.Count * RowHeight);
        LegendTop = RowsBottom + LegendGap;
        var right = Math.Max(PlotRight + DiamondRadius, Margin + Math.Max(TimelineLegend.Width(legend), TextWidth(Title, TitleCharWidth)));
        Width = Math.Ceiling(right + Margin);
        Height = Math.Ceiling(LegendTop + (legend.Count * LegendLineHeight) + Margin);
    }

    public double DateX { get; }

    public double WhoX { get; }

    public double WhereX { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public double RowsBottom { get; }

    public double LegendTop { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The y of the middle of the row at <paramref name="index"/>.</summary>
    public static double RowCentre(int index) => RowsTop + (index * RowHeight) + (RowHeight / 2);

    /// <summary>The day number of 1 January of <paramref name="year"/>; past 9999, the day after the last <see cref="DateOnly"/>.</summary>
    public static int YearStart(int year) => year > 9999 ? DateOnly.MaxValue.DayNumber + 1 : new DateOnly(year, 1, 1).DayNumber;

    /// <summary>The x of the start of the day <paramref name="dayNumber"/> (see <see cref="DateOnly.DayNumber"/>).</summary>
    public double X(int dayNumber) => PlotLeft + ((dayNumber - _startDay) * (PlotRight - PlotLeft) / (_endDay - _startDay));

    private static double Widest(IReadOnlyList<TimelineRow> rows, Func<TimelineRow, string> text, Func<TimelineRow, double> perCharacter)
        => rows.Count == 0 ? 0 : rows.Max(r => TextWidth(text(r), perCharacter(r)));
}
