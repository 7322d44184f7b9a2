using System.Text.Json.Nodes;
using static SinoRussia.Dataset.Tests.DataDictionaryChecks;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The checks of <see cref="DataDictionaryTests"/> fail when the schemas and the model part: each test
/// changes a copy of the schemas (a key the model lacks, a key removed, required flipped, a keyword the
/// dictionary does not render) and sees it reported.
/// </summary>
public class DataDictionaryDriftTests
{
    private static string Root => SourceTexts.Root;

    [Fact]
    public void A_schema_field_the_model_lacks_is_reported()
    {
        using var copy = new RepositoryCopy(Root);
        copy.EditSchema("meetings", s => MeetingProperties(s).Add("agenda", new JsonObject { ["type"] = "string" }));

        var field = Fields(copy.Location).Single(f => f.Path == "meetings[].agenda");
        field.Mapping.Targets.ShouldBeEmpty();
        (field.Mapping.Problem ?? string.Empty).ShouldContain("Meeting has no public property Agenda");
        MappingFailures(Fields(copy.Location)).ShouldContain(f => f.StartsWith("meetings[].agenda:", StringComparison.Ordinal));
        DataDictionary.Render(copy.Location).ShouldContain("| `meetings[].agenda` | string | no |");
    }

    [Fact]
    public void A_model_property_the_schemas_lack_is_reported()
    {
        using var copy = new RepositoryCopy(Root);
        copy.EditSchema("meetings", s => MeetingProperties(s).Remove("occasion"));

        Unaccounted(Fields(copy.Location)).ShouldBe(new[] { "Meeting.Occasion" });
    }

    [Fact]
    public void A_required_key_of_a_nullable_member_or_an_optional_key_of_a_non_nullable_one_is_reported()
    {
        using var copy = new RepositoryCopy(Root);
        copy.EditSchema("meetings", s =>
        {
            var required = s["properties"]!["meetings"]!["items"]!["required"]!.AsArray();
            required.Remove(required.Single(r => r!.GetValue<string>() == "format"));
            required.Add("occasion");
        });

        MappingFailures(Fields(copy.Location)).ShouldBe(new[]
        {
            "meetings[].format: optional, but Meeting.Format is not nullable",
            "meetings[].occasion: required, but Meeting.Occasion is nullable",
        });
    }

    [Fact]
    public void A_schema_keyword_the_dictionary_does_not_render_stops_it()
    {
        using var copy = new RepositoryCopy(Root);
        copy.EditSchema("quotes", s => s["properties"]!["quotes"]!["items"]!["properties"]!["text"]!.AsObject().Add("deprecated", true));

        Should.Throw<InvalidOperationException>(() => DataDictionary.Render(copy.Location)).Message.ShouldContain("deprecated");
    }

    private static JsonObject MeetingProperties(JsonNode schema) => schema["properties"]!["meetings"]!["items"]!["properties"]!.AsObject();

    /// <summary>A copy of data/*.yaml and data/schema/*.schema.json in a temporary directory, to change.</summary>
    private sealed class RepositoryCopy : IDisposable
    {
        public RepositoryCopy(string root)
        {
            Location = Path.Combine(Path.GetTempPath(), "sinorussia-data-dictionary-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(Location, "data", "schema"));
            foreach (var file in Directory.GetFiles(Path.Combine(root, "data"), "*.yaml"))
            {
                File.Copy(file, Path.Combine(Location, "data", Path.GetFileName(file)));
            }

            foreach (var file in Directory.GetFiles(Path.Combine(root, "data", "schema"), "*.schema.json", SearchOption.AllDirectories))
            {
                var copied = Path.Combine(Location, "data", "schema", Path.GetRelativePath(Path.Combine(root, "data", "schema"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(copied)!);
                File.Copy(file, copied);
            }
        }

        public string Location { get; }

        public void EditSchema(string name, Action<JsonNode> edit)
        {
            var path = Path.Combine(Location, "data", "schema", name + ".schema.json");
            var schema = JsonNode.Parse(File.ReadAllText(path))!;
            edit(schema);
            File.WriteAllText(path, schema.ToJsonString());
        }

        public void Dispose() => Directory.Delete(Location, recursive: true);
    }
}
