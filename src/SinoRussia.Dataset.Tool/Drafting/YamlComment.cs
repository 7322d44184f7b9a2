using System.Globalization;
using System.Text;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Text for a YAML comment of a draft. YamlDotNet's emitter escapes the values (double-quoted scalars)
/// but writes a comment as it is given, so a line break in an article's words would end the comment and
/// start YAML of the article's making. Here line breaks, tabs and every other control character (C0,
/// DEL, C1 including NEL) become \n, \t, \r or \xXX; the line and paragraph separators, the byte-order
/// mark, U+FFFE/U+FFFF, lone surrogates and the bidi controls \uXXXX. Everything else, quotes and
/// non-ASCII included, is kept as it is.
/// </summary>
internal static class YamlComment
{
    /// <summary>Text for a YAML comment: every line break and control character escaped as in a scalar, quotes left alone.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Text that cannot end the comment's line.</returns>
    public static string Escape(string value)
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
