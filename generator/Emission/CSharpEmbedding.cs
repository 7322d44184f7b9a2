using System.Globalization;
using System.Text;

namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>
/// The one way a YAML value enters generated code. <see cref="StringLiteral"/> writes a regular C#
/// string literal in which everything but printable ASCII is a \uXXXX escape, so no value (quotes,
/// backslashes, newlines of any kind, NUL, lone surrogates, bidi controls) can end the literal or
/// change what the code means. <see cref="DocText"/> writes the same value into an XML doc comment:
/// XML-escaped, one line, control and bidi characters replaced, so it cannot end the comment.
/// </summary>
internal static class CSharpEmbedding
{
    public static string StringLiteral(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendStringLiteral(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="value"/> as <see cref="StringLiteral"/> writes it, straight into the
    /// generated file's text: a table's data (tens of MB at 100,000 meetings) is not copied once more.
    /// </summary>
    public static void AppendStringLiteral(StringBuilder builder, string value)
    {
        if (value is null)
        {
            throw new System.ArgumentNullException(nameof(value));
        }

        builder.Append('"');
        var run = 0; // start of the current run of characters written as they are
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (AsIs(c))
            {
                continue;
            }

            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append(value, run, value.Length - run);
        builder.Append('"');
    }

    /// <summary>The length of <paramref name="value"/> as <see cref="AppendStringLiteral"/> writes it (quotes included).</summary>
    public static int LiteralLength(string value)
    {
        var length = value.Length + 2;
        foreach (var c in value)
        {
            if (!AsIs(c))
            {
                length += c is '"' or '\\' ? 1 : 5; // \" \\ or \uXXXX
            }
        }

        return length;
    }

    /// <summary>Whether a character is written into a literal as it is: printable ASCII but the quote and the backslash.</summary>
    private static bool AsIs(char c) => c >= 0x20 && c < 0x7F && c != '"' && c != '\\';

    public static string DocText(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    // Line breaks would end the comment; controls, surrogates and U+FFFE/U+FFFF are not
                    // XML characters; format characters (bidi controls) could disguise the source.
                    var unsafeChar = char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                        || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
                    builder.Append(unsafeChar ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
