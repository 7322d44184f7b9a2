using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The generator in a consumer's build: shipped YAML is reference data, the project's own records
/// are emitted next to references to the shipped ones, and the merged view runs.
/// </summary>
public class ExtensionModeTests
{
    private const string Own =
        "meetings:\n" +                                                          // 1
        "  - id: putin-wang-yi-2023-02-22\n" +                                   // 2
        "    title: Talks at the Kremlin\n" +                                    // 3
        "    date: { value: \"2023-02-22\", precision: day, basis: inferred, note: Public record. }\n" + // 4
        "    format: in-person\n" +                                              // 5
        "    participants:\n" +                                                  // 6
        "      - { official: wang-yi, role: guest }\n" +                         // 7
        "      - { official: vladimir-putin, role: host }\n" +                   // 8
        "    topics: [bilateral-relations]\n" +                                  // 9
        "    sources: [azernews-2023-02-22]\n";                                  // 10

    private static GeneratorRun Extend(string yaml) => GeneratorHarness.RunExtension(new[] { DatasetFile.Data("/consumer/SinoRussiaData/own.yaml", yaml) });

    [Fact]
    public void Own_records_reference_shipped_records_and_the_output_compiles_against_the_shipped_library()
    {
        var run = Extend(Own);

        run.Diagnostics.ShouldBeEmpty();
        run.GeneratedCodeDiagnostics.ShouldBeEmpty();
        run.Sources.Select(s => s.HintName).ShouldNotContain("Topics.g.cs", "the shipped Topic enum is used");
        var storage = run.Sources.Single(s => s.HintName == "DatasetStorage.g.cs").SourceText.ToString();
        storage.ShouldContain("global::SinoRussia.Dataset.Storage.DataStore.Shipped", customMessage: "the merged view is built at run time from the shipped store");
        var all = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        all.ShouldNotContain("new global::SinoRussia.Dataset.Official(", customMessage: "shipped records are referenced, never copied");
        all.ShouldNotContain("WangYiShoigu2025_02_28", customMessage: "the consumer's code carries nothing per shipped record");
        all.ShouldNotContain("global::SinoRussia.Dataset.Officials.", customMessage: "references are ids in the compiled table, resolved at run time");
        var meetings = run.Sources.Single(s => s.HintName == "Meetings.g.cs").SourceText.ToString();
        System.Text.RegularExpressions.Regex.Matches(meetings, @"=> DatasetStorage\.Store\.Meetings\.Own\(\d+\);").Count.ShouldBe(1, "one named member: the project's own meeting");
        run.Sources.Single(s => s.HintName == "Meetings.g.cs").SourceText.ToString().ShouldContain("public static partial class ExtendedDataset");
    }

    private const string OwnQuoteOfShippedSource = Own +
        "quotes:\n" +                                                            // 11
        "  - id: own-d1\n" +                                                     // 12
        "    kind: reported\n" +                                                 // 13
        "    speaker: wang-yi\n" +                                               // 14
        "    meeting: putin-wang-yi-2023-02-22\n" +                              // 15
        "    source: azernews-2023-02-22\n" +                                    // 16
        "    text: TEXT\n";                                                      // 17

    private static DatasetFile ShippedText(string fileName)
        => DatasetFile.Source("/consumer/SinoRussiaData/" + fileName, File.ReadAllText(Path.Combine(Repository.DataDirectory, "sources", fileName)));

    [Fact]
    public void An_own_quote_citing_a_shipped_source_whose_text_is_absent_is_a_warning_never_silence()
    {
        var run = Extend(OwnQuoteOfShippedSource.Replace("TEXT", "words that are in no document", StringComparison.Ordinal));

        var warning = run.Diagnostics.ShouldHaveSingleItem();
        warning.Id.ShouldBe("SRD0023");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(16, "the quote's text, line 17");
        warning.GetMessage().ShouldContain("'azernews-2023-02-22'");
        warning.GetMessage().ShouldContain("SinoRussiaData/004_ce1b1adc1bd8e6a9.txt");
    }

