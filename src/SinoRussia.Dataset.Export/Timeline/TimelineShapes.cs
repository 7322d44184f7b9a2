using System.Xml;
using static SinoRussia.Dataset.Export.SvgMarkup;
using static SinoRussia.Dataset.Export.TimelineStyle;

namespace SinoRussia.Dataset.Export;

/// <summary>Draws the shapes the markers and the legend share: a format's marker and a date's bracket.</summary>
internal static class TimelineShapes
{
    /// <summary>The marker <paramref name="shape"/> (circle unless diamond or square) centred on (<paramref name="x"/>, <paramref name="y"/>), filled with <paramref name="fill"/>.</summary>
    public static void Shape(XmlWriter w, Swatch shape, double x, double y, string fill)
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
    public static void Bracket(XmlWriter w, double from, double to, double y)
    {
        Line(w, from, y - BracketHalfHeight, from, y + BracketHalfHeight);
        Line(w, from, y, to, y);
        Line(w, to, y - BracketHalfHeight, to, y + BracketHalfHeight);
    }
}
