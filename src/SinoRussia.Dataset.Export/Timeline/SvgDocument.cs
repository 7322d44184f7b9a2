using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Writes an XML document to a string the same way on every OS and culture: UTF-8 (without a byte
/// order mark) in the XML declaration, two-space indentation, <c>\n</c> line endings and a final newline.
/// </summary>
internal static class SvgDocument
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The document whose root <paramref name="writeRoot"/> writes, as text.</summary>
    public static string Write(Action<XmlWriter> writeRoot)
    {
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
            writeRoot(writer);
            writer.WriteEndDocument();
        }

        output.Write('\n');
        return output.ToString();
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
