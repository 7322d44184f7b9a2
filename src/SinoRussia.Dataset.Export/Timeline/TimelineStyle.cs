namespace SinoRussia.Dataset.Export;

/// <summary>
/// The timeline's fixed look: its title and font, the colours, the estimated text widths, the distances
/// that place the title, axis, rows and legend, and the sizes of the markers.
/// </summary>
internal static class TimelineStyle
{
    public const string FontFamily = "DejaVu Sans, Arial, sans-serif";
    public const string Title = "China–Russia high-level meetings in SinoRussia.Dataset";

    public const string Ink = "#1f4e8c";
    public const string TextColour = "#1a1a1a";
    public const string Muted = "#5f6b7a";
    public const string Neutral = "#8a96a3";
    public const string StripeColour = "#f1f4f8";
    public const string GridColour = "#c9d1db";
    public const string GuideColour = "#b8c4d2";
    public const string Paper = "#ffffff";

    // Text widths are estimated, not measured: 7 px a character at 12 px (DejaVu Sans averages less),
    // 8 px in bold, 10 px for the 16 px bold title; the columns add a gap on top.
    public const double CharWidth = 7;
    public const double BoldCharWidth = 8;
    public const double TitleCharWidth = 10;

    public const double Margin = 20;
    public const double ColumnGap = 18;
    public const double PlotGap = 14;
    public const double RowHeight = 26;
    public const double PixelsPerYear = 130;
    public const double MinimumPlotWidth = 260;
    public const double TitleBaseline = 30;
    public const double SubtitleBaseline = 50;
    public const double HeaderBaseline = 76;
    public const double AxisY = 86;
    public const double RowsTop = 94;
    public const double TextDrop = 4;
    public const double LegendGap = 20;
    public const double LegendLineHeight = 22;
    public const double LegendHeadingWidth = 68;
    public const double LegendItemGap = 24;
    public const double SwatchGap = 6;
    public const double MarkerRadius = 6;
    public const double DiamondRadius = 7;
    public const double SquareHalf = 5.5;
    public const double BracketHalfHeight = 9;

    // The mark after an inferred date. The space before it stays in the date's text, not in the tspan:
    // some renderers (librsvg) drop white space, a no-break space included, at the start of a tspan.
    public const string InferredMark = "(inferred)";

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="perCharacter"/> pixels a character.</summary>
    public static double TextWidth(string text, double perCharacter) => text.Length * perCharacter;
}
