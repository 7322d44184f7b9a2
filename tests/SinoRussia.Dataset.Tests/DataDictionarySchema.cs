using System.Reflection;
using System.Text.Json;
using YamlDotNet.RepresentationModel;
using static SinoRussia.Dataset.Tests.DataDictionary;
using static SinoRussia.Dataset.Tests.DataDictionaryDiagnostics;
using static SinoRussia.Dataset.Tests.DataDictionaryExamples;
using static SinoRussia.Dataset.Tests.DataDictionaryMarkdown;
using static SinoRussia.Dataset.Tests.DataDictionaryMembers;

namespace SinoRussia.Dataset.Tests;

/// <summary>Reads the JSON Schemas (data/schema/*.schema.json) and walks a section's schema into its keys, in schema order.</summary>
internal static class DataDictionarySchema
{
    private static readonly string[] ConstraintKeywords = ["default", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems"];

    // The JSON Schema keywords the dictionary renders, at each level; any other stops it, so that nothing
    // the schemas say is left out of the document without notice.
    private static readonly HashSet<string> RootKeywords = ["$schema", "$id", "title", "description", "type", "additionalProperties", "properties"];
    public static readonly HashSet<string> SectionKeywords = ["type", "description", "items", "minItems", "maxItems"];
    private static readonly HashSet<string> ObjectKeywords = ["type", "description", "additionalProperties", "required", "properties"];
    private static readonly HashSet<string> FieldKeywords =
        ["type", "description", "enum", "default", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems", "items", "additionalProperties", "required", "properties"];

    public static Dictionary<string, (string File, JsonElement Schema)> ReadSchemas(string root)
    {
        var sections = new Dictionary<string, (string File, JsonElement Schema)>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "data", "schema"), "*.schema.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var schema = WithReferencesResolved(File.ReadAllText(path), file);

            CheckKeywords(schema, file, RootKeywords);
            CheckClosed(schema, file);
            foreach (var section in schema.GetProperty("properties").EnumerateObject())
            {
                if (!sections.TryAdd(section.Name, (file, section.Value)))
                {
                    throw new InvalidOperationException($"The section {section.Name} is defined by both {sections[section.Name].File} and {file}.");
                }
            }
        }

        return sections;
    }

    /// <summary>
    /// The schema with every <c>{"$ref": "#/$defs/NAME"}</c> replaced by the definition it names and
    /// <c>$defs</c> removed, so the walk sees each field's own constraints (the country table, written
    /// once per file, is such a definition). A reference to anything else stops the dictionary.
    /// </summary>
    private static JsonElement WithReferencesResolved(string text, string file)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        var definitions = root["$defs"]?.AsObject();
        root.Remove("$defs");

        System.Text.Json.Nodes.JsonNode? Resolve(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o when o.TryGetPropertyValue("$ref", out var reference):
                    var target = reference!.GetValue<string>();
                    if (o.Count != 1 || !target.StartsWith("#/$defs/", StringComparison.Ordinal) || definitions?[target["#/$defs/".Length..]] is not { } definition)
                    {
                        throw new InvalidOperationException($"{file}: the data dictionary resolves only a lone $ref to #/$defs/NAME, not {o.ToJsonString()}.");
                    }

                    return Resolve(definition.DeepClone());
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var name in o.Select(p => p.Key).ToList())
                    {
                        o[name] = Resolve(o[name]?.DeepClone());
                    }

