using System.Text.Json;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>Every data file names its JSON Schema (written from the one schema definition; see the tool's JsonSchemaTests).</summary>
public class SchemaTests
{
    [Fact]
    public void Every_data_file_names_an_existing_schema_in_its_modeline()
    {
        foreach (var file in Directory.GetFiles(Repository.DataDirectory, "*.yaml"))
        {
            var first = File.ReadLines(file).First();
            first.ShouldStartWith("# yaml-language-server: $schema=schema/", customMessage: file);
            File.Exists(Path.Combine(Repository.DataDirectory, first.Split('=')[1])).ShouldBeTrue(file);
        }
    }
}

/// <summary>Every diagnostic has its help link, its section in docs/diagnostics.md and its release entry.</summary>
public class DiagnosticCatalogueTests
{
    public static TheoryData<string> Ids() => new(SinoRussia.Dataset.Generator.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_help_link_docs_section_and_release_entry(string id)
    {
        var descriptor = SinoRussia.Dataset.Generator.Diagnostics.DiagnosticDescriptors.ById(id);
        descriptor.Category.ShouldBe("SinoRussia.Dataset");
        descriptor.HelpLinkUri.ShouldEndWith("docs/diagnostics.md#" + id.ToLowerInvariant());

        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        docs.ShouldContain("\n## " + id + "\n");
        docs.ShouldContain($"| [{id}](#{id.ToLowerInvariant()}) | {descriptor.DefaultSeverity} | {descriptor.Title} |");

        var releases = File.ReadAllText(Path.Combine(Repository.Root, "generator", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(Repository.Root, "generator", "AnalyzerReleases.Unshipped.md"));
        releases.ShouldContain($"{id} | SinoRussia.Dataset | {descriptor.DefaultSeverity} |");
    }

    [Fact]
    public void Ids_are_unique_and_sequential()
    {
        var ids = SinoRussia.Dataset.Generator.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        ids.ShouldBeUnique();
        ids.ShouldBe(Enumerable.Range(1, ids.Count).Select(i => $"SRD{i:D4}"));
    }
}
