using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// docs/data-model.md is the data dictionary the schemas, the model and the export tables give
/// (regenerated with SINORUSSIA_UPDATE_DOCS=1); every key of the schemas becomes a member of the
/// model that exists, of the right shape, nullability and vocabulary; every public property of the
/// model comes from a key or is listed as derived; and every diagnostic the dictionary names is the
/// one docs/diagnostics.md documents under that id. The last tests change a copy of the schemas to
/// show that these checks fail when the two sides part.
/// </summary>
public class DataDictionaryTests
{
    private static string Root => SourceTexts.Root;

    private static IReadOnlyList<DataDictionary.Field> Fields(string root) => DataDictionary.Analyse(root).SelectMany(s => s.Fields).ToList();

    [Fact]
    public void The_committed_data_dictionary_is_the_one_the_schemas_and_the_model_give()
    {
        var path = Path.Combine(Root, "docs", "data-model.md");
        var rendered = DataDictionary.Render(Root);
        rendered.ShouldNotContain("\r");
        DataDictionary.Render(Root).ShouldBe(rendered, "rendering twice gives the same document");

        // Compared with its line endings normalised: a checkout with CRLF line endings is not stale.
        var committed = File.Exists(path)
            ? new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal)
            : null;
        if (committed == rendered)
        {
            return;
        }

        var problem = committed is null ? "docs/data-model.md is missing" : "docs/data-model.md is stale: " + FirstDifference(committed, rendered);
        if (Environment.GetEnvironmentVariable(DataDictionary.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(rendered));
            Assert.Fail($"{problem}\ndocs/data-model.md updated from the schemas and the model ({DataDictionary.UpdateVariable}=1): "
                + $"review and commit it, then run the tests again without {DataDictionary.UpdateVariable}.");
        }

        Assert.Fail($"{problem}\nRegenerate it with `{DataDictionary.RegenerateCommand}`, then review and commit it.");
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
        foreach (var path in DataDictionary.MemberRules.Keys.Concat(DataDictionary.NotCompiled.Keys))
        {
            if (!byPath.TryGetValue(path, out var field))
            {
                failures.Add($"{path} is listed as an exception to the naming rule but is no key of the schemas");
                continue;
            }

            if (field.Owner?.GetProperty(DataDictionary.ToPascalCase(field.Key), BindingFlags.Public | BindingFlags.Instance) is { } byRule)
            {
                failures.Add($"{path} is listed as an exception, but the naming rule maps it to {DataDictionary.NameOf(byRule)}: remove the exception, or say why the rule is wrong there");
            }
        }

        DataDictionary.MemberRules.Keys.Intersect(DataDictionary.NotCompiled.Keys).ShouldBeEmpty("a key is either mapped otherwise or not compiled");
        DataDictionary.NotCompiled.Values.Concat(DataDictionary.MemberRules.Values.Select(r => r.Why)).ShouldAllBe(why => why.Length > 0);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Every_public_property_of_the_model_comes_from_a_schema_field_or_is_listed_as_derived()
    {
        var fields = Fields(Root);
        Unaccounted(fields).ShouldBeEmpty();

        var mapped = Mapped(fields);
        var failures = new List<string>();
        foreach (var (member, why) in DataDictionary.Derived)
        {
            if (DataDictionary.Property(member) is null)
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

        DataDictionary.Derived.Select(d => d.Member).ShouldBeUnique();
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
            if (!DataDictionary.DiagnosticTitles.TryGetValue(id, out var title))
            {
                failures.Add($"{id} has no title in DataDictionary.DiagnosticTitles");
            }
            else if (!Regex.IsMatch(catalogue, $@"\| \[{id}\]\(#{id.ToLowerInvariant()}\) \| \w+ \| {Regex.Escape(title)} \|"))
            {
                failures.Add($"docs/diagnostics.md does not title {id} '{title}'");
            }
        }

        var paths = Fields(Root).Select(f => f.Path).ToList();
        foreach (var rule in DataDictionary.DiagnosticRules)
        {
            if (!paths.Any(p => DataDictionary.Matches(rule.Pattern, p)))
            {
                failures.Add($"the diagnostic rule {rule.Pattern} {rule.Id} matches no key of the schemas");
            }
        }

        failures.ShouldBeEmpty();
    }

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

