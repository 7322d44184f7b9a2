using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>One test per diagnostic: its ID, severity, YAML file, line and column (1-based here).</summary>
public class DiagnosticTests
{
    // A small valid dataset; each test breaks one thing in it. Line numbers are in the comments.
    private const string Valid =
        "sources:\n" +                                                  // 1
        "  - { id: s1, file: 003_47aa687a571d13dd.txt }\n" +           // 2
        "organisations:\n" +                                            // 3
        "  - { id: mfa, name: MFA }\n" +                                // 4
        "topics:\n" +                                                   // 5
        "  - { id: t, name: T }\n" +                                    // 6
        "officials:\n" +                                                // 7
        "  - id: wang-yi\n" +                                           // 8
        "    name: Wang Yi\n" +                                         // 9
        "    country: CN\n" +                                           // 10
        "    positions:\n" +                                            // 11
        "      - title: Minister\n" +                                   // 12
        "        organisation: mfa\n" +                                 // 13
        "        start: { value: \"2023-07-25\", precision: day }\n" +  // 14
        "meetings:\n" +                                                 // 15
        "  - id: m1\n" +                                                // 16
        "    title: M\n" +                                              // 17
        "    date: { value: \"2024-10-30\", precision: day, basis: stated }\n" + // 18
        "    format: in-person\n" +                                     // 19
        "    participants:\n" +                                         // 20
        "      - { official: wang-yi, role: host }\n" +                 // 21
        "    sources: [s1]\n" +                                         // 22
        "quotes:\n" +                                                   // 23
        "  - id: q1\n" +                                                // 24
        "    kind: direct\n" +                                          // 25
        "    speaker: wang-yi\n" +                                      // 26
        "    meeting: m1\n" +                                           // 27
        "    source: s1\n" +                                            // 28
        "    text: strong internal impetus\n";                          // 29

    private static Diagnostic Single(string yaml, string id)
    {
        var run = GeneratorHarness.RunYaml(yaml);
        run.Exception.ShouldBeNull();
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        matching.Count.ShouldBe(1, string.Join("\n", run.Diagnostics));
        return matching[0];
    }

    private static string Broken(string from, string to)
    {
        Valid.ShouldContain(from);
        return Valid.Replace(from, to);
    }

    private static void ShouldBeAt(Diagnostic diagnostic, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe("/data/test.yaml");
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((line, column), diagnostic.ToString());
        diagnostic.Severity.ShouldBe(severity);
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith("#" + diagnostic.Id.ToLowerInvariant());
    }

