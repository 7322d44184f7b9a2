using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SinoRussia.Dataset.Generator.Hosting;
using SinoRussia.Dataset.Tool.Checking;

namespace SinoRussia.Dataset.Tool.Exporting;

/// <summary>
/// A folder's data as the merged view a consumer project would get: the generator's output (through its
/// package's public <see cref="DatasetCheck"/>) compiled in memory against this tool's SinoRussia.Dataset
/// with an entry class of the tool's own that returns the view, as a user's code would
/// (<c>FolderData.Current</c>). The data takes exactly the path it takes in a build (same checks, same
/// encoding, same decoder); the view is reached through a compiled reference, not by looking up
/// generated names.
/// </summary>
internal static class FolderDataset
{
    private const string Namespace = "SinoRussiaDataTool";

    /// <summary>The merged view's class, named by the tool through the generator's <c>SinoRussiaDatasetClass</c> option.</summary>
    private const string ViewClass = "FolderData";

    private static readonly string Entry =
        $"namespace {Namespace};\n" +
        $"public sealed class Entry : {typeof(IFolderDatasetEntry).FullName}\n" +
        "{\n" +
        $"    public SinoRussia.Dataset.SinoRussiaDataset Dataset => {ViewClass}.Current;\n" +
        "}\n";

    public static SinoRussiaDatasetResult Load(string directory)
    {
        var files = DataFolder.Read(directory);
        if (!files.Any(f => f.Role == DatasetInputRole.Data))
        {
            return new SinoRussiaDatasetResult(null, new[] { $"{Path.GetFullPath(directory)}: the folder has no *.yaml or *.yml data of its own" });
        }

        var compilation = CSharpCompilation.Create(
            Namespace,
            new[] { CSharpSyntaxTree.ParseText(Entry, new CSharpParseOptions(LanguageVersion.Latest)) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var result = DatasetCheck.Run(files, new DatasetCheckOptions { Namespace = Namespace, ClassName = ViewClass }, compilation);
        if (result.HasErrors)
        {
            return new SinoRussiaDatasetResult(null, result.Diagnostics.Where(DatasetCheckResult.IsError).Select(DatasetCheck.Format).ToList());
        }

        using var image = new MemoryStream();
        var emit = result.Output.Emit(image);
        if (!emit.Success)
        {
            return new SinoRussiaDatasetResult(null, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DatasetCheck.Format).ToList());
        }

        var assembly = Assembly.Load(image.ToArray());
        var entry = assembly.GetExportedTypes().Single(t => typeof(IFolderDatasetEntry).IsAssignableFrom(t));
        var dataset = ((IFolderDatasetEntry)Activator.CreateInstance(entry)!).Dataset;
        return new SinoRussiaDatasetResult(dataset, Array.Empty<string>()) { Assembly = assembly };
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !string.Equals(Path.GetFileName(p), "SinoRussia.Dataset.dll", StringComparison.OrdinalIgnoreCase));
        return platform.Append(typeof(Meeting).Assembly.Location).Append(typeof(IFolderDatasetEntry).Assembly.Location)
            .Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
    }
}

/// <summary>What the tool's entry class in a folder's compiled data implements: the folder's merged view.</summary>
public interface IFolderDatasetEntry
{
    /// <summary>The merged view (the shipped data and the folder's own).</summary>
    SinoRussiaDataset Dataset { get; }
}

/// <summary>The loaded dataset, or the errors that kept it from loading.</summary>
/// <param name="Dataset">The merged view, when the data is valid.</param>
/// <param name="Errors">The errors, in the compiler's format.</param>
internal sealed record SinoRussiaDatasetResult(SinoRussiaDataset? Dataset, IReadOnlyList<string> Errors)
{
    /// <summary>The compiled assembly that holds the folder's tables, when the data is valid.</summary>
    public Assembly? Assembly { get; init; }
}
