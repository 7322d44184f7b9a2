using System.IO;
using System.Threading.Tasks;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Tool.Exporting;

/// <summary><c>site OUT [--data DIR] [--sources DIR]</c>: the static website of the shipped data, or of
/// the shipped data merged with a folder's, with the source documents' texts where a folder holds them.</summary>
internal static class SiteCommand
{
    public static async Task<int> RunAsync(string outputDirectory, string? dataDirectory, string? sourcesDirectory, TextWriter output, TextWriter error)
    {
        var dataset = SinoRussiaDataset.Shipped;
        if (dataDirectory is not null)
        {
            var loaded = FolderDataset.Load(dataDirectory);
            if (loaded.Dataset is null)
            {
                foreach (var line in loaded.Errors)
                {
                    error.WriteLine(line);
                }

                return 1;
            }

            dataset = loaded.Dataset;
        }

        var written = await StaticSite.WriteAsync(dataset, outputDirectory, sourcesDirectory).ConfigureAwait(false);
        output.WriteLine($"{written.Count} files written to {outputDirectory}; open {Path.Combine(outputDirectory, "index.html")}");
        output.WriteLine(dataset.Info);
        return 0;
    }
}
