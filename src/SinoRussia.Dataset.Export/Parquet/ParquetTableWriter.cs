using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace SinoRussia.Dataset.Export;

/// <summary>Writes an <see cref="ExportTable"/> as one Parquet file (one row group) with Parquet.Net:
/// strings as UTF-8, integers as INT32, dates as DATE; a column that may be absent is nullable.</summary>
internal static class ParquetTableWriter
{
    public static async Task WriteAsync(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var fields = new DataField[table.Columns.Count];
        for (var c = 0; c < fields.Length; c++)
        {
            var column = table.Columns[c];
            fields[c] = column.Type switch
            {
                ColumnType.String => new DataField<string>(column.Name, nullable: !column.Required),
                ColumnType.Integer => new DataField<int>(column.Name, nullable: false),
                ColumnType.Date => column.Required ? new DataField<DateOnly>(column.Name, nullable: false) : new DataField<DateOnly?>(column.Name, nullable: true),
                _ => throw new ArgumentOutOfRangeException(nameof(table), column.Type, "Unknown column type."),
            };
        }

        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new System.Collections.Generic.Dictionary<string, string> { ["description"] = table.Description };
        using var group = writer.CreateRowGroup();
        var rows = table.Rows;
        for (var c = 0; c < fields.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = table.Columns[c];
            switch (column.Type)
            {
                case ColumnType.String:
                    await group.WriteAsync(fields[c], Column<string>(rows, c)).ConfigureAwait(false);
                    break;
                case ColumnType.Integer:
                    await group.WriteAsync<int>(fields[c], Column<int>(rows, c), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnType.Date when column.Required:
                    await group.WriteAsync<DateOnly>(fields[c], Column<DateOnly>(rows, c), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync<DateOnly>(fields[c], Column<DateOnly?>(rows, c), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Column <paramref name="c"/> of every row, as the type its <see cref="ColumnType"/> holds.</summary>
    private static T[] Column<T>(System.Collections.Generic.IReadOnlyList<object?[]> rows, int c)
    {
        var values = new T[rows.Count];
        for (var r = 0; r < values.Length; r++)
        {
            values[r] = (T)rows[r][c]!;
        }

        return values;
    }
}
