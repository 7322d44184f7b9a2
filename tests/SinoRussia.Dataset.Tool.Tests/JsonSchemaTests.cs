using System.Text.Json;
using SinoRussia.Dataset.Tool.Schema;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// data/schema/*.schema.json are written from the one schema definition (<c>sinorussia-dataset schema data/schema</c>);
/// a test fails when a committed file is stale, and running the tests with SINORUSSIA_UPDATE_DOCS=1 rewrites them.
/// </summary>
public class JsonSchemaTests : TempFolderTest
{
    private static string SchemaFolder => Path.Combine(CheckTests.RepositoryRoot, "data", "schema");

    public static TheoryData<string> Files() => new(JsonSchemaWriter.FileNames);

    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_schema_is_the_one_the_definition_writes(string name)
    {
        var path = Path.Combine(SchemaFolder, name + ".schema.json");
        var expected = JsonSchemaWriter.Text(name);
        if (Environment.GetEnvironmentVariable("SINORUSSIA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var firstDifference = committed.Zip(expected).TakeWhile(p => p.First == p.Second).Count();
        committed.ShouldBe(expected, $"{name}.schema.json is stale at character {firstDifference}; run `sinorussia-dataset schema data/schema` or the tests with SINORUSSIA_UPDATE_DOCS=1");
    }

    [Fact]
    public void No_schema_file_is_left_over_and_every_one_parses()
    {
        Directory.GetFiles(SchemaFolder, "*.schema.json").Select(Path.GetFileName)
            .ShouldBe(JsonSchemaWriter.FileNames.Select(n => n + ".schema.json"), ignoreOrder: true);
        JsonSchemaWriter.WriteAll(Folder).ShouldAllBe(p => JsonDocument.Parse(File.ReadAllText(p), default).RootElement.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public void Countries_are_listed_from_the_one_table_so_UK_is_not_among_them()
    {
        using var officials = JsonDocument.Parse(JsonSchemaWriter.Text("officials"));
        officials.RootElement.GetProperty("properties").GetProperty("officials").GetProperty("items")
            .GetProperty("properties").GetProperty("country").GetProperty("$ref").GetString().ShouldBe("#/$defs/country");
        var codes = officials.RootElement.GetProperty("$defs").GetProperty("country").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        codes.Count.ShouldBe(CameoActor.Alpha3ByAlpha2.Count);
        codes.ShouldContain("GB");
        codes.ShouldNotContain("UK");
    }
}
