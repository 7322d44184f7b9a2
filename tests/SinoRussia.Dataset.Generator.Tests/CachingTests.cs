using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SinoRussia.Dataset.Generator.Emission;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;
using SinoRussia.Dataset.Generator.Pipeline;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The pipeline re-does only what changed: a C# edit re-runs nothing, a comment in a YAML file
/// re-parses that file and nothing after it, a new record re-emits only its own table; and no step
/// holds a Roslyn object that would defeat caching.
/// </summary>
public class CachingTests
{
    private static readonly string[] TableSteps = EntityKind.All.Select(k => DatasetGenerator.TrackingNames.Table(k.ClassName)).ToArray();

    private static readonly string[] TrackedSteps = new[]
    {
        DatasetGenerator.TrackingNames.InputFiles,
        DatasetGenerator.TrackingNames.DataFiles,
        DatasetGenerator.TrackingNames.Chunks,
        DatasetGenerator.TrackingNames.ParsedChunks,
        DatasetGenerator.TrackingNames.ParsedFiles,
        DatasetGenerator.TrackingNames.FileRecords,
        DatasetGenerator.TrackingNames.SpanTables,
        DatasetGenerator.TrackingNames.SourceDocuments,
        DatasetGenerator.TrackingNames.FileSources,
        DatasetGenerator.TrackingNames.SourceTexts,
        DatasetGenerator.TrackingNames.CheckedFiles,
        DatasetGenerator.TrackingNames.FileSymbols,
        DatasetGenerator.TrackingNames.SymbolTable,
        DatasetGenerator.TrackingNames.FileReferences,
        DatasetGenerator.TrackingNames.Options,
        DatasetGenerator.TrackingNames.Dataset,
        DatasetGenerator.TrackingNames.Diagnostics,
        DatasetGenerator.TrackingNames.Model,
        DatasetGenerator.TrackingNames.Storage,
        DatasetGenerator.TrackingNames.Topics,
        DatasetGenerator.TrackingNames.TableSettings,
    }.Concat(EntityKind.All.Select(k => DatasetGenerator.TrackingNames.FileTable(k.ClassName)))
        .Concat(EntityKind.All.Select(k => DatasetGenerator.TrackingNames.Segments(k.ClassName))).Concat(TableSteps).ToArray();

