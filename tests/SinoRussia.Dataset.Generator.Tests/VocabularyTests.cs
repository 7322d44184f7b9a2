extern alias runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using SinoRussia.Dataset.Generator.Schema;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;
using Codes = runtime::SinoRussia.Dataset.Codes;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// One vocabulary, one home: the spellings are declared once in schema/Vocabularies.cs, compiled into
/// the generator (its checks and its encoder) and into the runtime (its enums, whose ordinals the
/// compiled data stores, and <c>Codes.ToCode</c>). These tests hold that there is no second copy.
/// </summary>
public class VocabularyTests
{
    private static readonly string[] SourceFolders = { "schema", "generator", "src", "samples", "benchmarks", "build" };

    /// <summary>
    /// Files whose literals spell another vocabulary that happens to share a word with ours: PLOVER's
    /// own mode names (<c>phone</c>, <c>host</c>), an external standard, and the drafting tool's English
    /// word lists and phrases (the speech verb <c>stated</c>, "last <c>month</c>") and the site's filter
    /// fields (<c>year</c>) are not the dataset's spellings.
    /// </summary>
    private static readonly string[] OtherVocabularies =
    {
        "src/SinoRussia.Dataset/Events/PloverMode.cs",
        "src/SinoRussia.Dataset.Tool/Drafting/Vocabulary.cs",
        "src/SinoRussia.Dataset.Tool/Drafting/DateResolver.cs",
        "src/SinoRussia.Dataset.Export/Site/MeetingsTable.cs",
    };

    public static TheoryData<string> Tables() => new(Vocabularies.All.Select(t => t.EnumName));

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_runtime_enum_and_its_spellings_are_the_schemas(string enumName)
    {
        var table = Vocabularies.All.Single(t => t.EnumName == enumName);
        var type = typeof(Codes).Assembly.GetType("SinoRussia.Dataset." + enumName, throwOnError: true)!;
        Enum.GetNames(type).ShouldBe(table.Members);
        Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).ShouldBe(Enumerable.Range(0, table.Members.Count), "the compiled data stores ordinals");
        var spellings = (IReadOnlyList<string>)typeof(Codes).GetMethod(nameof(Codes.All))!.MakeGenericMethod(type).Invoke(null, null)!;
        spellings.ShouldBe(table.Codes);
    }

    [Fact]
    public void Each_spelling_is_written_in_one_source_file_of_the_schema()
    {
        var files = SourceFolders.Select(f => Path.Combine(Repository.Root, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Repository.Root, f), f => string.Join("\n", File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))));
        files.Count.ShouldBeGreaterThan(100);
        foreach (var code in Vocabularies.All.SelectMany(v => v.Codes).Distinct())
        {
            var literal = new Regex("\"" + Regex.Escape(code) + "\"");
            var holders = files.Where(f => literal.IsMatch(f.Value)).Select(f => f.Key.Replace('\\', '/')).Except(OtherVocabularies).ToList();
            holders.Count.ShouldBe(1, $"\"{code}\" is written as a string literal in {string.Join(", ", holders)}");
            holders[0].ShouldStartWith("schema/");
        }
    }

    [Fact]
    public void A_vocabulary_refuses_entries_out_of_declaration_order()
    {
        Should.Throw<ArgumentException>(() => new Vocabulary<MeetingFormat>("format", (MeetingFormat.Virtual, "virtual"), (MeetingFormat.InPerson, "in-person")));
    }

    [Fact]
    public void Parsing_is_ordinal_and_an_undefined_value_has_no_spelling()
    {
        Vocabularies.Formats.TryParse("in-person", out var format).ShouldBeTrue();
        format.ShouldBe(MeetingFormat.InPerson);
        Vocabularies.Formats.TryParse("In-Person", out _).ShouldBeFalse();
        Vocabularies.Formats.TryParse("InPerson", out _).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => Codes.ToCode((runtime::SinoRussia.Dataset.MeetingFormat)42));
        Should.Throw<ArgumentOutOfRangeException>(() => Codes.ToCode((runtime::SinoRussia.Dataset.FactBasis)(-1)));
        Codes.TryParse<runtime::SinoRussia.Dataset.QuoteKind>("reported", out var kind).ShouldBeTrue();
        kind.ShouldBe(runtime::SinoRussia.Dataset.QuoteKind.Reported);
    }

    [Fact]
    public void Every_enum_list_in_the_json_schemas_is_a_vocabulary()
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.DataDirectory, "schema"), "*.schema.json"))
        {
            Walk(JsonDocument.Parse(File.ReadAllText(file)).RootElement, Path.GetFileName(file), found);
        }

        Vocabularies.All.ShouldAllBe(v => found.Any(f => f.EndsWith("." + v.YamlKey, StringComparison.Ordinal)));
    }

    private static void Walk(JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out var values))
                {
                    var codes = property.Name == Keys.Country ? Countries.Alpha2Codes.ToList() : Vocabularies.All.SingleOrDefault(v => v.YamlKey == property.Name)?.Codes;
                    codes.ShouldNotBeNull($"{path}.{property.Name} has an enum list but no vocabulary");
                    values.EnumerateArray().Select(v => v.GetString()).ShouldBe(codes, $"{path}.{property.Name}");
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
