using System.Reflection;

namespace SinoRussia.Dataset.Generator.Tests.Infrastructure;

/// <summary>Paths into the repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The curated YAML and source texts, as the library's build passes them.</summary>
    public static IReadOnlyList<DatasetFile> CuratedFiles()
    {
        var yaml = Directory.GetFiles(DataDirectory, "*.yaml").Select(p => DatasetFile.Data(p, File.ReadAllText(p)));
        var texts = Directory.GetFiles(Path.Combine(DataDirectory, "sources"), "*.txt").Select(p => DatasetFile.Source(p, File.ReadAllText(p)));
        return yaml.Concat(texts).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The runtime library's own C# sources and the schema sources it shares with the generator, compiled together with the generated code.</summary>
    public static IReadOnlyList<string> RuntimeSources()
        => Directory.GetFiles(Path.Combine(Root, "src", "SinoRussia.Dataset"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "schema"), "*.cs"))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
}

/// <summary>An AdditionalFiles item: its path, text and role (<c>data</c> or <c>source</c>).</summary>
internal sealed record DatasetFile(string Path, string? Text, string Role)
{
    /// <summary>The encoding the compiler decoded the file with (null: in-memory text, as UTF-8).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    public static DatasetFile Data(string path, string text) => new(path, text, "data");

    public static DatasetFile Source(string path, string text) => new(path, text, "source");
}
