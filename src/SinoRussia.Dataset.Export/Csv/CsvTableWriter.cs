using System;
using System.IO;
using CsvHelper;

namespace SinoRussia.Dataset.Export;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV with CsvHelper's defaults: UTF-8
/// without BOM, a header row, CRLF line ends, fields quoted when needed, text written as it is (no
/// spreadsheet-injection rewriting, so quotes stay verbatim). An absent value is an empty field;
/// dates are <c>yyyy-MM-dd</c>; numbers use the invariant culture.</summary>
internal static class CsvTableWriter
{
    public static void Write(ExportTable table, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(column.Name);
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            foreach (var value in row)
            {
                switch (value)
                {
                    case null:
                        csv.WriteField((string?)null);
                        break;
                    case string s:
                        csv.WriteField(s);
                        break;
                    case int i:
                        csv.WriteField(i, default);
                        break;
                    case DateOnly d:
                        csv.WriteField(d, default);
                        break;
                    default:
                        throw new ArgumentException($"Table {table.Name}: a value of type {value.GetType()} has no CSV form.", nameof(table));
                }
            }

            csv.EndRecord();
        }
    }
}
