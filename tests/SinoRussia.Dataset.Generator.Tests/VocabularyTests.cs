extern alias runtime;
using System.Text.Json;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;
using SinoRussia.Dataset.Generator.Validation;
using Codes = runtime::SinoRussia.Dataset.Codes;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// One vocabulary, four readers: the generator's tables (its checks and its encoder), the runtime
/// enums (whose ordinals the compiled data stores), the runtime's <c>Codes.ToCode</c> spellings (JSON,
/// CSV, Parquet) and the JSON Schemas' <c>enum</c> lists (editors). Each is held equal to the others.
/// </summary>
public class VocabularyTests
{
    private static readonly Dictionary<string, VocabularyTable> SchemaProperty = new()
    {
        ["format"] = Vocabulary.Formats,
        ["role"] = Vocabulary.Roles,
        ["kind"] = Vocabulary.QuoteKinds,
        ["basis"] = Vocabulary.DateBases,
        ["precision"] = Vocabulary.Precisions,
    };

    public static TheoryData<string> Tables() => new(Vocabulary.All.Select(t => t.EnumName));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Generator_table_matches_the_runtime_enum_and_its_spellings(string enumName)
    {
        var table = Vocabulary.All.Single(t => t.EnumName == enumName);
        var type = typeof(Codes).Assembly.GetType("SinoRussia.Dataset." + enumName, throwOnError: true)!;
        Enum.GetNames(type).ShouldBe(table.Members);
        Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).ShouldBe(Enumerable.Range(0, table.Members.Count), "the compiled data stores ordinals");
        var spellings = (IReadOnlyList<string>)typeof(Codes).GetMethod(nameof(Codes.All))!.MakeGenericMethod(type).Invoke(null, null)!;
        spellings.ShouldBe(table.Codes);
        for (var i = 0; i < table.Members.Count; i++)
        {
            table.TryGetMember(table.Codes[i], out var member).ShouldBeTrue();
            member.ShouldBe(table.Members[i]);
            table.Ordinal(member).ShouldBe(i);
        }
    }

    [Fact]
    public void Every_enum_list_in_the_json_schemas_is_a_generator_vocabulary()
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.DataDirectory, "schema"), "*.schema.json"))
        {
            Walk(JsonDocument.Parse(File.ReadAllText(file)).RootElement, Path.GetFileName(file), found);
        }

        found.Count.ShouldBeGreaterThanOrEqualTo(SchemaProperty.Count);
        SchemaProperty.Keys.ShouldAllBe(k => found.Any(f => f.EndsWith("." + k, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_undefined_enum_value_has_no_spelling()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Codes.ToCode((runtime::SinoRussia.Dataset.MeetingFormat)42));
        Should.Throw<ArgumentOutOfRangeException>(() => Codes.ToCode((runtime::SinoRussia.Dataset.FactBasis)(-1)));
    }

    private static void Walk(JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out var values))
                {
                    SchemaProperty.ContainsKey(property.Name).ShouldBeTrue($"{path}.{property.Name} has an enum list but no generator vocabulary");
                    values.EnumerateArray().Select(v => v.GetString()).ShouldBe(SchemaProperty[property.Name].Codes, $"{path}.{property.Name}");
                    found.Add(path + "." + property.Name);
                }

                Walk(property.Value, path + "." + property.Name, found);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, path + "[]", found);
            }
        }
    }
}
