using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Draws the meetings of a <see cref="Dataset"/> as a timeline picture in SVG: one row per meeting in
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
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string FontFamily = "DejaVu Sans, Arial, sans-serif";
    private const string Title = "China–Russia high-level meetings in SinoRussia.Dataset";

    private const string Ink = "#1f4e8c";
    private const string TextColour = "#1a1a1a";
    private const string Muted = "#5f6b7a";
    private const string Neutral = "#8a96a3";
    private const string StripeColour = "#f1f4f8";
    private const string GridColour = "#c9d1db";
    private const string GuideColour = "#b8c4d2";
    private const string Paper = "#ffffff";

    // Text widths are estimated, not measured: 7 px a character at 12 px (DejaVu Sans averages less),
    // 8 px in bold, 10 px for the 16 px bold title; the columns add a gap on top.
    private const double CharWidth = 7;
    private const double BoldCharWidth = 8;
    private const double TitleCharWidth = 10;

    private const double Margin = 20;
    private const double ColumnGap = 18;
    private const double PlotGap = 14;
    private const double RowHeight = 26;
    private const double PixelsPerYear = 130;
    private const double MinimumPlotWidth = 260;
    private const double TitleBaseline = 30;
    private const double SubtitleBaseline = 50;
    private const double HeaderBaseline = 76;
    private const double AxisY = 86;
    private const double RowsTop = 94;
    private const double TextDrop = 4;
    private const double LegendGap = 20;
    private const double LegendLineHeight = 22;
    private const double LegendHeadingWidth = 68;
    private const double LegendItemGap = 24;
    private const double SwatchGap = 6;
    private const double MarkerRadius = 6;
    private const double DiamondRadius = 7;
    private const double SquareHalf = 5.5;
    private const double BracketHalfHeight = 9;

    // The mark after an inferred date. The space before it stays in the date's text, not in the tspan:
    // some renderers (librsvg) drop white space, a no-break space included, at the start of a tspan.
    private const string InferredMark = "(inferred)";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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
    /// <param name="dataset">The dataset, such as <see cref="Dataset.Shipped"/>.</param>
    /// <returns>The SVG text; the same for the same data on every OS and culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A text in the data holds a character XML cannot hold.</exception>
    public static string Render(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = dataset.Meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(ToRow)
            .ToList();
        var legend = Legend(rows);
        var layout = new Layout(rows, legend);

        using var output = new Utf8StringWriter();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = false,
            Encoding = Utf8NoBom,
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartDocument();
            WriteSvg(writer, rows, legend, layout);
            writer.WriteEndDocument();
        }

        output.Write('\n');
        return output.ToString();
    }

    private static Row ToRow(Meeting meeting)
    {
        var date = meeting.Date.ToString();
        var inferred = meeting.DateBasis == FactBasis.Inferred;
        var who = Participants(meeting);
        var placeText = meeting.Place is { } place
            ? (place.City is null ? place.Country : place.City + ", " + place.Country)
            : FormatText(meeting.Format);
        return new Row(meeting, IsPrincipal(meeting), date, inferred, who, placeText);
    }

    /// <summary>The names by side, the Chinese side first, other countries in order of first appearance: "A – B", "A, C – B".</summary>
    private static string Participants(Meeting meeting)
    {
        var sides = meeting.Participants
            .Select(p => p.Official)
            .GroupBy(o => o.Country, StringComparer.Ordinal)
            .OrderBy(g => string.Equals(g.Key, "CN", StringComparison.Ordinal) ? 0 : 1)
            .Select(g => string.Join(", ", g.Select(o => o.Name)));
        return string.Join(" – ", sides);
    }

    private static string FormatText(MeetingFormat format) => format switch
    {
        MeetingFormat.Phone => "Phone call",
        MeetingFormat.Virtual => "Virtual meeting",
        _ => "In person",
    };

    private static string FormatClass(MeetingFormat format) => format switch
    {
        MeetingFormat.Phone => "phone",
        MeetingFormat.Virtual => "virtual",
        _ => "in-person",
    };

    private static Swatch FormatSwatch(MeetingFormat format) => format switch
    {
        MeetingFormat.Phone => Swatch.Diamond,
        MeetingFormat.Virtual => Swatch.Square,
        _ => Swatch.Circle,
    };

    /// <summary>The legend: every shape and fill, and the date marks the rows use.</summary>
    private static IReadOnlyList<LegendLine> Legend(IReadOnlyList<Row> rows)
    {
        var lines = new List<LegendLine>
        {
            new("Format", new[]
            {
                new LegendItem(Swatch.Circle, "in person"),
                new LegendItem(Swatch.Diamond, "phone call"),
                new LegendItem(Swatch.Square, "virtual meeting"),
            }),
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

    private static void WriteSvg(XmlWriter w, IReadOnlyList<Row> rows, IReadOnlyList<LegendLine> legend, Layout layout)
    {
        var principal = rows.Count(r => r.Principal);
        var subtitle = Subtitle(rows, principal);

        Start(w, "svg");
        Attr(w, "xmlns", SvgNamespace); // declared here, so that it comes first rather than after the attributes
        Attr(w, "width", layout.Width);
        Attr(w, "height", layout.Height);
        Attr(w, "viewBox", "0 0 " + Number(layout.Width) + " " + Number(layout.Height));
        Attr(w, "font-family", FontFamily);
        Attr(w, "font-size", "12");
        Attr(w, "role", "img");

        Element(w, "title", Title);
        Element(w, "desc", subtitle);

        Start(w, "rect");
        Attr(w, "width", layout.Width);
        Attr(w, "height", layout.Height);
        Attr(w, "fill", Paper);
        w.WriteEndElement();

        Text(w, Margin, TitleBaseline, Title, fontSize: "16", weight: "bold");
        Text(w, Margin, SubtitleBaseline, subtitle, fill: Muted);

        WriteStripes(w, rows, layout);
        if (rows.Count > 0)
        {
            WriteAxis(w, layout);
        }

        WriteLabels(w, rows, layout);
        WriteMarkers(w, rows, layout);
        WriteLegend(w, legend, layout);

        w.WriteEndElement();
    }

    private static string Subtitle(IReadOnlyList<Row> rows, int principal)
    {
        var count = rows.Count.ToString(CultureInfo.InvariantCulture) + (rows.Count == 1 ? " meeting" : " meetings");
        if (rows.Count == 0)
        {
            return count;
        }

        var text = count + ", of which " + principal.ToString(CultureInfo.InvariantCulture) + " principal and "
            + (rows.Count - principal).ToString(CultureInfo.InvariantCulture) + " mentioned only";
        var first = rows.Min(r => r.Meeting.Date.Earliest.Year);
        var last = rows.Max(r => r.Meeting.Date.Latest.Year);
        return text + (first == last
            ? ", " + first.ToString("D4", CultureInfo.InvariantCulture)
            : ", " + first.ToString("D4", CultureInfo.InvariantCulture) + "–" + last.ToString("D4", CultureInfo.InvariantCulture));
    }

    private static void WriteStripes(XmlWriter w, IReadOnlyList<Row> rows, Layout layout)
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

    private static void WriteAxis(XmlWriter w, Layout layout)
    {
        Start(w, "g");
        Attr(w, "class", "axis");

        Start(w, "g");
        Attr(w, "class", "grid");
        Attr(w, "stroke", GridColour);
        Attr(w, "stroke-width", "1");
        for (var year = layout.FirstYear; year <= layout.LastYear + 1; year++)
        {
            var x = layout.X(YearStart(year));
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
            var x = layout.X(YearStart(year));
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
            var middle = (layout.X(YearStart(year)) + layout.X(YearStart(year + 1))) / 2;
            Text(w, middle, HeaderBaseline, year.ToString("D4", CultureInfo.InvariantCulture));
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteLabels(XmlWriter w, IReadOnlyList<Row> rows, Layout layout)
    {
        Start(w, "g");
        Attr(w, "class", "labels");
        Attr(w, "fill", TextColour);

        Start(w, "g");
        Attr(w, "class", "headers");
        Attr(w, "font-weight", "bold");
        Text(w, layout.DateX, HeaderBaseline, Layout.DateHeader);
        Text(w, layout.WhoX, HeaderBaseline, Layout.WhoHeader);
        Text(w, layout.WhereX, HeaderBaseline, Layout.WhereHeader);
        w.WriteEndElement();

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var baseline = RowCentre(i) + TextDrop;

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

    private static void WriteMarkers(XmlWriter w, IReadOnlyList<Row> rows, Layout layout)
    {
        Start(w, "g");
        Attr(w, "class", "guides");
        Attr(w, "stroke", GuideColour);
        Attr(w, "stroke-width", "1");
        Attr(w, "stroke-dasharray", "2 3");
        for (var i = 0; i < rows.Count; i++)
        {
            var end = layout.X(rows[i].Meeting.Date.Earliest.DayNumber) - 10;
            if (end > layout.PlotLeft)
            {
                Line(w, layout.PlotLeft, RowCentre(i), end, RowCentre(i));
            }
        }

        w.WriteEndElement();

        Start(w, "g");
        Attr(w, "class", "markers");
        Attr(w, "stroke", Ink);
        Attr(w, "stroke-width", "1.5");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var meeting = row.Meeting;
            var y = RowCentre(i);
            var fill = row.Principal ? Ink : Paper;
            var span = meeting.Date.Precision != DatePrecision.Day;
            var classes = "meeting " + (row.Principal ? "principal" : "mentioned") + " " + FormatClass(meeting.Format)
                + (row.DateInferred ? " date-inferred" : string.Empty) + (span ? " date-span" : string.Empty);

            Start(w, "g");
            Attr(w, "class", classes);
            Attr(w, "id", meeting.Id);
            Element(w, "title", meeting.Title);

            double x;
            if (span)
            {
                // A bracket over the period, taller than the marker so that it shows even around a month.
                var from = layout.X(meeting.Date.Earliest.DayNumber);
                var to = layout.X(meeting.Date.Latest.DayNumber + 1);
                Bracket(w, from, to, y);
                x = (from + to) / 2;
            }
            else
            {
                x = layout.X(meeting.Date.Earliest.DayNumber);
            }

            Shape(w, FormatSwatch(meeting.Format), x, y, fill);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter w, IReadOnlyList<LegendLine> legend, Layout layout)
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
                        Bracket(w, x, x + swatch, centre);
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
                        Shape(w, shape, x + (swatch / 2), centre, fill);
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

    private static double LegendWidth(IReadOnlyList<LegendLine> legend)
        => legend.Count == 0
            ? 0
            : legend.Max(line => LegendHeadingWidth + line.Items.Sum(i => SwatchWidth(i.Swatch) + SwatchGap + TextWidth(i.Text, CharWidth) + LegendItemGap) - LegendItemGap);

    private static void Shape(XmlWriter w, Swatch shape, double x, double y, string fill)
    {
        switch (shape)
        {
            case Swatch.Diamond:
                Start(w, "polygon");
                Attr(w, "points", Point(x, y - DiamondRadius) + " " + Point(x + DiamondRadius, y) + " "
                    + Point(x, y + DiamondRadius) + " " + Point(x - DiamondRadius, y));
                break;
            case Swatch.Square:
                Start(w, "rect");
                Attr(w, "x", x - SquareHalf);
                Attr(w, "y", y - SquareHalf);
                Attr(w, "width", 2 * SquareHalf);
                Attr(w, "height", 2 * SquareHalf);
                break;
            default:
                Start(w, "circle");
                Attr(w, "cx", x);
                Attr(w, "cy", y);
                Attr(w, "r", MarkerRadius);
                break;
        }

        Attr(w, "fill", fill);
        w.WriteEndElement();
    }

    /// <summary>A bracket |—| from <paramref name="from"/> to <paramref name="to"/> around the line <paramref name="y"/>, in the current stroke.</summary>
    private static void Bracket(XmlWriter w, double from, double to, double y)
    {
        Line(w, from, y - BracketHalfHeight, from, y + BracketHalfHeight);
        Line(w, from, y, to, y);
        Line(w, to, y - BracketHalfHeight, to, y + BracketHalfHeight);
    }

    private static double RowCentre(int index) => RowsTop + (index * RowHeight) + (RowHeight / 2);

    /// <summary>The day number of 1 January of <paramref name="year"/>; past 9999, the day after the last <see cref="DateOnly"/>.</summary>
    private static int YearStart(int year) => year > 9999 ? DateOnly.MaxValue.DayNumber + 1 : new DateOnly(year, 1, 1).DayNumber;

    private static double TextWidth(string text, double perCharacter) => text.Length * perCharacter;

    private static void Start(XmlWriter w, string name) => w.WriteStartElement(name, SvgNamespace);

    private static void Attr(XmlWriter w, string name, string value) => w.WriteAttributeString(name, value);

    private static void Attr(XmlWriter w, string name, double value) => w.WriteAttributeString(name, Number(value));

    private static void Element(XmlWriter w, string name, string text)
    {
        Start(w, name);
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Line(XmlWriter w, double x1, double y1, double x2, double y2)
    {
        Start(w, "line");
        Attr(w, "x1", x1);
        Attr(w, "y1", y1);
        Attr(w, "x2", x2);
        Attr(w, "y2", y2);
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string text, string? fontSize = null, string? weight = null, string? fill = null)
    {
        Start(w, "text");
        Attr(w, "x", x);
        Attr(w, "y", y);
        if (fontSize is not null)
        {
            Attr(w, "font-size", fontSize);
        }

        if (weight is not null)
        {
            Attr(w, "font-weight", weight);
        }

        if (fill is not null)
        {
            Attr(w, "fill", fill);
        }

        w.WriteString(text);
        w.WriteEndElement();
    }

    private static string Point(double x, double y) => Number(x) + "," + Number(y);

    /// <summary>One decimal, invariant culture, never "-0.0".</summary>
    private static string Number(double value)
    {
        var text = value.ToString("F1", CultureInfo.InvariantCulture);
        return text == "-0.0" ? "0.0" : text;
    }

    private enum Swatch
    {
        Circle,
        Diamond,
        Square,
        Filled,
        Hollow,
        Bracket,
        InferredText,
    }

    private sealed record Row(Meeting Meeting, bool Principal, string Date, bool DateInferred, string Who, string PlaceText);

    private sealed record LegendItem(Swatch Swatch, string Text);

    private sealed record LegendLine(string Heading, IReadOnlyList<LegendItem> Items);

    /// <summary>Where everything goes: the label columns, the plot and the canvas, from the rows' texts and dates.</summary>
    private sealed class Layout
    {
        public const string DateHeader = "Date";
        public const string WhoHeader = "Who met whom (China first)";
        public const string WhereHeader = "Place or format";

        private readonly int _startDay;
        private readonly int _endDay;

        public Layout(IReadOnlyList<Row> rows, IReadOnlyList<LegendLine> legend)
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
            var right = Math.Max(PlotRight + DiamondRadius, Margin + Math.Max(LegendWidth(legend), TextWidth(Title, TitleCharWidth)));
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

        /// <summary>The x of the start of the day <paramref name="dayNumber"/> (see <see cref="DateOnly.DayNumber"/>).</summary>
        public double X(int dayNumber) => PlotLeft + ((dayNumber - _startDay) * (PlotRight - PlotLeft) / (_endDay - _startDay));

        private static double Widest(IReadOnlyList<Row> rows, Func<Row, string> text, Func<Row, double> perCharacter)
            => rows.Count == 0 ? 0 : rows.Max(r => TextWidth(text(r), perCharacter(r)));
    }

    /// <summary>A <see cref="StringWriter"/> that reports UTF-8 (without a byte order mark), so the XML declaration says <c>utf-8</c>.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Utf8NoBom;
    }
}
