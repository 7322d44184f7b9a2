using System.Text.Json;
using SinoRussia.Dataset.Generator.Parsing;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>data/schema/*.schema.json (for editors) and the generator's schema say the same thing.</summary>
public class SchemaTests
{
    private static JsonElement Schema(string kind)
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.DataDirectory, "schema", kind + ".schema.json"))).RootElement;

    private static string[] Keys(JsonElement schema, params string[] path)
    {
        var node = schema;
        foreach (var step in path)
        {
            node = step == "[]" ? node.GetProperty("items") : node.GetProperty("properties").GetProperty(step);
        }

        return node.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
    }

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

    [Fact]
    public void Schema_properties_match_the_keys_the_generator_accepts()
    {
        Keys(Schema("sources"), "sources", "[]").ShouldBe(DatasetKeys.Source, ignoreOrder: true);
        Keys(Schema("organisations"), "organisations", "[]").ShouldBe(DatasetKeys.Organisation, ignoreOrder: true);
        Keys(Schema("organisations"), "mechanisms", "[]").ShouldBe(DatasetKeys.Mechanism, ignoreOrder: true);
        Keys(Schema("topics"), "topics", "[]").ShouldBe(DatasetKeys.Topic, ignoreOrder: true);
        Keys(Schema("officials"), "officials", "[]").ShouldBe(DatasetKeys.Official, ignoreOrder: true);
        Keys(Schema("officials"), "officials", "[]", "positions", "[]").ShouldBe(DatasetKeys.Position, ignoreOrder: true);
        Keys(Schema("officials"), "officials", "[]", "positions", "[]", "start").ShouldBe(DatasetKeys.Date.Where(k => k != "basis"), ignoreOrder: true);
        Keys(Schema("meetings"), "meetings", "[]").ShouldBe(DatasetKeys.Meeting, ignoreOrder: true);
        Keys(Schema("meetings"), "meetings", "[]", "date").ShouldBe(DatasetKeys.Date, ignoreOrder: true);
        Keys(Schema("meetings"), "meetings", "[]", "place").ShouldBe(DatasetKeys.Place, ignoreOrder: true);
        Keys(Schema("meetings"), "meetings", "[]", "participants", "[]").ShouldBe(DatasetKeys.Participant, ignoreOrder: true);
        Keys(Schema("quotes"), "quotes", "[]").ShouldBe(DatasetKeys.Quote, ignoreOrder: true);
        var allSections = new[] { "sources", "organisations", "topics", "officials", "meetings", "quotes" }.SelectMany(k => Schema(k).GetProperty("properties").EnumerateObject().Select(p => p.Name));
        allSections.ShouldBe(DatasetKeys.TopLevel, ignoreOrder: true);
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
