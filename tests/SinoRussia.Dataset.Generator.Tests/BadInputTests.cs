using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Parsing;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>Every class of bad input has its diagnostic: never an exception, never silence.</summary>
public class BadInputTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Meeting =
        "officials:\n" +                                                   // 1
        "  - id: wang-yi\n" +                                              // 2
        "    name: Wang Yi\n" +                                            // 3
        "    country: CN\n" +                                              // 4
        "    positions:\n" +                                               // 5
        "      - { title: Minister, organisation: mfa, start: { value: \"2013\", precision: year } }\n" + // 6
        "organisations:\n" +                                               // 7
        "  - { id: mfa, name: MFA }\n" +                                   // 8
        "sources:\n" +                                                     // 9
        "  - { id: s1, file: 003_47aa687a571d13dd.txt }\n" +              // 10
        "meetings:\n" +                                                    // 11
        "  - id: m1\n" +                                                   // 12
        "    title: M\n" +                                                 // 13
        "    date: { value: \"2024-10-30\", precision: day, basis: stated }\n" + // 14
        "    format: in-person\n" +                                        // 15
        "    participants:\n" +                                            // 16
        "      - { official: wang-yi, role: host }\n" +                    // 17
        "    sources: [s1]\n";                                             // 18

    private static Diagnostic Only(GeneratorRun run, string id)
    {
        run.Exception.ShouldBeNull();
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        matching.Count.ShouldBe(1, string.Join("\n", run.Diagnostics));
        return matching[0];
    }

    private static (int Line, int Column, int EndLine, int EndColumn) Span(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }

    [Fact]
    public void The_base_is_valid()
    {
        var run = GeneratorHarness.RunYaml(Meeting);
        run.Diagnostics.ShouldBeEmpty();
        run.GeneratedCodeDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\u0001\u0002 {{{ : : : ]]] \"")]
    [InlineData("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >>\n\tendobj\n")]
    [InlineData("<html><body>not yaml: [</body></html>")]
    [InlineData("key: value\n  bad indentation: here\n")]
    public void Text_that_is_not_yaml_at_all_is_an_error(string text)
    {
        var run = GeneratorHarness.RunYaml(text);
        run.Exception.ShouldBeNull();
        run.HasErrors.ShouldBeTrue(string.Join("\n", run.Diagnostics));
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_scalar_where_a_mapping_is_expected()
    {
        var d = Only(GeneratorHarness.RunYaml(Meeting.Replace("    date: { value: \"2024-10-30\", precision: day, basis: stated }", "    date: 2024-10-30")), "SRD0002");
        Span(d).ShouldBe((14, 11, 14, 21));
        d.GetMessage().ShouldBe("'meetings[0].date' must be a mapping, but it is the value '2024-10-30'");
    }

    [Fact]
    public void A_mapping_where_a_list_is_expected()
    {
        var d = Only(GeneratorHarness.RunYaml(Meeting.Replace("    sources: [s1]", "    sources: { id: s1 }")), "SRD0002");
        Span(d).ShouldBe((18, 14, 18, 22)); // from '{' to the end of its last value, 's1'

        d.GetMessage().ShouldContain("'meetings[0].sources' must be a list");
    }

    [Fact]
    public void An_unknown_key_suggests_the_nearest_known_key_and_spans_the_key()
    {
        var d = Only(GeneratorHarness.RunYaml(Meeting.Replace("    title: M", "    title: M\n    ocasion: Summit")), "SRD0004");
        Span(d).ShouldBe((14, 5, 14, 12));
        d.GetMessage().ShouldContain("'meetings[0]' has the unknown key 'ocasion'; did you mean 'occasion'?");
    }

    [Fact]
    public void An_unknown_reference_spans_the_value()
    {
        var d = Only(GeneratorHarness.RunYaml(Meeting.Replace("official: wang-yi,", "official: wang-yii,")), "SRD0008");
        Span(d).ShouldBe((17, 21, 17, 29));
        d.GetMessage().ShouldContain("'meetings[0].participants[0].official'");
    }

    [Theory]
    [InlineData("\"yesterday\"", "expected YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("\"2025-02-30\"", "2025-02 has no day 30")]
    [InlineData("\"2025-13-01\"", "the month must be 01 to 12")]
    [InlineData("\"2025\"", "precision 'day' needs YYYY-MM-DD")]
    [InlineData("\"25-01-01\"", "expected YYYY-MM-DD, YYYY-MM or YYYY")]
    public void Impossible_or_malformed_dates(string value, string message)
    {
        var d = Only(GeneratorHarness.RunYaml(Meeting.Replace("\"2024-10-30\"", value)), "SRD0006");
        Span(d).Line.ShouldBe(14);
        d.GetMessage().ShouldContain(message);
        d.GetMessage().ShouldContain("'meetings[0].date.value'");
    }

    [Fact]
    public void A_duplicate_id_across_files_points_at_the_second_and_names_the_first()
    {
        var sources = Repository.CuratedFiles().Where(f => f.Role == "source");
        var run = GeneratorHarness.Run(new[]
        {
            DatasetFile.Data("/data/a.yaml", Meeting),
            DatasetFile.Data("/data/b.yaml", "organisations:\n  - { id: other, name: Other }\n  - { id: mfa, name: Again }\n"),
        }.Concat(sources));
        var d = Only(run, "SRD0007");
        d.Location.GetLineSpan().Path.ShouldBe("/data/b.yaml");
        Span(d).ShouldBe((3, 11, 3, 14));
        d.GetMessage().ShouldContain("already used at a.yaml(8,11)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void An_empty_file_is_reported(string text)
    {
        var d = Only(GeneratorHarness.RunYaml(text), "SRD0015");
        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        d.Location.GetLineSpan().Path.ShouldBe("/data/test.yaml");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error()
    {
        var sources = Repository.CuratedFiles().Where(f => f.Role == "source");
        var latin1 = new DatasetFile("/data/latin1.yaml", Meeting, "data") { Encoding = Encoding.Latin1 };
        var d = Only(GeneratorHarness.Run(new[] { latin1 }.Concat(sources)), "SRD0016");
        d.GetMessage().ShouldContain("iso-8859-1");
        d.Location.GetLineSpan().Path.ShouldBe("/data/latin1.yaml");
    }

    [Fact]
    public void Invalid_utf8_bytes_decoded_to_the_replacement_character_are_an_error_at_their_place()
    {
        // csc decodes an additional file's invalid UTF-8 bytes to U+FFFD (Caf\xE9 becomes Caf\uFFFD).
        var run = GeneratorHarness.RunYaml(Meeting.Replace("    title: M", "    title: Caf\uFFFD"));
        var d = Only(run, "SRD0016");
        Span(d).ShouldBe((13, 15, 13, 16));
        d.GetMessage().ShouldContain("U+FFFD");
    }

    [Fact]
    public void A_source_text_that_is_not_utf8_is_an_error_and_not_also_missing()
    {
        var texts = Repository.CuratedFiles().Where(f => f.Role == "source")
            .Select(f => f.Path.EndsWith("003_47aa687a571d13dd.txt", StringComparison.Ordinal) ? f with { Encoding = Encoding.Latin1 } : f);
        var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/test.yaml", Meeting) }.Concat(texts));
        Only(run, "SRD0016");
        run.Diagnostics.ShouldNotContain(d => d.Id == "SRD0010");
    }

    [Fact]
    public void An_alias_bomb_is_rejected_in_bounded_time_and_memory()
    {
        // "Billion laughs": nine levels of ten aliases each would expand to 10^9 strings.
        var yaml = new StringBuilder("topics:\n  - id: a\n    name: &l0 lol\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"  - id: a{level}\n    name: &l{level} [");
            yaml.Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10)));
            yaml.Append("]\n");
        }

        var (run, elapsed, allocated) = Measure(() => GeneratorHarness.RunYaml(yaml.ToString()));

        var d = Only(run, "SRD0017");
        Span(d).Line.ShouldBe(3);
        output.WriteLine($"alias bomb: rejected in {elapsed.TotalMilliseconds:F0} ms, {allocated / 1024} KiB allocated");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        allocated.ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_deeply_nested_document_is_rejected_in_bounded_time_and_memory(bool flow)
    {
        // Flow nesting costs two characters a level; block nesting needs one more space of indentation
        // a level, so 2,000 levels already make a 2 MB file.
        var depth = flow ? 100_000 : 2_000;
        var yaml = flow
            ? "topics: " + new string('[', depth) + new string(']', depth) + "\n"
            : string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n"));

        var (run, elapsed, allocated) = Measure(() => GeneratorHarness.RunYaml(yaml));

        run.Exception.ShouldBeNull();
        run.HasErrors.ShouldBeTrue();
        run.Diagnostics.ShouldContain(d => d.Id == "SRD0018" || d.Id == "SRD0001", string.Join("\n", run.Diagnostics));
        if (flow)
        {
            Only(run, "SRD0018").GetMessage().ShouldContain($"more than {YamlTree.MaxDepth} levels");
        }

        output.WriteLine($"nesting {depth} deep ({(flow ? "flow" : "block")}, {yaml.Length} chars): rejected in {elapsed.TotalMilliseconds:F0} ms, {allocated / 1024} KiB allocated");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        allocated.ShouldBeLessThan(512L * 1024 * 1024);
    }

    [Fact]
    public void Ids_that_are_not_csharp_identifiers_still_give_valid_readable_members()
    {
        var yaml = "organisations:\n" +
            "  - { id: class, name: A keyword }\n" +
            "  - { id: 2025-summit, name: Leading digit }\n" +
            "  - { id: 王毅, name: Chinese letters }\n" +
            "  - { id: über-amt, name: Latin letters with diacritics }\n" +
            "  - { id: \"!!!\", name: No letters at all }\n" +
            "  - { id: all, name: Would clash with All }\n";
        var run = GeneratorHarness.RunYaml(yaml);

        var d = Only(run, "SRD0012");
        d.GetMessage().ShouldContain("'All'");
        var fixedRun = GeneratorHarness.RunYaml(yaml.Replace("  - { id: all, name: Would clash with All }\n", string.Empty));
        fixedRun.Diagnostics.ShouldBeEmpty();
        fixedRun.GeneratedCodeDiagnostics.ShouldBeEmpty();
        var accessors = fixedRun.Sources.Single(s => s.HintName == "Organisations.g.cs").SourceText.ToString();
        foreach (var member in new[] { " Class =>", " _2025Summit =>", " 王毅 =>", " ÜberAmt =>", " _ =>" })
        {
            accessors.ShouldContain(member);
        }
    }

    [Fact]
    public void Ids_that_differ_only_in_punctuation_are_a_diagnostic_not_a_compile_error()
    {
        var run = GeneratorHarness.RunYaml("organisations:\n  - { id: wang-yi, name: A }\n  - { id: wang_yi, name: B }\n  - { id: WangYi, name: C }\n");
        run.Diagnostics.Count(d => d.Id == "SRD0012").ShouldBe(2);
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_changes_nothing()
    {
        var plain = GeneratorHarness.RunYaml(Meeting);
        var withBom = GeneratorHarness.RunYaml("\uFEFF" + Meeting);
        withBom.Diagnostics.ShouldBeEmpty();
        withBom.Sources.Select(s => s.SourceText.ToString()).ShouldBe(plain.Sources.Select(s => s.SourceText.ToString()));
    }

    private static (GeneratorRun Run, TimeSpan Elapsed, long Allocated) Measure(Func<GeneratorRun> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var run = action();
        watch.Stop();
        return (run, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
