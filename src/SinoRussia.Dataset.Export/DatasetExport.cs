using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// Writes a dataset to a folder in the formats analysts use: <see cref="WriteCsv"/> (one CSV per table
/// plus a Frictionless <c>datapackage.json</c>), <see cref="WriteParquetAsync"/> (one Parquet file per
/// table) and <see cref="WriteAllAsync"/> (both, and the JSON export). The tables, the events table among them, are
/// described by <see cref="DatasetTables"/>.
/// </summary>
public static class DatasetExport
{
    /// <summary>Writes <c>TABLE.csv</c> for every table and <c>datapackage.json</c> into <paramref name="directory"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The folder; created if missing. Existing files of the same names are replaced.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteCsv(SinoRussiaDataset dataset, string directory)
        => WriteCsvFiles(DatasetTables.Build(dataset), dataset.Info, directory);

    /// <summary>Writes <c>TABLE.parquet</c> for every table into <paramref name="directory"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The folder; created if missing.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The paths written.</returns>
    public static Task<IReadOnlyList<string>> WriteParquetAsync(SinoRussiaDataset dataset, string directory, CancellationToken cancellationToken = default)
        => WriteParquetFilesAsync(DatasetTables.Build(dataset), directory, cancellationToken);

    /// <summary>Writes <c>dataset.json</c>, the whole dataset as <see cref="DatasetJson"/> writes it, into <paramref name="directory"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The folder; created if missing.</param>
    /// <returns>The path written.</returns>
    public static string WriteJson(SinoRussiaDataset dataset, string directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(directory);
        return WriteFile(directory, "dataset.json", stream => DatasetJson.Write(stream, dataset));
    }

    private static IReadOnlyList<string> WriteCsvFiles(IReadOnlyList<ExportTable> tables, DatasetInfo info, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in tables)
        {
            written.Add(WriteFile(directory, table.Name + ".csv", stream => CsvTableWriter.Write(table, stream)));
        }

        written.Add(WriteFile(directory, "datapackage.json", stream => DataPackageWriter.Write(tables, info, stream)));
        return written;
    }

    private static async Task<IReadOnlyList<string>> WriteParquetFilesAsync(IReadOnlyList<ExportTable> tables, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in tables)
        {
            var path = Path.Combine(directory, table.Name + ".parquet");
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await ParquetTableWriter.WriteAsync(table, stream, cancellationToken).ConfigureAwait(false);
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes every export into <paramref name="directory"/>: <c>dataset.json</c>, <c>csv/</c>
    /// (with <c>datapackage.json</c>) and <c>parquet/</c>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="directory">The folder; created if missing.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The paths written.</returns>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(SinoRussiaDataset dataset, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(directory);
        var written = new List<string> { WriteJson(dataset, directory) };
        // The tables are built once for both formats.
        var tables = DatasetTables.Build(dataset);
        written.AddRange(WriteCsvFiles(tables, dataset.Info, Path.Combine(directory, "csv")));
        written.AddRange(await WriteParquetFilesAsync(tables, Path.Combine(directory, "parquet"), cancellationToken).ConfigureAwait(false));
        return written;
    }

    private static string WriteFile(string directory, string name, Action<Stream> write)
    {
        var path = Path.Combine(directory, name);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
        }

        return path;
    }
}
