using System.Globalization;
using System.Xml;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Writes SVG elements and attributes to an <see cref="XmlWriter"/>: elements in the SVG namespace,
/// lines and texts, and numbers with one decimal in the invariant culture.
/// </summary>
internal static class SvgMarkup
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    public static void Start(XmlWriter w, string name) => w.WriteStartElement(name, SvgNamespace);

    public static void Attr(XmlWriter w, string name, string value) => w.WriteAttributeString(name, value);

    public static void Attr(XmlWriter w, string name, double value) => w.WriteAttributeString(name, Number(value));

    public static void Element(XmlWriter w, string name, string text)
    {
        Start(w, name);
        w.WriteString(text);
        w.WriteEndElement();
    }

    public static void Line(XmlWriter w, double x1, double y1, double x2, double y2)
    {
        Start(w, "line");
        Attr(w, "x1", x1);
        Attr(w, "y1", y1);
        Attr(w, "x2", x2);
        Attr(w, "y2", y2);
        w.WriteEndElement();
    }

    public static void Text(XmlWriter w, double x, double y, string text, string? fontSize = null, string? weight = null, string? fill = null)
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

    public static string Point(double x, double y) => Number(x) + "," + Number(y);

    /// <summary>One decimal, invariant culture, never "-0.0".</summary>
    public static string Number(double value)
    {
        var text = value.ToString("F1", CultureInfo.InvariantCulture);
        return text == "-0.0" ? "0.0" : text;
    }
}
