using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Dataset.Tool.Schema;

/// <summary>
/// Writes the JSON Schema of <c>SinoRussiaDataset.ToJson()</c>'s output (data/schema/export/dataset.schema.json)
/// from the one schema definition, by the export's rules (<see cref="JsonNames"/>): every key is present,
/// an absent value is null; a reference to one record is <c>KEYId</c>; a meeting's date is flattened
/// into date, datePrecision, dateBasis and dateNote; a post's start and end are dates; a participant
/// carries the post held that day; the topic vocabulary is not exported (topics are ids).
/// </summary>
internal static class JsonExportSchemaWriter
{
    public const string RelativePath = "data/schema/export/dataset.schema.json";

    /// <summary>The schema's text, with LF line ends and a final newline.</summary>
    public static string Text()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "https://github.com/sinorussia/SinoRussia.Dataset/blob/main/" + RelativePath);
            w.WriteString("title", "SinoRussia.Dataset JSON export (SinoRussiaDataset.ToJson, DatasetExport.WriteJson)");
            var sections = DatasetSchema.Sections.Where(s => s.Key != Keys.Topics).ToList();
            ObjectBody(w, sections.Select(s => (s.Key, (System.Action)(() =>
            {
                w.WriteStartObject();
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                Shape(w, s.Item);
                w.WriteEndObject();
            }))).ToList());
            w.WriteStartObject("$defs");
            w.WriteStartObject(Keys.Country);
            w.WriteString("type", "string");
            JsonSchemaWriter.Enum(w, Countries.Alpha2Codes);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
    }

    /// <summary>Writes the schema as export/dataset.schema.json under <paramref name="schemaDirectory"/> (the repository's is data/schema); returns its path.</summary>
    public static string Write(string schemaDirectory)
    {
        var path = Path.Combine(schemaDirectory, "export", "dataset.schema.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Text(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static void Shape(Utf8JsonWriter w, Shape shape)
    {
        var properties = new List<(string Name, System.Action Write)>();
        foreach (var field in shape.Fields)
        {
            if (field.Kind == FieldKind.Mapping && field.Shape == DatasetSchema.MeetingDate)
            {
                properties.Add((field.Key, () => String(w, JsonSchemaWriter.DatePattern, nullable: false)));
                properties.Add((JsonNames.DatePrecision, () => Closed(w, Vocabularies.Precisions.Codes, nullable: false)));
                properties.Add((JsonNames.DateBasis, () => Closed(w, Vocabularies.Bases.Codes, nullable: false)));
                properties.Add((JsonNames.DateNote, () => String(w, null, nullable: true)));
            }
            else
            {
                properties.Add((NameOf(field), () => Value(w, field)));
            }
        }

        if (shape == DatasetSchema.Participant)
        {
            properties.Add((JsonNames.Post, () => String(w, null, nullable: true)));
        }

        Object(w, properties);
    }

    private static string NameOf(Field field) => field.Kind switch
    {
        FieldKind.Reference => JsonNames.Reference(field.Key),
        FieldKind.List when field.Key == Keys.Sources => JsonNames.SourceIds,
        _ => field.Key,
    };

    private static void Value(Utf8JsonWriter w, Field field)
    {
        // An optional key with a default is written with its value (the default when the YAML leaves it out).
        var nullable = !field.Required && field.Kind != FieldKind.List && field.Default is null;
        switch (field.Kind)
        {
            case FieldKind.List:
                w.WriteStartObject();
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                if (field.Item!.Kind == FieldKind.Mapping)
                {
                    Shape(w, field.Item.Shape!);
                }
                else
                {
                    String(w, null, nullable: false);
                }

                w.WriteEndObject();
                break;
            case FieldKind.Mapping when field.Shape == DatasetSchema.PostDate:
            case FieldKind.DateValue:
                String(w, JsonSchemaWriter.DatePattern, nullable);
                break;
            case FieldKind.Mapping:
                w.WriteStartObject();
                w.WriteStartArray("anyOf");
                Shape(w, field.Shape!);
                w.WriteStartObject();
                w.WriteString("type", "null");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case FieldKind.Vocabulary:
                Closed(w, field.Vocabulary!.Codes, nullable);
                break;
            case FieldKind.Country:
                w.WriteStartObject();
                w.WriteStartArray("anyOf");
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/" + Keys.Country);
                w.WriteEndObject();
                if (nullable)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "null");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                break;
            default:
                String(w, null, nullable);
                break;
        }
    }

    private static void Object(Utf8JsonWriter w, IReadOnlyList<(string Name, System.Action Write)> properties)
    {
        w.WriteStartObject();
        ObjectBody(w, properties);
        w.WriteEndObject();
    }

    /// <summary>An object whose every property is required (the export writes null for an absent value) and no other allowed.</summary>
    private static void ObjectBody(Utf8JsonWriter w, IReadOnlyList<(string Name, System.Action Write)> properties)
    {
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartArray("required");
        foreach (var (name, _) in properties)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteStartObject("properties");
        foreach (var (name, write) in properties)
        {
            w.WritePropertyName(name);
            write();
        }

        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, string? pattern, bool nullable)
    {
        w.WriteStartObject();
        if (nullable)
        {
            w.WriteStartArray("type");
            w.WriteStringValue("string");
            w.WriteStringValue("null");
            w.WriteEndArray();
        }
        else
        {
            w.WriteString("type", "string");
        }

        if (pattern is not null)
        {
            w.WriteString("pattern", pattern);
        }

        w.WriteEndObject();
    }

    private static void Closed(Utf8JsonWriter w, IEnumerable<string> codes, bool nullable)
    {
        w.WriteStartObject();
        JsonSchemaWriter.Enum(w, nullable ? codes.Append<string?>(null) : codes);
        w.WriteEndObject();
    }
}
