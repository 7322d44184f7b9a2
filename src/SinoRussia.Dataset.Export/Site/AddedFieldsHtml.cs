using System.Collections.Generic;
using System.Text;
using static SinoRussia.Dataset.Export.SiteEncoder;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// A record's added fields (declared by <c>Field.Added</c> in the schema, read as text:
/// <c>AdditionalFields</c>) on its page, in the schema's order, each that the record has: labelled by its
/// key as the export tables name it (<c>signedAt</c>: "Signed at"), its description as the label's title.
/// </summary>
internal static class AddedFieldsHtml
{
    /// <summary>Rows of a page's facts list (<c>dt</c>, <c>dd</c>).</summary>
    public static void Facts(StringBuilder b, Shape shape, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (field, value) in Present(shape, values))
        {
            b.Append("<dt title=\"").Append(Html(field.Description ?? field.Key)).Append("\">").Append(Html(Label(field.Key)))
                .Append("</dt><dd>").Append(Html(value)).Append("</dd>\n");
        }
    }

    /// <summary>Clauses of a quote's line (<c>; label: value</c>).</summary>
    public static void Inline(StringBuilder b, Shape shape, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (field, value) in Present(shape, values))
        {
            b.Append("; <span title=\"").Append(Html(field.Description ?? field.Key)).Append("\">").Append(Html(Label(field.Key).ToLowerInvariant()))
                .Append("</span>: ").Append(Html(value));
        }
    }

    /// <summary>A key as a label: the export tables' column name (<c>signed_at</c>) in words, the first capitalised.</summary>
    public static string Label(string key)
    {
        var words = ExportColumn.NameFor(key).Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
    }

    private static IEnumerable<(Field Field, string Value)> Present(Shape shape, IReadOnlyDictionary<string, string> values)
    {
        foreach (var field in shape.AddedFields)
        {
            if (values.TryGetValue(field.Key, out var value))
            {
                yield return (field, value);
            }
        }
    }
}
