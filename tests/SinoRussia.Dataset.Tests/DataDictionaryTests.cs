using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using static SinoRussia.Dataset.Tests.DataDictionaryChecks;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// docs/data-model.md is the data dictionary the schemas, the model and the export tables give
/// (regenerated with SINORUSSIA_UPDATE_DOCS=1); every key of the schemas becomes a member of the
/// model that exists, of the right shape, nullability and vocabulary; every public property of the
/// model comes from a key or is listed as derived; and every diagnostic the dictionary names is the
/// one docs/diagnostics.md documents under that id. <see cref="DataDictionaryDriftTests"/> shows that
/// these checks fail when the two sides part.
/// </summary>
public class DataDictionaryTests
{
    private static string Root => SourceTexts.Root;

    [Fact]
    public void The_committed_data_dictionary_is_the_one_the_schemas_and_the_model_give()
    {
        var rendered = DataDictionary.Render(Root);
        rendered.ShouldNotContain("\r");
        DataDictionary.Render(Root).ShouldBe(rendered, "rendering twice gives the same document");

        // Compared with its line endings normalised: a checkout with CRLF line endings is not stale.
        GeneratedDocument.ShouldBeCurrent("docs/data-model.md", rendered, DataDictionary.RegenerateCommand, normaliseLineEndings: true);
    }

    [Fact]
    public void Every_property_the_json_export_writes_is_listed_in_the_dictionary_and_no_other()
    {
        // What ToJson() writes for the shipped data, walked property by property, against the dictionary's
        // JSON section (rendered from the export's schema) and the committed docs/data-model.md.
        using var json = System.Text.Json.JsonDocument.Parse(SinoRussiaDataset.Shipped.ToJson());
        var written = new SortedSet<string>(StringComparer.Ordinal);
        Collect(json.RootElement, string.Empty, written);
        written.Count.ShouldBeGreaterThan(50);
        var listed = DataDictionaryJson.Properties(Root).Select(p => p.Path).ToList();
        listed.ShouldBeUnique();
        written.Except(listed).ShouldBeEmpty("properties the export writes that the dictionary does not list");
        listed.Except(written).ShouldBeEmpty("properties the dictionary lists that the export never writes");
        var document = File.ReadAllText(Path.Combine(Root, "docs", "data-model.md"));
        written.Where(p => !document.Contains("| `" + p + "` |", StringComparison.Ordinal)).ShouldBeEmpty("docs/data-model.md lists every JSON property");

        static void Collect(System.Text.Json.JsonElement element, string path, ISet<string> paths)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                        paths.Add(child);
                        Collect(property.Value, child, paths);
                    }

                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, path + "[]", paths);
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Every_schema_field_maps_to_a_member_of_the_model()
    {
        var fields = Fields(Root);
        fields.Count.ShouldBeGreaterThan(0);
        fields.Select(f => f.Section).Distinct().ShouldBe(DataDictionary.SectionOrder);
        MappingFailures(fields).ShouldBeEmpty();
    }

    [Fact]
    public void Every_exception_to_the_naming_rule_is_a_schema_field_the_rule_does_not_map()
    {
        var byPath = Fields(Root).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var path in DataDictionaryMembers.MemberRules.Keys.Concat(DataDictionaryMembers.NotCompiled.Keys))
        {
            if (!byPath.TryGetValue(path, out var field))
            {
                failures.Add($"{path} is listed as an exception to the naming rule but is no key of the schemas");
                continue;
            }

            if (field.Owner?.GetProperty(DataDictionaryMembers.ToPascalCase(field.Key), BindingFlags.Public | BindingFlags.Instance) is { } byRule)
            {
                failures.Add($"{path} is listed as an exception, but the naming rule maps it to {DataDictionaryMembers.NameOf(byRule)}: remove the exception, or say why the rule is wrong there");
            }
        }

        DataDictionaryMembers.MemberRules.Keys.Intersect(DataDictionaryMembers.NotCompiled.Keys).ShouldBeEmpty("a key is either mapped otherwise or not compiled");
        DataDictionaryMembers.NotCompiled.Values.Concat(DataDictionaryMembers.MemberRules.Values.Select(r => r.Why)).ShouldAllBe(why => why.Length > 0);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Every_public_property_of_the_model_comes_from_a_schema_field_or_is_listed_as_derived()
    {
        var fields = Fields(Root);
        Unaccounted(fields).ShouldBeEmpty();

        var mapped = Mapped(fields);
        var failures = new List<string>();
        foreach (var (member, why) in DataDictionaryMembers.Derived)
        {
            if (DataDictionaryMembers.Property(member) is null)
            {
                failures.Add($"{member} is listed as derived but is no public instance property of the model");
            }
            else if (mapped.Contains(member))
            {
                failures.Add($"{member} is listed as derived but a key of the schemas maps to it");
            }

            if (why.Length == 0)
            {
                failures.Add($"{member} is listed as derived without a reason");
            }
        }

        DataDictionaryMembers.Derived.Select(d => d.Member).ShouldBeUnique();
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Every_diagnostic_the_dictionary_names_is_documented_under_that_id()
    {
        var catalogue = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var named = Regex.Matches(DataDictionary.Render(Root), @"SRD\d{4}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        named.ShouldContain("SRD0003");
        named.ShouldContain("SRD0004");
        named.ShouldContain("SRD0008");

        var failures = new List<string>();
        foreach (var id in named)
        {
            if (!catalogue.Contains($"\n## {id}\n", StringComparison.Ordinal))
            {
                failures.Add($"{id} has no section in docs/diagnostics.md");
            }

            // The dictionary says what each id means: docs/diagnostics.md must give it the same title.
            if (!DataDictionaryDiagnostics.DiagnosticTitles.TryGetValue(id, out var title))
            {
                failures.Add($"{id} has no title in DataDictionaryDiagnostics.DiagnosticTitles");
            }
            else if (!Regex.IsMatch(catalogue, $@"\| \[{id}\]\(#{id.ToLowerInvariant()}\) \| \w+ \| {Regex.Escape(title)} \|"))
            {
                failures.Add($"docs/diagnostics.md does not title {id} '{title}'");
            }
        }

        var paths = Fields(Root).Select(f => f.Path).ToList();
        foreach (var rule in DataDictionaryDiagnostics.DiagnosticRules)
        {
            if (!paths.Any(p => DataDictionaryDiagnostics.Matches(rule.Pattern, p)))
            {
                failures.Add($"the diagnostic rule {rule.Pattern} {rule.Id} matches no key of the schemas");
            }
        }

        failures.ShouldBeEmpty();
    }
}