    [Fact]
    public void The_valid_base_has_no_diagnostics_and_compiles()
    {
        var run = GeneratorHarness.RunYaml(Valid);
        run.Diagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void SRD0001_yaml_syntax_error()
    {
        var d = Single(Broken("    title: M\n", "    title: 'M\n"), "SRD0001");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBeInRange(16, 18);
        d.GetMessage().ShouldContain("test.yaml");
    }

    [Fact]
    public void SRD0001_a_key_given_twice_is_reported_at_the_second()
    {
        var yaml = Broken("    title: M\n", "    title: M\n    title: N\n");
        var d = Single(yaml, "SRD0001");
        var second = yaml.Split('\n').ToList().FindIndex(l => l == "    title: N");
        ShouldBeAt(d, second + 1, 5);
        d.GetMessage().ShouldContain("the key 'title' appears twice in meetings[0]");
    }

    [Fact]
    public void SRD0002_list_where_a_single_value_is_expected()
    {
        var d = Single(Broken("    title: M\n", "    title: [M]\n"), "SRD0002");
        ShouldBeAt(d, 17, 12);
        d.GetMessage().ShouldContain("meetings[0].title");
    }

    [Fact]
    public void SRD0003_missing_required_field()
    {
        var d = Single(Broken("    format: in-person\n", string.Empty), "SRD0003");
        ShouldBeAt(d, 16, 5);
        d.GetMessage().ShouldBe("'meetings[0]' is missing the required field 'format'");
    }

    [Fact]
    public void SRD0004_unknown_key()
    {
        var d = Single(Broken("    title: M\n", "    title: M\n    colour: red\n"), "SRD0004");
        ShouldBeAt(d, 18, 5);
        d.GetMessage().ShouldContain("'colour'");
    }

    [Fact]
    public void SRD0005_value_outside_the_vocabulary()
    {
        var d = Single(Broken("format: in-person", "format: teleport"), "SRD0005");
        ShouldBeAt(d, 19, 13);
        d.GetMessage().ShouldContain("in-person, virtual, phone");
    }

    [Fact]
    public void SRD0005_a_speaker_attribution_outside_its_vocabulary_and_none_when_it_is_in_it()
    {
        var d = Single(Broken("    speaker: wang-yi\n", "    speaker: wang-yi\n    attribution: paragraph\n"), "SRD0005");
        ShouldBeAt(d, 27, 18);
        d.GetMessage().ShouldContain("sentence, continuation");

        var fixedRun = GeneratorHarness.RunYaml(Broken("    speaker: wang-yi\n", "    speaker: wang-yi\n    attribution: continuation\n"));
        fixedRun.Diagnostics.Where(x => x.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("      - { official: wang-yi,\nrole: host }\n")] // a flow mapping continued at column 1
    [InlineData("      - [\nwang-yi]\n")]
    [InlineData("      - {{\nn\n")]
    [InlineData("      - {\rt\n")] // a CR alone is a YAML line break
    [InlineData("      - {\u0085t\n")] // so is NEL
    [InlineData("      - {#\nt\n")] // a comment right after the '{'
    public void SRD0001_a_line_inside_a_flow_collection_not_indented_past_its_block_where_the_yaml_reader_throws(string participants)
    {
        // YamlDotNet's scanner throws InvalidOperationException here (not a YamlException); the reader finds
        // the case in the text and reports it as the syntax error it is, at the line, never as SRD0022.
        var yaml = "meetings:\n  - id: m\n    participants:\n" + participants;
        var run = GeneratorHarness.RunYaml(yaml);
        run.Exception.ShouldBeNull();
        run.Diagnostics.Where(d => d.Id == "SRD0022").ShouldBeEmpty();
        var d = run.Diagnostics.Single(x => x.Id == "SRD0001");
        d.GetMessage().ShouldContain("must be indented more than the block it stands in (column 7)");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(4, "the unindented line (line 5)");
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("cn", "CN")]
    [InlineData("CHN", "CN")]
    [InlineData("ZZ", null)]
    [InlineData("XK", null)]
    public void SRD0005_a_country_code_that_ISO_3166_1_does_not_assign(string written, string? meant)
    {
        var d = Single(Broken("    country: CN\n", $"    country: {written}\n"), "SRD0005");
        ShouldBeAt(d, 10, 14);
        d.GetMessage().ShouldContain($"'{written}'");
        d.GetMessage().ShouldContain("ISO 3166-1 alpha-2");
        if (meant is null)
        {
            d.GetMessage().ShouldNotContain("did you mean");
        }
        else
        {
            d.GetMessage().ShouldContain($"did you mean {meant} (");
        }
    }

    [Fact]
    public void SRD0005_a_bad_msbuild_option_is_reported_at_the_first_data_file_and_nothing_is_emitted()
    {
        var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/test.yaml", Valid) }.Concat(Repository.CuratedFiles().Where(f => f.Role == "source")), targetNamespace: "1 Not.A.Namespace");
        var d = run.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("SRD0005");
        ShouldBeAt(d, 1, 1);
        d.GetMessage().ShouldContain("'SinoRussiaDatasetNamespace' has the invalid value '1 Not.A.Namespace'; expected a C# namespace");
        run.Sources.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GB")]
    [InlineData("AQ")]
    [InlineData("ZW")]
    public void An_assigned_country_code_is_accepted(string code)
    {
        var run = GeneratorHarness.RunYaml(Broken("    country: CN\n", $"    country: {code}\n"));
        run.Exception.ShouldBeNull();
        run.Diagnostics.Where(d => d.Id == "SRD0005").ShouldBeEmpty();
    }

    [Fact]
    public void SRD0006_impossible_date()
    {
        var d = Single(Broken("\"2024-10-30\"", "\"2025-02-30\""), "SRD0006");
        ShouldBeAt(d, 18, 20);
        d.GetMessage().ShouldContain("2025-02 has no day 30");
    }

    [Fact]
    public void SRD0006_precision_that_does_not_fit_the_value()
    {
        var d = Single(Broken("\"2024-10-30\", precision: day", "\"2024\", precision: day"), "SRD0006");
        ShouldBeAt(d, 18, 20);
    }

    [Fact]
    public void SRD0007_duplicate_id()
    {
        var d = Single(Broken("  - { id: t, name: T }\n", "  - { id: t, name: T }\n  - { id: t, name: T2 }\n"), "SRD0007");
        ShouldBeAt(d, 7, 11);
        d.GetMessage().ShouldContain("test.yaml(6,11)");
    }

    [Fact]
    public void SRD0008_unknown_reference_with_suggestion()
    {
        var d = Single(Broken("speaker: wang-yi", "speaker: wang-yii"), "SRD0008");
        ShouldBeAt(d, 26, 14);
        d.GetMessage().ShouldBe("'quotes[0].speaker' refers to the unknown official 'wang-yii'; did you mean 'wang-yi'?");
    }

    [Fact]
    public void SRD0009_quote_not_verbatim_shows_the_closest_passage()
    {
        var d = Single(Broken("text: strong internal impetus", "text: strong internal impetuses"), "SRD0009");
        ShouldBeAt(d, 29, 11);
        d.GetMessage().ShouldContain("closest passage: \"strong internal impetus");
    }

    [Fact]
    public void SRD0009_meeting_outcome_not_verbatim()
    {
        var yaml = Broken("    sources: [s1]\n", "    outcomes: [strong internal impetuses, strong internal impetus]\n    sources: [s1]\n");
        var d = Single(yaml, "SRD0009");
        ShouldBeAt(d, 22, 16);
        d.GetMessage().ShouldStartWith("'meetings[0].outcomes[0]': the outcome does not occur verbatim");
    }

    [Fact]
    public void SRD0010_source_document_not_found()
    {
        var d = Single(Broken("file: 003_47aa687a571d13dd.txt", "file: nope.txt"), "SRD0010");
        ShouldBeAt(d, 2, 21);
    }

    [Fact]
    public void SRD0011_participant_with_no_post_on_the_meeting_date_is_a_warning()
    {
        var d = Single(Broken("\"2023-07-25\"", "\"2025-01-01\""), "SRD0011");
        ShouldBeAt(d, 21, 21, DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SRD0012_two_ids_with_the_same_member_name()
    {
        var d = Single(Broken("  - { id: t, name: T }\n", "  - { id: t, name: T }\n  - { id: t-x, name: X }\n  - { id: t_x, name: X }\n"), "SRD0012");
        ShouldBeAt(d, 8, 11);
        d.GetMessage().ShouldContain("'TX'");
    }

    [Fact]
    public void SRD0013_post_ending_before_it_starts()
    {
        var d = Single(Broken("        start: { value: \"2023-07-25\", precision: day }\n",
            "        start: { value: \"2023-07-25\", precision: day }\n        end: { value: \"2020-01-01\", precision: day }\n"), "SRD0013");
        ShouldBeAt(d, 15, 14);
    }

    [Fact]
    public void SRD0014_unreadable_file_fails_rather_than_vanishing()
    {
        var run = GeneratorHarness.Run(new[] { new DatasetFile("/data/unreadable.yaml", null, "data") });
        var d = run.Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("SRD0014");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        d.Location.GetLineSpan().Path.ShouldBe("/data/unreadable.yaml");
        run.Sources.ShouldBeEmpty();
    }

    [Fact]
    public void SRD0020_quote_whose_speaker_is_not_at_its_meeting_is_a_warning()
    {
        var yaml = Broken("officials:\n", "officials:\n  - id: other\n    name: Other\n    country: RU\n    positions:\n      - { title: T, organisation: mfa, start: { value: \"2000\", precision: year } }\n")
            .Replace("speaker: wang-yi", "speaker: other");
        var d = Single(yaml, "SRD0020");
        ShouldBeAt(d, 31, 14, DiagnosticSeverity.Warning);
        d.GetMessage().ShouldBe("'quotes[0].speaker': the speaker 'other' is not a participant of meeting 'm1'");
    }

    [Fact]
    public void SRD0021_a_table_over_the_named_member_limit_gets_none_and_says_so()
    {
        var count = Model.NamedMembers.Limit + 1;
        var yaml = "organisations:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{ id: org-{i}, name: Org {i} }}\n"))
            + "mechanisms:\n  - { id: m, name: M }\n";
        var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/orgs.yaml", yaml) });

        var d = run.Diagnostics.Single();
        d.Id.ShouldBe("SRD0021");
        d.Severity.ShouldBe(DiagnosticSeverity.Info);
        d.GetMessage().ShouldContain("The Organisations table has 10,001 records, more than 10,000");
        run.Sources.Single(s => s.HintName == "Organisations.g.cs").SourceText.ToString().ShouldNotContain(".Own(");
        run.Sources.Single(s => s.HintName == "Mechanisms.g.cs").SourceText.ToString().ShouldContain("public static global::SinoRussia.Dataset.Mechanism M => DatasetStorage.Store.Mechanisms.Own(0);");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void SRD0022_names_what_failed_the_exception_and_the_method_and_is_never_bad_input()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        var d = Diagnostics.DiagnosticInfo.Internal(Model.YamlSpan.StartOf("/data/meetings.yaml"), "reading '/data/meetings.yaml'", thrown).ToDiagnostic();
        d.Id.ShouldBe("SRD0022");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        d.GetMessage().ShouldBe("The generator failed while reading '/data/meetings.yaml' (System.InvalidOperationException in "
            + $"{typeof(DiagnosticTests).FullName}.{nameof(SRD0022_names_what_failed_the_exception_and_the_method_and_is_never_bad_input)}): "
            + "this is a bug in SinoRussia.Dataset, not a problem with your data; please report it with the input");
        d.Location.GetLineSpan().Path.ShouldBe("/data/meetings.yaml");
        Diagnostics.DiagnosticInfo.Internal(Model.YamlSpan.StartOf(string.Empty), "writing X", thrown).ToDiagnostic().Location.ShouldBe(Location.None);
    }

    [Theory]
    [InlineData("auto", 10_000, true)]
    [InlineData("auto", 10_001, false)]
    [InlineData("all", 1_000_000, true)]
    [InlineData("none", 1, false)]
    public void The_named_member_rule(string option, int records, bool named)
        => Model.NamedMembers.Wanted(option, records).ShouldBe(named);

    [Fact]
    public void Yaml_1_1_booleans_and_numbers_are_read_as_strings()
    {
        // 'no' and 'on' would be booleans, 0123 an octal number and 1.0 a float under YAML 1.1; here
        // they stay the text they are.
        var run = GeneratorHarness.RunYaml(Broken("    title: M\n", "    title: no\n").Replace("name: T }", "name: on }").Replace("id: t, ", "id: \"0123\", ").Replace("name: MFA }", "name: 1.0 }"));
        run.Diagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
        run.Sources.Single(s => s.HintName == "Meetings.g.cs").SourceText.ToString().ShouldContain("(<c>m1</c>)");
        run.Sources.Single(s => s.HintName == "Meetings.0.g.cs").SourceText.ToString().ShouldContain("m1no", customMessage: "id m1, then the title 'no' in the strings stream");
        run.Sources.Single(s => s.HintName == "Topics.g.cs").SourceText.ToString().ShouldContain("return \"0123\";");
        run.Sources.Single(s => s.HintName == "Topics.g.cs").SourceText.ToString().ShouldContain("return \"on\";");
        run.Sources.Single(s => s.HintName == "Organisations.0.g.cs").SourceText.ToString().ShouldContain("mfa1.0", customMessage: "id mfa, then the name '1.0' in the strings stream");
    }
}
