using System.Globalization;
using System.Text;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// The one way a draft writes a string: a YAML double-quoted scalar. Backslash and double quote are
/// escaped; line breaks, tabs and every other control character (C0, DEL, C1 including NEL) as \n, \t,
/// \r or \xXX; the line and paragraph separators, the byte-order mark, U+FFFE/U+FFFF and the bidi
/// controls as \uXXXX; a lone surrogate, which UTF-8 cannot carry, as \uD800 (YAML 1.2 allows the
/// escape, though parsers such as YamlDotNet and libyaml reject it: no text read from a file has one).
/// Everything else, non-ASCII included, is kept as it is, so no value can end the scalar, the line or
/// the document.
/// </summary>
internal static class YamlScalar
{
    /// <summary>A string as a YAML double-quoted scalar.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The scalar, quotes included.</returns>
    public static string Quote(string value) => "\"" + Escape(value, comment: false) + "\"";

    /// <summary>Text for a YAML comment: every line break and control character escaped as in a scalar, quotes left alone.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Text that cannot end the comment's line.</returns>
    public static string Comment(string value) => Escape(value, comment: true);

    private static string Escape(string value, bool comment)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '\\' when !comment:
                    builder.Append("\\\\");
                    break;
                case '"' when !comment:
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F'):
                    builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    break;
                case (>= '\uD800' and <= '\uDFFF') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                    or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
