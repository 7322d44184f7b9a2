using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SinoRussia.Dataset.Tool.Checking;

namespace SinoRussia.Dataset.Tool.Exporting;

/// <summary>
/// A folder's data as the merged view a consumer project would get: the generator's output compiled
/// in memory against this tool's SinoRussia.Dataset, loaded, and its <c>ExtendedDataset.Current</c>
/// read. The data takes exactly the path it takes in a build (same checks, same encoding, same decoder).
/// </summary>
internal static class FolderDataset
{
    public static SinoRussiaDatasetResult Load(string directory)
    {
        var files = DataFolder.Read(directory);
        var compilation = CSharpCompilation.Create(
            GeneratorRunner.RootNamespace,
            Array.Empty<SyntaxTree>(),
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var (diagnostics, output) = GeneratorRunner.Run(files, compilation);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || CheckCommand.GeneratorFailed(d)).Select(GeneratorRunner.Format).ToList();
        if (errors.Count > 0)
        {
            return new SinoRussiaDatasetResult(null, errors);
        }

        using var image = new MemoryStream();
        var emit = output.Emit(image);
        if (!emit.Success)
        {
            return new SinoRussiaDatasetResult(null, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorRunner.Format).ToList());
        }

        var assembly = Assembly.Load(image.ToArray());
        var view = assembly.GetType(GeneratorRunner.RootNamespace + ".ExtendedDataset")
            ?? throw new InvalidOperationException("The generator produced no ExtendedDataset: the folder has no data of its own.");
        var current = view.GetProperty("Current", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
        return new SinoRussiaDatasetResult((SinoRussiaDataset)current!, Array.Empty<string>()) { Assembly = assembly };
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "SinoRussia.Dataset.dll", StringComparison.OrdinalIgnoreCase));
        return platform.Append(typeof(Meeting).Assembly.Location).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
    }
}

/// <summary>The loaded dataset, or the errors that kept it from loading.</summary>
/// <param name="Dataset">The merged view, when the data is valid.</param>
/// <param name="Errors">The errors, in the compiler's format.</param>
internal sealed record SinoRussiaDatasetResult(SinoRussiaDataset? Dataset, IReadOnlyList<string> Errors)
{
    /// <summary>The compiled assembly that holds the folder's tables, when the data is valid.</summary>
    public Assembly? Assembly { get; init; }
}
