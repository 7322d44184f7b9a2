using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SinoRussia.Dataset.Tool.Exporting;
using SinoRussia.Dataset.Tool.Schema;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// The JSON export's schema (data/schema/export/dataset.schema.json, written from the one schema
/// definition) is current, and the JSON of the shipped data and of the sample's extension validates
/// against it with an independent validator (JsonSchema.Net), which also rejects a broken copy.
/// </summary>
public class JsonExportSchemaTests
{
    private static string Path => System.IO.Path.Combine(CheckTests.RepositoryRoot, JsonExportSchemaWriter.RelativePath);

    // Built once: JsonSchema.Net registers a schema under its $id, and refuses a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path)));

    private static EvaluationResults Validate(string json)
        => Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Problems(EvaluationResults results)
        => string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    [Fact]
    public void The_committed_schema_is_the_one_the_definition_writes()
    {
        var expected = JsonExportSchemaWriter.Text();
        if (Environment.GetEnvironmentVariable("SINORUSSIA_UPDATE_DOCS") == "1")
        {
            JsonExportSchemaWriter.Write(System.IO.Path.Combine(CheckTests.RepositoryRoot, "data", "schema"));
        }

        File.ReadAllText(Path).Replace("\r\n", "\n", StringComparison.Ordinal)
            .ShouldBe(expected, $"{JsonExportSchemaWriter.RelativePath} is stale: run `sinorussia-dataset schema data/schema` or the tests with SINORUSSIA_UPDATE_DOCS=1");
    }

    [Fact]
    public void The_shipped_datas_json_validates()
    {
        var results = Validate(SinoRussiaDataset.Shipped.ToJson());
        results.IsValid.ShouldBeTrue(Problems(results));
    }

    [Fact]
    public void The_samples_extended_datas_json_validates()
    {
        var loaded = FolderDataset.Load(System.IO.Path.Combine(CheckTests.RepositoryRoot, "samples", "SinoRussia.Dataset.Sample", "SinoRussiaData"));
        var dataset = loaded.Dataset.ShouldNotBeNull(string.Join("\n", loaded.Errors));
        dataset.Meetings.Count.ShouldBeGreaterThan(SinoRussiaDataset.Shipped.Meetings.Count, "the sample adds a meeting");
        var results = Validate(dataset.ToJson());
        results.IsValid.ShouldBeTrue(Problems(results));
    }

    [Theory]
    [InlineData("country", "UK")]
    [InlineData("format", "face-to-face")]
    [InlineData("extra", "a property the export does not write")]
    [InlineData("date", "28 February 2025")]
    public void A_broken_copy_is_rejected(string property, string value)
    {
        var json = JsonNode.Parse(SinoRussiaDataset.Shipped.ToJson())!;
        var meeting = json["meetings"]![0]!.AsObject();
        if (property == "country")
        {
            json["officials"]![0]!["country"] = value;
        }
        else
        {
            meeting[property] = value;
        }

        Validate(json.ToJsonString()).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_missing_key_is_rejected_because_the_export_writes_null_for_an_absent_value()
    {
        var json = JsonNode.Parse(SinoRussiaDataset.Shipped.ToJson())!;
        json["meetings"]![0]!.AsObject().Remove("occasion");
        Validate(json.ToJsonString()).IsValid.ShouldBeFalse();
    }
}
