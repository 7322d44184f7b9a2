using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Dataset.Tool.Schema;

/// <summary>
/// Writes data/schema/*.schema.json (JSON Schema 2020-12, for editors through the yaml-language-server
/// modeline) from the one schema definition, <see cref="DatasetSchema"/>: its shapes, its vocabularies
/// and the country table. Nothing here names a key or a spelling of its own.
/// </summary>
internal static class JsonSchemaWriter
{
    private const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    internal const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";
    private const string TimePattern = @"^\d{2}:\d{2}$";
    private const string TimeZonePattern = @"^UTC[+-]\d{2}:\d{2}$";

    /// <summary>The schema files' names (such as <c>meetings</c>), in the order the sections come.</summary>
    public static IReadOnlyList<string> FileNames => DatasetSchema.Sections.Select(s => s.SchemaFile).Distinct().ToList();

    /// <summary>Writes every schema file into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name + ".schema.json");
            File.WriteAllText(path, Text(name), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        written.Add(JsonExportSchemaWriter.Write(directory));
        return written;
    }

    /// <summary>The text of one schema file, with LF line ends and a final newline.</summary>
    public static string Text(string fileName)
    {
        var sections = DatasetSchema.Sections.Where(s => s.SchemaFile == fileName).ToList();
        if (sections.Count == 0)
        {
            throw new ArgumentException($"No section of the schema is written to '{fileName}'.", nameof(fileName));
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", $"https://github.com/sinorussia/SinoRussia.Dataset/blob/main/data/schema/{fileName}.schema.json");
            w.WriteString("title", "SinoRussia.Dataset " + string.Join(" and ", sections.Select(s => s.Key)));
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (var section in sections)
            {
                w.WriteStartObject(section.Key);
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteShape(w, section.Item);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            if (sections.Any(s => Uses(s.Item, FieldKind.Country)))
            {
                // The country table once per file, referred to by every country field.
                w.WriteStartObject("$defs");
                w.WriteStartObject(Keys.Country);
                w.WriteString("type", "string");
                Enum(w, Countries.Alpha2Codes);
                w.WriteString("description", "An officially assigned ISO 3166-1 alpha-2 country code, such as CN or RU.");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteShape(Utf8JsonWriter w, Shape shape)
    {
        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartArray("required");
        foreach (var field in shape.Fields.Where(f => f.Required))
        {
            w.WriteStringValue(field.Key);
        }

        w.WriteEndArray();
        w.WriteStartObject("properties");
        foreach (var field in shape.Fields)
        {
            w.WritePropertyName(field.Key);
            WriteField(w, field);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, Field field)
    {
        if (field.Kind == FieldKind.Mapping)
        {
            WriteShape(w, field.Shape!);
            return;
        }

        if (field.Kind == FieldKind.Country)
        {
            w.WriteStartObject();
            w.WriteString("$ref", "#/$defs/" + Keys.Country);
            w.WriteEndObject();
            return;
        }

        w.WriteStartObject();
        switch (field.Kind)
        {
            case FieldKind.List:
                w.WriteString("type", "array");
                if (field.NonEmpty)
                {
                    w.WriteNumber("minItems", 1);
                }

                w.WritePropertyName("items");
                WriteField(w, field.Item!);
                break;
            case FieldKind.Vocabulary:
                Enum(w, field.Vocabulary!.Codes);
                if (field.Default is { } defaultCode)
                {
                    w.WriteString("default", defaultCode);
                }

                break;
            case FieldKind.Id:
                Pattern(w, IdPattern);
                break;
            case FieldKind.DateValue:
                Pattern(w, DatePattern);
                break;
            case FieldKind.Time:
                Pattern(w, TimePattern);
                break;
            case FieldKind.TimeZone:
                Pattern(w, TimeZonePattern);
                break;
            case FieldKind.FreeText:
                w.WriteString("type", "string");
                break;
            default: // Text, Reference
                w.WriteString("type", "string");
                w.WriteNumber("minLength", 1);
                break;
        }

        if (Description(field) is { } description)
        {
            w.WriteString("description", description);
        }

        w.WriteEndObject();
    }

    private static string? Description(Field field) => field.Kind switch
    {
        FieldKind.Reference => $"The id of an item of '{field.RefersTo}'." + (field.Description is null ? string.Empty : " " + field.Description),
        _ => field.Description,
    };

    private static bool Uses(Shape shape, FieldKind kind)
        => shape.Fields.Any(f => f.Kind == kind || (f.Shape is { } inner && Uses(inner, kind)) || (f.Item is { } item && (item.Kind == kind || (item.Shape is { } itemShape && Uses(itemShape, kind)))));

    private static void Pattern(Utf8JsonWriter w, string pattern)
    {
        w.WriteString("type", "string");
        w.WriteString("pattern", pattern);
    }

    internal static void Enum(Utf8JsonWriter w, IEnumerable<string?> values)
    {
        w.WriteStartArray("enum");
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
