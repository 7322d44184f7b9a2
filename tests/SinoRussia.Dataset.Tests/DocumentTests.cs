using System.Text.RegularExpressions;
using NJsonSchema;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The documents that travel with the data are checked against their schemas by an independent
/// validator (NJsonSchema), not by our own reader: CITATION.cff against the Citation File Format
/// 1.2.0 schema, and every YAML file (the shipped data and the sample's extension) against the JSON
/// Schema its modeline names, the same schema editors use.
/// </summary>
public class DocumentTests
{
    private static string Root => SourceTexts.Root;

    [Fact]
    public async Task Citation_file_is_valid_cff_1_2_0_and_names_the_package_version()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "citation-cff-1.2.0.schema.json"));
        var citation = YamlAsJson.Read(Path.Combine(Root, "CITATION.cff"));
        schema.Validate(citation).Select(e => e.ToString()).ShouldBeEmpty();

        var version = Regex.Match(File.ReadAllText(Path.Combine(Root, "Directory.Build.props")), "<SinoRussiaDatasetVersion[^>]*>([^<]+)<").Groups[1].Value;
        version.ShouldNotBeEmpty();
        citation.ShouldContain($"\"version\":\"{version}\"");
    }

    [Fact]
    public async Task The_cff_validator_rejects_a_citation_without_its_required_keys()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "citation-cff-1.2.0.schema.json"));
        schema.Validate("""{ "cff-version": "1.2.0", "title": "x" }""").ShouldNotBeEmpty();
        schema.Validate("""{ "cff-version": "1.2.0", "title": "x", "message": "m", "authors": [{ "name": "a" }], "license": "Not-A-Licence" }""").ShouldNotBeEmpty();
    }

    public static TheoryData<string> YamlFiles()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "data"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(Root, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData"), "*.yaml"))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(files);
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public async Task Yaml_file_validates_against_the_schema_its_modeline_names(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        var schemaPath = SchemaOf(path);
        File.Exists(schemaPath).ShouldBeTrue($"{relativePath} names {schemaPath}");
        var schema = await JsonSchema.FromFileAsync(schemaPath);
        schema.Validate(YamlAsJson.Read(path)).Select(e => e.ToString()).ShouldBeEmpty(relativePath);
    }

    [Fact]
    public async Task The_data_schemas_reject_a_value_outside_the_vocabulary_and_an_unknown_key()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Root, "data", "schema", "meetings.schema.json"));
        var valid = YamlAsJson.Read(Path.Combine(Root, "data", "meetings.yaml"));
        schema.Validate(valid).ShouldBeEmpty();
        schema.Validate(valid.Replace("\"format\":\"phone\"", "\"format\":\"zoom\"")).ShouldNotBeEmpty();
        schema.Validate(valid.Replace("\"format\":\"phone\"", "\"format\":\"phone\",\"venue\":\"x\"")).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_samples_extra_meeting_says_that_no_document_of_the_dataset_reports_it()
    {
        // The sample's meeting (Putin and Wang Yi at the Kremlin, 22 February 2023) is known from public
        // record: it cites AzerNews of 22 February 2023, which reports only the meeting with Patrushev the
        // day before and names neither the Kremlin nor a meeting with Putin, and no other document of the
        // dataset is from February 2023. Its note says so, in the file and in README's copy of it.
        SourceTexts.Of(Sources.ById("azernews-2023-02-22")).ShouldNotContain("Kremlin");
        Sources.All.Where(s => s.Published is { Year: 2023, Month: 2 }).Select(s => s.Id).ShouldBe(new[] { "azernews-2023-02-22" });

        var path = Path.Combine(Root, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData", "extra-meetings.yaml");
        var meeting = System.Text.Json.Nodes.JsonNode.Parse(YamlAsJson.Read(path))!["meetings"]!.AsArray().Single()!;
        meeting["id"]!.GetValue<string>().ShouldBe("putin-wang-yi-2023-02-22");
        meeting["sources"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(new[] { "azernews-2023-02-22" });
        const string none = "No document of the dataset reports it";
        meeting["date"]!["note"]!.GetValue<string>().ShouldContain(none);

        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var snippet = readme[readme.IndexOf("  - id: putin-wang-yi-2023-02-22", StringComparison.Ordinal)..];
        snippet = snippet[..snippet.IndexOf("```", StringComparison.Ordinal)];
        snippet.ShouldContain(none);
    }

    /// <summary>The file the first line's <c># yaml-language-server: $schema=PATH</c> names. In the sample, the
    /// path points into obj/, where the package copies its schemas; here the repository's own copy stands in.</summary>
    private static string SchemaOf(string yamlPath)
    {
        var first = File.ReadLines(yamlPath).First();
        var match = Regex.Match(first, @"^# yaml-language-server: \$schema=(\S+)$");
        match.Success.ShouldBeTrue($"{yamlPath} starts with a yaml-language-server modeline");
        var target = match.Groups[1].Value;
        const string packaged = "../obj/SinoRussiaDataset/schema/";
        return target.StartsWith(packaged, StringComparison.Ordinal)
            ? Path.Combine(Root, "data", "schema", target[packaged.Length..])
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yamlPath)!, target));
    }
}