    [Fact]
    public void With_the_shipped_documents_text_added_an_own_quote_is_checked_verbatim()
    {
        var own = OwnQuoteOfShippedSource.Replace("TEXT", "words that are in no document", StringComparison.Ordinal);
        var run = GeneratorHarness.RunExtension(new[] { DatasetFile.Data("/consumer/SinoRussiaData/own.yaml", own), ShippedText("004_ce1b1adc1bd8e6a9.txt") });
        run.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("SRD0009");

        var verbatim = OwnQuoteOfShippedSource.Replace("TEXT", "the diplomat also said", StringComparison.Ordinal).Replace("the diplomat also said", "The diplomat also said", StringComparison.Ordinal);
        GeneratorHarness.RunExtension(new[] { DatasetFile.Data("/consumer/SinoRussiaData/own.yaml", verbatim), ShippedText("004_ce1b1adc1bd8e6a9.txt") })
            .Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Outcomes_are_checked_against_every_available_text_and_warned_of_where_a_text_is_missing()
    {
        string With(string outcome) => Own.Replace("    sources: [azernews-2023-02-22]\n", "    outcomes: [\"" + outcome + "\"]\n    sources: [azernews-2023-02-22, my-notes]\n", StringComparison.Ordinal)
            + "sources:\n  - { id: my-notes, file: my-notes.txt }\n";
        var notes = DatasetFile.Source("/consumer/SinoRussiaData/my-notes.txt", "They agreed to meet again.\n");
        DiagnosticIds(With("They agreed to meet again."), notes).ShouldBeEmpty("found in the own text: checked, and verbatim");
        DiagnosticIds(With("They agreed on nothing."), notes).ShouldBe(new[] { "SRD0023" }, "in no available text, and the shipped one is absent: a warning");
        DiagnosticIds(With("They agreed on nothing."), notes, ShippedText("004_ce1b1adc1bd8e6a9.txt")).ShouldBe(new[] { "SRD0009" }, "every text available and in none: an error");

        static string[] DiagnosticIds(string yaml, params DatasetFile[] texts)
            => GeneratorHarness.RunExtension(new[] { DatasetFile.Data("/consumer/SinoRussiaData/own.yaml", yaml) }.Concat(texts)).Diagnostics.Select(d => d.Id).ToArray();
    }

    [Fact]
    public void The_merged_view_runs_with_shipped_and_own_records_in_date_order()
    {
        var run = Extend(Own);
        using var stream = new MemoryStream();
        run.Output.Emit(stream).Success.ShouldBeTrue();

        var context = new AssemblyLoadContext("extension", isCollectible: true);
        try
        {
            var shipped = context.LoadFromStream(new MemoryStream(GeneratorHarness.ShippedLibraryImage));
            var consumer = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var merged = (System.Collections.IList)consumer.GetType("Consumer.ExtendedDataset+Meetings")!.GetProperty("All")!.GetValue(null)!;
            var shippedMeetings = (System.Collections.IList)shipped.GetType("SinoRussia.Dataset.Meetings")!.GetProperty("All")!.GetValue(null)!;

            merged.Count.ShouldBe(shippedMeetings.Count + 1);
            var ids = merged.Cast<object>().Select(m => (string)m.GetType().GetProperty("Id")!.GetValue(m)!).ToList();
            ids.ShouldContain("putin-wang-yi-2023-02-22");
            ids.IndexOf("putin-wang-yi-2023-02-22").ShouldBe(ids.IndexOf("wang-yi-patrushev-2023-02-21") + 1);
            var putin = shipped.GetType("SinoRussia.Dataset.Officials")!.GetProperty("VladimirPutin")!.GetValue(null);
            var own = merged.Cast<object>().Single(m => (string)m.GetType().GetProperty("Id")!.GetValue(m)! == "putin-wang-yi-2023-02-22");
            var participants = (System.Collections.IList)own.GetType().GetProperty("Participants")!.GetValue(own)!;
            participants[1]!.GetType().GetProperty("Official")!.GetValue(participants[1]).ShouldBeSameAs(putin);

            // Queries of the merged view include the project's meeting; reverse navigation on a shipped
            // record looks in the shipped dataset (as README says).
            var mergedOf = (System.Collections.ICollection)consumer.GetType("Consumer.ExtendedDataset+Meetings")!.GetMethod("Of")!.Invoke(null, new[] { putin })!;
            var shippedOf = (System.Collections.ICollection)shipped.GetType("SinoRussia.Dataset.Meetings")!.GetMethod("Of")!.Invoke(null, new[] { putin })!;
            var navigated = (System.Collections.ICollection)putin!.GetType().GetProperty("Meetings")!.GetValue(putin)!;
            mergedOf.Count.ShouldBe(shippedOf.Count + 1);
            navigated.Count.ShouldBe(shippedOf.Count);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Reusing_a_shipped_id_is_reported_at_the_own_record()
    {
        var run = Extend(Own.Replace("putin-wang-yi-2023-02-22", "wang-yi-shoigu-2025-02-28"));
        var d = run.Diagnostics.Single(x => x.Id == "SRD0007");
        d.Location.GetLineSpan().Path.ShouldBe("/consumer/SinoRussiaData/own.yaml");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
        d.GetMessage().ShouldContain("in the shipped dataset");
    }

    [Fact]
    public void An_own_id_whose_member_name_clashes_with_a_shipped_one_is_reported_at_the_own_record()
    {
        var run = Extend(Own.Replace("putin-wang-yi-2023-02-22", "wang_yi_shoigu_2025_02_28"));
        var d = run.Diagnostics.Single(x => x.Id == "SRD0012");
        d.Location.GetLineSpan().Path.ShouldBe("/consumer/SinoRussiaData/own.yaml");
        d.GetMessage().ShouldContain("'WangYiShoigu2025_02_28'");
    }

    [Fact]
    public void Own_topics_are_an_error_and_shipped_records_are_not_checked_again()
    {
        var run = Extend(Own + "topics:\n  - { id: arctic, name: Arctic }\n");

        var d = run.Diagnostics.Single();
        d.Id.ShouldBe("SRD0019");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(11);

        // No source texts are present, yet the shipped quotes raise no SRD0010 or SRD0009: they were
        // checked when the package was built.
        run.Diagnostics.ShouldNotContain(x => x.Id == "SRD0010" || x.Id == "SRD0009");
    }

    [Fact]
    public void Shipped_data_alone_generates_nothing()
    {
        var run = GeneratorHarness.RunExtension(Array.Empty<DatasetFile>());

        run.Sources.ShouldBeEmpty();
        run.Diagnostics.ShouldBeEmpty();
    }
}
