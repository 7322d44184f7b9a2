using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SinoRussia.Dataset.Generator.Hosting;

namespace SinoRussia.Dataset.Tool.Checking;

/// <summary>
/// The files of a data folder as a consumer build hands them to the generator: every <c>*.yaml</c> and
/// <c>*.yml</c> under it is data, every <c>*.txt</c> a source document, and the package's own YAML
/// (embedded in this tool) is the shipped data they are checked against.
/// </summary>
internal static class DataFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="directory">The folder.</param>
    /// <param name="withShipped">Whether the shipped data is added to check against (a project's extension);
    /// false for a folder that is a whole dataset of its own, such as the repository's <c>data/</c>.</param>
    public static IReadOnlyList<DatasetInput> Read(string directory, bool withShipped = true)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The folder '{directory}' does not exist.");
        }

        var files = new List<DatasetInput>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var role = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".yaml" or ".yml" => DatasetInputRole.Data,
                ".txt" => DatasetInputRole.Source,
                _ => (DatasetInputRole?)null,
            };
            if (role is not null)
            {
                files.Add(new DatasetInput(path, ReadText(path), role.Value));
            }
        }

        if (withShipped)
        {
            files.AddRange(Shipped());
        }

        return files;
    }

    /// <summary>The shipped YAML, embedded in the tool at build time.</summary>
    public static IEnumerable<DatasetInput> Shipped()
    {
        var assembly = typeof(DataFolder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("shipped/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, StrictUtf8);
            yield return new DatasetInput("shipped:" + name["shipped/".Length..], reader.ReadToEnd(), DatasetInputRole.Shipped);
        }
    }

    /// <summary>The file's text as UTF-8 (a byte order mark is skipped). Bytes that are not UTF-8 are
    /// decoded with replacement characters, which the checks then report where they matter.</summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return StrictUtf8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