    /// <summary>
    /// Keys that do not become a member of the model as they should: no member, a list that is not a
    /// collection (or the reverse), a required key of a nullable member or an optional key of a
    /// non-nullable one (a list is never null: left out, it is empty), an enum that is not the member's
    /// vocabulary (<see cref="Codes.All{TEnum}"/>, in order), or an enum member without the schema's enum.
    /// </summary>
    private static List<string> MappingFailures(IReadOnlyList<DataDictionary.Field> fields)
    {
        var failures = new List<string>();
        foreach (var field in fields)
        {
            if (field.Mapping.Problem is { } problem)
            {
                failures.Add($"{field.Path}: {problem}");
                continue;
            }

            if (field.Mapping.NotCompiled is not null)
            {
                continue;
            }

            if (field.Mapping.Targets.Count == 0)
            {
                failures.Add($"{field.Path}: no member");
            }

            foreach (var property in field.Mapping.Targets.OfType<PropertyInfo>())
            {
                var member = DataDictionary.NameOf(property);
                var isCollection = DataDictionary.CollectionElement(property.PropertyType) is not null;
                if (field.IsArray != isCollection)
                {
                    failures.Add($"{field.Path}: {(field.IsArray ? "a list" : "not a list")}, but {member} is {(isCollection ? "a collection" : "not a collection")}");
                }

                var nullable = DataDictionary.IsNullable(property);
                if (nullable != (!field.Required && !field.IsArray))
                {
                    failures.Add($"{field.Path}: {(field.Required ? "required" : "optional")}, but {member} is {(nullable ? "nullable" : "not nullable")}");
                }

                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (field.AllowedValues.Count > 0)
                {
                    if (!valueType.IsEnum)
                    {
                        failures.Add($"{field.Path}: the schema gives an enum, but {member} is no enum");
                    }
                    else if (!Vocabulary(valueType).SequenceEqual(field.AllowedValues))
                    {
                        failures.Add($"{field.Path}: the schema's enum is {string.Join(", ", field.AllowedValues)}, but {member}'s codes are {string.Join(", ", Vocabulary(valueType))}");
                    }
                }
                else if (valueType.IsEnum && !field.IsArray)
                {
                    failures.Add($"{field.Path}: {member} is the enum {valueType.Name}, but the schema gives no enum");
                }
            }
        }

        return failures;
    }

    /// <summary>The public instance properties of the model types (and of every type a key maps into) that no key gives and are not listed as derived.</summary>
    private static List<string> Unaccounted(IReadOnlyList<DataDictionary.Field> fields)
    {
        var mapped = Mapped(fields);
        var derived = DataDictionary.Derived.Select(d => d.Member).ToHashSet(StringComparer.Ordinal);
        var types = DataDictionary.ModelTypes
            .Concat(fields.SelectMany(f => f.Mapping.Via.Concat(f.Mapping.Targets.OfType<PropertyInfo>())).Select(p => p.DeclaringType!))
            .Where(t => t.Assembly == DataDictionary.ModelAssembly)
            .Distinct();
        return types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{t.Name}.{p.Name}"))
            .Where(member => !mapped.Contains(member) && !derived.Contains(member))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every property a key maps to, or passes through: <c>Meeting.Place</c>, <c>Place.City</c>.</summary>
    private static HashSet<string> Mapped(IReadOnlyList<DataDictionary.Field> fields)
        => fields.SelectMany(f => f.Mapping.Via.Concat(f.Mapping.Targets.OfType<PropertyInfo>()))
            .Select(p => DataDictionary.NameOf(p))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The YAML spellings of a vocabulary enum, in declaration order.</summary>
    private static IReadOnlyList<string> Vocabulary(Type enumType)
        => (IReadOnlyList<string>)typeof(Codes).GetMethod(nameof(Codes.All))!.MakeGenericMethod(enumType).Invoke(null, null)!;

    private static JsonObject MeetingProperties(JsonNode schema) => schema["properties"]!["meetings"]!["items"]!["properties"]!.AsObject();

    private static string FirstDifference(string committed, string rendered)
    {
        var before = committed.Split('\n');
        var after = rendered.Split('\n');
        for (var i = 0; i < Math.Max(before.Length, after.Length); i++)
        {
            var was = i < before.Length ? before[i] : "(end of file)";
            var now = i < after.Length ? after[i] : "(end of file)";
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                return $"line {i + 1} differs\n  committed: {was}\n  rendered:  {now}";
            }
        }

        return "the texts differ";
    }

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

            foreach (var file in Directory.GetFiles(Path.Combine(root, "data", "schema"), "*.schema.json"))
            {
                File.Copy(file, Path.Combine(Location, "data", "schema", Path.GetFileName(file)));
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
