using System.Text;
using System.Text.Json;
using static SinoRussia.Dataset.Tests.DataDictionaryMarkdown;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// Writes the dictionary's JSON section: every property of <c>ToJson()</c>'s output, by its path
/// (<c>meetings[].participants[].post</c>), read from the JSON export's schema
/// (data/schema/export/dataset.schema.json, written from the one schema definition).
/// </summary>
internal static class DataDictionaryJson
{
    public const string SchemaFile = "data/schema/export/dataset.schema.json";

    /// <summary>One property of the JSON export.</summary>
    public sealed record Property(string Path, string Type, bool Nullable, IReadOnlyList<string> AllowedValues, string? Pattern);

    /// <summary>Every property the export's schema defines, in schema order.</summary>
    public static IReadOnlyList<Property> Properties(string repositoryRoot)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot, SchemaFile)));
        var properties = new List<Property>();
        Walk(schema.RootElement, schema.RootElement, string.Empty, properties);
        return properties;
    }

    public static void Write(StringBuilder w, string repositoryRoot)
    {
        void Line(string text = "") => w.Append(text).Append('\n');

        Line();
        Line("## JSON export");
        Line();
        Line($"Every property of `SinoRussiaDataset.ToJson()` (and `DatasetExport.WriteJson`), by its path, as the export's JSON Schema `{SchemaFile}` "
            + "defines it (written from the one schema definition; shipped in the package under `buildTransitive/schema/export/`). "
            + "Every property is always written: an absent optional value is `null`. The meaning of each is that of the YAML key above "
            + "it comes from; a reference to one record is the key with `Id` (`speaker` → `speakerId`), a meeting's date is flattened "
            + "(`date`, `datePrecision`, `dateBasis`, `dateNote`), `sourceIds` lists a meeting's sources, and a participant's `post` is the "
            + "post the official held on the meeting's date.");
        Line();
        Line("| Property | Type | Null allowed | Allowed values or pattern |");
        Line("|---|---|---|---|");
        foreach (var property in Properties(repositoryRoot))
        {
            var allowed = property.AllowedValues.Count == 0 && property.Pattern is { } pattern ? Code(pattern) : AllowedCell(property.AllowedValues);
            Row(Line, Code(property.Path), property.Type, property.Nullable ? "yes" : "no", allowed);
        }
    }

    private static void Walk(JsonElement root, JsonElement schema, string path, List<Property> properties)
    {
        schema = Resolve(root, schema);
        if (!schema.TryGetProperty("properties", out var children))
        {
            return;
        }

        foreach (var child in children.EnumerateObject())
        {
            var childPath = path.Length == 0 ? child.Name : path + "." + child.Name;
            var value = Describe(root, child.Value);
            if (value.Items is { } items)
            {
                var item = Describe(root, items);
                properties.Add(new Property(childPath, "array of " + TypeText(item.Types), value.Types.Contains("null"), item.Allowed, item.Pattern));
                if (item.Object is { } itemObject)
                {
                    Walk(root, itemObject, childPath + "[]", properties);
                }

                continue;
            }

            properties.Add(new Property(childPath, TypeText(value.Types), value.Types.Contains("null"), value.Allowed, value.Pattern));
            if (value.Object is { } childObject)
            {
                Walk(root, childObject, childPath, properties);
            }
        }
    }

    private static string TypeText(IEnumerable<string> types) => string.Join(" or ", types.Where(t => t != "null").Distinct());

    /// <summary>A property's types (with "null" when allowed), allowed values, pattern, and its object or item schema.</summary>
    private static (List<string> Types, List<string> Allowed, string? Pattern, JsonElement? Object, JsonElement? Items) Describe(JsonElement root, JsonElement schema)
    {
        schema = Resolve(root, schema);
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var members = anyOf.EnumerateArray().Select(m => Describe(root, m)).ToList();
            return (members.SelectMany(m => m.Types).Distinct().ToList(), members.SelectMany(m => m.Allowed).ToList(),
                members.Select(m => m.Pattern).FirstOrDefault(p => p is not null), members.Select(m => m.Object).FirstOrDefault(o => o is not null),
                members.Select(m => m.Items).FirstOrDefault(i => i is not null));
        }

        var values = schema.TryGetProperty("enum", out var found) ? found.EnumerateArray().ToList() : [];
        var types = DataDictionarySchema.Types(schema).ToList();
        var allowed = values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();

        return (types, allowed, schema.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
            schema.TryGetProperty("properties", out _) ? schema : null,
            schema.TryGetProperty("items", out var items) ? items : null);
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var target = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(part);
            }

            schema = target;
        }

        return schema;
    }
}
