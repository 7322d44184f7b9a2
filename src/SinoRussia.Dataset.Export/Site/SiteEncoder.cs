using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The one way a text from the data reaches the site: <see cref="Html"/> for HTML text and attribute
/// values (inline SVG included), <see cref="Json"/> for the JSON files. No page writes a data string any other way.
/// </summary>
internal static class SiteEncoder
{
    // Every Unicode range is allowed through as itself (names, dashes and curly quotes stay readable);
    // the characters HTML gives meaning to (< > & " ' and the like) are always encoded.
    private static readonly HtmlEncoder HtmlText = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // The default JavaScript encoder escapes < > & ' and non-ASCII, so a JSON file is safe anywhere.
        Encoder = JavaScriptEncoder.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary><paramref name="text"/> encoded for HTML text or a quoted attribute value; empty for null.</summary>
    public static string Html(string? text) => text is null ? string.Empty : HtmlText.Encode(text);

    /// <summary><paramref name="value"/> as indented camelCase JSON, every string escaped for JavaScript.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions) + "\n";
}
