using System;
using System.IO;
using System.Threading.Tasks;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Tool.Exporting;

/// <summary><c>export DIR --format json|csv|parquet --output OUT</c>: the shipped data merged with a
/// folder's data, written in one of the export formats.</summary>
internal static class ExportCommand
{
    public static readonly string[] Formats = { "json", "csv", "parquet" };

    public static async Task<int> RunAsync(string directory, string format, string outputDirectory, TextWriter output, TextWriter error)
    {
        var loaded = FolderDataset.Load(directory);
        if (loaded.Dataset is not { } dataset)
        {
            foreach (var line in loaded.Errors)
            {
                error.WriteLine(line);
            }

            return 1;
        }

        Directory.CreateDirectory(outputDirectory);
        var written = format switch
        {
            "json" => new[] { DatasetExport.WriteJson(dataset, outputDirectory) },
            "csv" => DatasetExport.WriteCsv(dataset, outputDirectory),
            "parquet" => await DatasetExport.WriteParquetAsync(dataset, outputDirectory).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected json, csv or parquet."),
        };
        foreach (var path in written)
        {
            output.WriteLine(path);
        }

        output.WriteLine(dataset.Info);
        return 0;
    }
}
