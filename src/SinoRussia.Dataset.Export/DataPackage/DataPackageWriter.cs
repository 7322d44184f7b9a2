using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Writes the Frictionless Tabular Data Package descriptor (<c>datapackage.json</c>) for the CSV
/// export: one resource per table with its fields, types, required and enum constraints, primary
/// key and foreign keys, from the same <see cref="ExportTable"/> definitions the files are written from.
/// </summary>
internal static class DataPackageWriter
{
    public static void Write(IReadOnlyList<ExportTable> tables, DatasetInfo info, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("profile", "tabular-data-package");
        w.WriteString("name", "sinorussia-dataset");
        w.WriteString("title", "SinoRussia.Dataset: China–Russia high-level meetings, officials and quotes");
        w.WriteString("version", info.DataVersion);
        w.WriteString("description", $"Curated from {info.Sources} source documents; package version {info.PackageVersion}. Every quote is checked verbatim against its document.");
        w.WriteStartArray("licenses");
        w.WriteStartObject();
        w.WriteString("name", "CC-BY-4.0");
        w.WriteString("path", "https://creativecommons.org/licenses/by/4.0/");
        w.WriteString("title", "Creative Commons Attribution 4.0 (the curated data; quoted text remains its publishers')");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("resources");
        foreach (var table in tables)
        {
            WriteResource(w, table);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter w, ExportTable table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", table.Name + ".csv");
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("description", table.Description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", column.Name);
            w.WriteString("type", TypeName(column.Type));
            if (column.Type == ColumnType.Date)
            {
                w.WriteString("format", "default");
            }

            w.WriteString("description", column.Description);
            w.WriteStartObject("constraints");
            w.WriteBoolean("required", column.Required);
            if (column.AllowedValues is { } allowed)
            {
                Strings(w, "enum", allowed);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "primaryKey", table.PrimaryKey);
        w.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            w.WriteStartObject();
            Strings(w, "fields", key.Fields);
            w.WriteStartObject("reference");
            w.WriteString("resource", key.Table);
            Strings(w, "fields", key.ReferencedFields);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "missingValues", new[] { string.Empty });
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static string TypeName(ColumnType type) => type switch
    {
        ColumnType.String => "string",
        ColumnType.Integer => "integer",
        ColumnType.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown column type."),
    };

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