    [Fact]
    public void Unrelated_csharp_edit_reuses_every_step_and_parses_no_yaml()
    {
        var compilation = GeneratorHarness.Compilation("namespace User { public class A { } }");
        var driver = GeneratorHarness.Driver(Repository.CuratedFiles()).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        TrackedSteps.ShouldAllBe(name => first.TrackedSteps.ContainsKey(name));
        Reasons(first, DatasetGenerator.TrackingNames.ParsedFiles).Count.ShouldBe(Directory.GetFiles(Repository.DataDirectory, "*.yaml").Length);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { public class B { } }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            Reasons(second, name).ShouldNotBeEmpty(name);
            Reasons(second, name).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, name);
        }

        Reasons(second, DatasetGenerator.TrackingNames.ParsedFiles).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        OutputReasons(second).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("\n# a comment at the end\n")]
    [InlineData("\n\n   \n")]
    public void A_comment_or_whitespace_at_the_end_of_a_yaml_file_changes_no_model_and_no_output(string appended)
    {
        var result = Edited("topics.yaml", text => text + appended);

        // The edited file is read and cut again (InputFiles): its text around the pieces changed, its pieces did not.
        var read = Reasons(result, DatasetGenerator.TrackingNames.InputFiles);
        read.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "the edited file is read and cut again; the comment is in the text after its last piece");
        read.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(read.Count - 1, "the other files are not read at all");
        var pieces = Reasons(result, DatasetGenerator.TrackingNames.ParsedChunks);
        pieces.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1, "the file's last piece (which ends with the file) is read again, to equal records");
        pieces.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(pieces.Count - 1, "no other piece is read again");
        Reasons(result, DatasetGenerator.TrackingNames.ParsedFiles).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, "an equal model goes no further");
        Reasons(result, DatasetGenerator.TrackingNames.FileRecords).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, DatasetGenerator.TrackingNames.Dataset).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        OutputReasons(result).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
    }

    [Theory]
    [InlineData("# a comment between two meetings\n")]
    [InlineData("\n\n")]
    public void A_comment_or_blank_lines_in_the_middle_of_a_yaml_file_leave_the_records_equal_and_every_output_cached(string inserted)
    {
        var result = Edited("meetings.yaml", text =>
        {
            var second = text.IndexOf("\n  - id: ", text.IndexOf("\n  - id: ", StringComparison.Ordinal) + 1, StringComparison.Ordinal) + 1;
            second.ShouldBeGreaterThan(0, "the test inserts before the second meeting");
            return text.Insert(second, inserted);
        });

        Reasons(result, DatasetGenerator.TrackingNames.ParsedFiles).Count(r => r == IncrementalStepRunReason.Modified)
            .ShouldBe(1, "the values after the insertion moved, so the parsed file with its positions changed");
        var records = Reasons(result, DatasetGenerator.TrackingNames.FileRecords);
        records.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1, "the edited file's records, without positions, are equal");
        records.ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(result, DatasetGenerator.TrackingNames.Dataset).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, "the checks do not run again");
        foreach (var step in TableSteps)
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step);
        }

        OutputReasons(result).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Theory]
    [InlineData("speaker: wang-yii", "SRD0008", "wang-yii")] // found by the checks
    [InlineData("speakr: wang-yi", "SRD0004", "speakr")] // found while reading the file
    public void A_diagnostic_moves_with_its_value_when_lines_are_inserted_above_it_without_the_checks_running_again(string edit, string id, string named)
    {
        var files = Repository.CuratedFiles().ToList();
        var quotesFile = files.Single(f => f.Path.EndsWith("quotes.yaml", StringComparison.Ordinal));
        var broken = quotesFile with { Text = ReplaceFirst(quotesFile.Text!, "speaker: wang-yi", edit) };
        files[files.IndexOf(quotesFile)] = broken;
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, out var texts).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().Diagnostics.First(d => d.Id == id).Location.GetLineSpan().StartLinePosition;

        var quotes = texts.Single(t => t.Path.EndsWith("quotes.yaml", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(quotes, GeneratorHarness.Text(quotes.Path, "# a note\n# another\n" + quotes.GetText()!.ToString()))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Reasons(result, DatasetGenerator.TrackingNames.Dataset).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, "the checks do not run again");
        var after = result.Diagnostics.First(d => d.Id == id);
        after.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(before.Line + 2, before.Character));
        after.GetMessage().ShouldContain(named);

        static string ReplaceFirst(string text, string old, string replacement)
        {
            var at = text.IndexOf(old, StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, old);
            return text.Substring(0, at) + replacement + text.Substring(at + old.Length);
        }
    }

    [Fact]
    public void A_file_given_its_first_record_of_a_table_re_encodes_only_the_segments_whose_number_changed()
    {
        // The mechanisms come from organisations.yaml (segment 0) and zz-extra.yaml (segment 1); topics.yaml,
        // between them by path, is given one: it becomes segment 1 and zz-extra.yaml segment 2.
        var extra = DatasetFile.Data(Path.Combine(Repository.DataDirectory, "zz-extra.yaml"), "mechanisms:\n  - id: zz-extra-mechanism\n    name: Extra\n");
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Repository.CuratedFiles().Append(extra), out var texts).RunGenerators(compilation);
        var topics = texts.Single(t => t.Path.EndsWith("topics.yaml", StringComparison.Ordinal));
        var text = topics.GetText()!.ToString();
        text.ShouldEndWith("\n");
        var run = driver.ReplaceAdditionalText(topics, GeneratorHarness.Text(topics.Path, text + "mechanisms:\n  - id: zz-topics-mechanism\n    name: In topics\n"))
            .RunGenerators(compilation).GetRunResult();

        run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        run.Results.Single().GeneratedSources.Select(s => s.HintName).ShouldContain("Mechanisms.2.g.cs");
        var segments = Reasons(run.Results.Single(), DatasetGenerator.TrackingNames.Segments("Mechanisms"));
        segments.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(2, "topics.yaml's new segment and zz-extra.yaml's, renumbered");
        segments.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(segments.Count - 2, "organisations.yaml keeps number 0 and is not encoded again, nor are the files with no mechanism");
    }

    [Fact]
    public void A_path_given_twice_is_read_once_and_its_diagnostics_are_placed_in_that_text()
    {
        // Diagnostics are placed from a span table found by path: two texts under one path must not mix.
        const string First = "organisations:\n  - id: zz-org\n    name: Z\n    country: Q1\n";
        var files = Repository.CuratedFiles()
            .Append(DatasetFile.Data("/data/extra.yaml", First))
            .Append(DatasetFile.Data("/data/extra.yaml", "\n\n\n" + First.Replace("zz-org", "zz-other")));
        var run = GeneratorHarness.Run(files);

        var invalid = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == "/data/extra.yaml").ToList();
        invalid.Select(d => d.Id).ShouldBe(new[] { "SRD0005" }, "the first text alone is read: one invalid country, no duplicate id");
        invalid[0].Location.GetLineSpan().StartLinePosition.Line.ShouldBe(3, "line 4 of the first text");
    }

    [Fact]
    public void Adding_a_record_re_emits_only_the_table_it_belongs_to()
    {
        var (driver, texts, compilation) = Started();
        var organisations = texts.Single(t => t.Path.EndsWith("organisations.yaml", StringComparison.Ordinal));
        var text = organisations.GetText()!.ToString();
        text.TrimEnd().ShouldEndWith("name: China-Russia Strategic Security Consultation", customMessage: "the test appends to the mechanisms list at the end of the file");
        var result = driver.ReplaceAdditionalText(organisations, GeneratorHarness.Text(organisations.Path, text + "  - id: zz-test-mechanism\n    name: Test mechanism\n"))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Reasons(result, DatasetGenerator.TrackingNames.Model).ShouldBe(new[] { IncrementalStepRunReason.Cached }, false, "no record is in the model (the checks gather an equal one): the tables are put together from the files' segments");
        Reasons(result, DatasetGenerator.TrackingNames.Segments("Mechanisms")).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "the edited file's mechanisms are encoded again");
        Reasons(result, DatasetGenerator.TrackingNames.Table("Mechanisms")).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        foreach (var step in TableSteps.Where(s => s != DatasetGenerator.TrackingNames.Table("Mechanisms")))
        {
            Reasons(result, step).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, step + ": its records did not change, so it is not encoded again");
        }

        Reasons(result, DatasetGenerator.TrackingNames.Storage).ShouldBe(new[] { IncrementalStepRunReason.Cached });
        OutputReasons(result).Count(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ShouldBe(2, "two files are written again: Mechanisms.g.cs and its segment's, Mechanisms.0.g.cs");
    }

    [Fact]
    public void Editing_a_meeting_re_checks_its_own_file_only_and_leaves_the_source_texts_alone()
    {
        // The validator split: one record's checks (vocabularies, dates, verbatim outcomes) run per file,
        // so an edit re-checks the edited file; the other files' checked records are taken from the cache.
        var (driver, texts, compilation) = Started();
        var meetings = texts.Single(t => t.Path.EndsWith("meetings.yaml", StringComparison.Ordinal));
        var text = meetings.GetText()!.ToString();
        var title = text.IndexOf("title: ", StringComparison.Ordinal);
        title.ShouldBeGreaterThan(0);
        var result = driver.ReplaceAdditionalText(meetings, GeneratorHarness.Text(meetings.Path, text.Insert(title + "title: ".Length, "Edited ")))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var yamlFiles = Directory.GetFiles(Repository.DataDirectory, "*.yaml").Length;
        var checkedFiles = Reasons(result, DatasetGenerator.TrackingNames.CheckedFiles);
        checkedFiles.Count.ShouldBe(yamlFiles);
        checkedFiles.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "the edited file is checked again");
        checkedFiles.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(yamlFiles - 1, "the other files are not checked again");
        Reasons(result, DatasetGenerator.TrackingNames.FileSources).Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1, "meetings.yaml defines no sources");
        Reasons(result, DatasetGenerator.TrackingNames.SourceTexts).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, "the texts are not indexed again");
        Reasons(result, DatasetGenerator.TrackingNames.FileSymbols).Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1, "a title is not a symbol");
        Reasons(result, DatasetGenerator.TrackingNames.SymbolTable).ShouldAllBe(r => r == IncrementalStepRunReason.Cached, "no id, post, participant or source changed");
        var references = Reasons(result, DatasetGenerator.TrackingNames.FileReferences);
        references.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(yamlFiles - 1, "the other files' references are not checked again");
        references.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1, "the edited file's references are checked again, and still resolve");
        Reasons(result, DatasetGenerator.TrackingNames.Dataset).ShouldBe(new[] { IncrementalStepRunReason.Unchanged }, false, "the findings are gathered again, to an equal model: no record is in it");
        foreach (var kind in EntityKind.All)
        {
            // The edited file's records of each table are taken again (its meetings changed, the rest are
            // equal); only its meetings are encoded again, and no other file's segment of any table is.
            var records = Reasons(result, DatasetGenerator.TrackingNames.FileTable(kind.ClassName));
            records.Count(r => r == (kind.ClassName == "Meetings" ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Unchanged)).ShouldBe(1, kind.ClassName);
            records.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(yamlFiles - 1, kind.ClassName);
            var segments = Reasons(result, DatasetGenerator.TrackingNames.Segments(kind.ClassName));
            if (kind.ClassName == "Meetings")
            {
                segments.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, kind.ClassName);
                segments.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(yamlFiles - 1, kind.ClassName);
            }
            else
            {
                segments.ShouldAllBe(r => r == IncrementalStepRunReason.Cached, kind.ClassName + ": not encoded again");
            }
        }
        Reasons(result, DatasetGenerator.TrackingNames.Table("Meetings")).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        Reasons(result, DatasetGenerator.TrackingNames.Table("Quotes")).ShouldBe(new[] { IncrementalStepRunReason.Cached });
    }

    [Fact]
    public void Adding_an_official_leaves_the_meeting_and_quote_tables_alone_because_references_are_ids()
    {
        var (driver, texts, compilation) = Started();
        var officials = texts.Single(t => t.Path.EndsWith("officials.yaml", StringComparison.Ordinal));
        var text = officials.GetText()!.ToString();
        const string Added = "  - id: aaa-first-by-id\n    name: Aaa First\n    aliases: [Aaa First]\n    country: CN\n    positions: []\n";
        var result = driver.ReplaceAdditionalText(officials, GeneratorHarness.Text(officials.Path, text.TrimEnd() + "\n" + Added))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        Reasons(result, DatasetGenerator.TrackingNames.Table("Officials")).ShouldBe(new[] { IncrementalStepRunReason.Modified });
        Reasons(result, DatasetGenerator.TrackingNames.Table("Meetings")).ShouldBe(new[] { IncrementalStepRunReason.Cached });
        Reasons(result, DatasetGenerator.TrackingNames.Table("Quotes")).ShouldBe(new[] { IncrementalStepRunReason.Cached });
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_syntax_or_text()
    {
        var (driver, _, _) = Started();
        var result = driver.GetRunResult().Results.Single();
        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(AdditionalText), typeof(SourceText) };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var walked = 0;
        // Our own steps (Roslyn's SourceOutput step holds the generated texts by design).
        foreach (var step in TrackedSteps.SelectMany(name => result.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Walk(value, forbidden, visited, step.Name ?? "?", ref walked);
            }
        }

        walked.ShouldBeGreaterThan(1000, "the walk reached the records");
    }

    [Fact]
    public void Equatable_arrays_compare_by_content()
    {
        var a = new[] { "x", "y" }.ToEquatableArray();
        var b = new List<string> { "x", "y" }.ToEquatableArray();
        var c = new[] { "y", "x" }.ToEquatableArray();
        a.Equals(b).ShouldBeTrue();
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Equals(c).ShouldBeFalse();
        default(EquatableArray<string>).Equals(EquatableArray<string>.Empty).ShouldBeTrue();
        default(EquatableArray<string>).Count.ShouldBe(0);
        new[] { new DateModel(2025, 1, 2, DatePrecision.Day) }.ToEquatableArray().ShouldBe(new[] { new DateModel(2025, 1, 2, DatePrecision.Day) }.ToEquatableArray());
    }

    private static (GeneratorDriver Driver, System.Collections.Immutable.ImmutableArray<AdditionalText> Texts, Compilation Compilation) Started()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Repository.CuratedFiles(), out var texts).RunGenerators(compilation);
        return (driver, texts, compilation);
    }

    /// <summary>The curated data run once, then again with the file ending in <paramref name="fileName"/> edited.</summary>
    private static GeneratorRunResult Edited(string fileName, Func<string, string> edit)
    {
        var (driver, texts, compilation) = Started();
        var file = texts.Single(t => t.Path.EndsWith(fileName, StringComparison.Ordinal));
        return driver.ReplaceAdditionalText(file, GeneratorHarness.Text(file.Path, edit(file.GetText()!.ToString())))
            .RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void Walk(object? value, Type[] forbidden, HashSet<object> visited, string path, ref int walked)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        walked++;
        var type = value.GetType();
        foreach (var bad in forbidden)
        {
            bad.IsAssignableFrom(type).ShouldBeFalse($"{path} holds a {bad.Name} ({type.FullName})");
        }

        if (value is IEnumerable items and not string)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, forbidden, visited, $"{path}[{i++}]", ref walked);
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), forbidden, visited, $"{path}.{field.Name}", ref walked);
            }
        }
    }
}