                    return o;
                default:
                    return node;
            }
        }

        using var document = JsonDocument.Parse(Resolve(root)!.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>Adds the keys of a mapping's schema, and of the mappings nested in it, in schema order.</summary>
    public static void Walk(
        List<DataDictionary.Field> fields,
        string section,
        Type? recordType,
        IReadOnlyList<YamlMappingNode> records,
        string path,
        JsonElement objectSchema,
        IReadOnlyList<PropertyInfo> via,
        Type? owner)
    {
        CheckKeywords(objectSchema, path, ObjectKeywords);
        CheckClosed(objectSchema, path);
        var required = objectSchema.TryGetProperty("required", out var requiredKeys)
            ? requiredKeys.EnumerateArray().Select(k => k.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in objectSchema.GetProperty("properties").EnumerateObject())
        {
            var key = property.Name;
            var schema = property.Value;
            var fieldPath = $"{path}.{key}";
            CheckKeywords(schema, fieldPath, FieldKeywords);
            var isArray = Types(schema) is ["array"];
            JsonElement? items = isArray && schema.TryGetProperty("items", out var itemSchema) ? itemSchema : null;
            var mapping = Map(fieldPath, key, recordType, via, owner);
            var isRequired = required.Contains(key);
            fields.Add(new DataDictionary.Field(
                section,
                fieldPath,
                key,
                JsonTypeOf(schema),
                isRequired,
                isArray,
                AllowedValuesOf(schema, items),
                ConstraintsOf(schema, items),
                DescriptionOf(schema, items),
                ExampleOf(records, fieldPath),
                owner,
                mapping,
                DiagnosticsOf(fieldPath, isRequired),
                schema.TryGetProperty("default", out var defaultValue) ? defaultValue.GetString() : null));

            JsonElement? nested = null;
            if (Types(schema) is ["object"])
            {
                nested = schema;
            }
            else if (items is { } itemsSchema && Types(itemsSchema) is ["object"])
            {
                nested = itemsSchema;
            }

            if (nested is { } mappingSchema)
            {
                var childVia = mapping.Via.ToList();
                if (mapping.Targets is [PropertyInfo target])
                {
                    childVia.Add(target);
                }

                Walk(fields, section, recordType, records, isArray ? fieldPath + "[]" : fieldPath, mappingSchema, childVia, mapping.ChildType);
            }
            else if (items is { } scalarItems)
            {
                CheckKeywords(scalarItems, fieldPath + "[]", FieldKeywords);
            }
        }
    }

    public static void CheckKeywords(JsonElement schema, string where, HashSet<string> known)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{where}: a schema must be a JSON object.");
        }

        var unknown = schema.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{where}: the data dictionary does not render the JSON Schema keyword(s) {string.Join(", ", unknown)} there; teach DataDictionary to render them.");
        }
    }

    /// <summary>Unknown keys are SRD0004 in the generator: the schema must say the same.</summary>
    private static void CheckClosed(JsonElement schema, string where)
    {
        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
        {
            throw new InvalidOperationException($"{where}: every mapping of the schemas must have \"additionalProperties\": false, as the generator rejects unknown keys (SRD0004).");
        }

        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{where}: a mapping's schema must list its \"properties\".");
        }
    }

    /// <summary>The schema's <c>type</c>, or the JSON types of its <c>enum</c> values.</summary>
    public static IReadOnlyList<string> Types(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.Array)
            {
                return type.EnumerateArray().Select(t => t.GetString() ?? string.Empty).ToList();
            }

            return [type.GetString() ?? string.Empty];
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Select(JsonKind).Distinct(StringComparer.Ordinal).ToList();
        }

        return [];
    }

    private static string JsonKind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "any",
    };

    private static string JsonTypeOf(JsonElement schema)
    {
        var types = Types(schema);
        if (types is ["array"] && schema.TryGetProperty("items", out var items))
        {
            return "array of " + JsonTypeOf(items);
        }

        return types.Count == 0 ? "any" : string.Join(" or ", types);
    }

    private static IReadOnlyList<string> AllowedValuesOf(JsonElement schema, JsonElement? items)
    {
        JsonElement? values = null;
        if (schema.TryGetProperty("enum", out var own))
        {
            values = own;
        }
        else if (items is { } itemsSchema && itemsSchema.TryGetProperty("enum", out var ofItems))
        {
            values = ofItems;
        }

        if (values is not { } list)
        {
            return [];
        }

        return list.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : v.GetRawText()).ToList();
    }

    private static IReadOnlyList<string> ConstraintsOf(JsonElement schema, JsonElement? items)
    {
        var constraints = Own(schema);
        if (items is { } i && Types(i) is not ["object"])
        {
            constraints.AddRange(Own(i).Select(c => "items " + c));
        }

        return constraints;

        static List<string> Own(JsonElement schema)
        {
            var own = new List<string>();
            foreach (var keyword in ConstraintKeywords)
            {
                if (schema.TryGetProperty(keyword, out var value))
                {
                    own.Add(value.ValueKind == JsonValueKind.String ? $"{keyword} {Code(value.GetString() ?? string.Empty)}" : $"{keyword} {value.GetRawText()}");
                }
            }

            return own;
        }
    }

    public static string DescriptionOf(JsonElement schema, JsonElement? items)
    {
        if (schema.TryGetProperty("description", out var own))
        {
            return own.GetString() ?? string.Empty;
        }

        return items is { } i && i.TryGetProperty("description", out var ofItems) ? ofItems.GetString() ?? string.Empty : string.Empty;
    }
}
