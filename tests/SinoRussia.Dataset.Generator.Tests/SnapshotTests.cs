using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>The generated source, compared with approved snapshots in Snapshots/.</summary>
public class SnapshotTests
{
    internal static IReadOnlyList<DatasetFile> SmallFixture()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "small");
        return new[]
        {
            DatasetFile.Data("/fixture/dataset.yaml", File.ReadAllText(Path.Combine(folder, "dataset.yaml"))),
            DatasetFile.Source("/fixture/document.txt", File.ReadAllText(Path.Combine(folder, "document.txt"))),
        };
    }

    private static readonly string[] HintNames =
    {
        "DatasetStorage.g.cs", "Topics.g.cs", "Sources.g.cs", "Organisations.g.cs", "Mechanisms.g.cs", "Officials.g.cs", "Meetings.g.cs", "Quotes.g.cs",
        "Sources.0.g.cs", "Organisations.0.g.cs", "Mechanisms.0.g.cs", "Officials.0.g.cs", "Meetings.0.g.cs", "Quotes.0.g.cs",
    };

    public static TheoryData<string> GeneratedFiles() => new(HintNames);

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_source_matches_the_approved_snapshot(string hintName)
    {
        var run = GeneratorHarness.Run(SmallFixture());

        run.Diagnostics.ShouldBeEmpty();
        run.Sources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(HintNames.OrderBy(n => n, StringComparer.Ordinal));
        var source = run.Sources.Single(s => s.HintName == hintName).SourceText.ToString();
        source.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator(hintName.Replace(".g.cs", string.Empty)).WithFileExtension(".cs").NoDiff());
    }

    [Fact]
    public void Fixture_output_compiles_with_the_runtime_library()
    {
        var run = GeneratorHarness.Run(SmallFixture());

        run.Exception.ShouldBeNull();
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Curated_data_generates_without_diagnostics_and_compiles()
    {
        var run = GeneratorHarness.Run(Repository.CuratedFiles());

        run.Exception.ShouldBeNull();
        run.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        run.CompilationErrors.Select(d => d.ToString()).ShouldBeEmpty();
        run.Sources.Count.ShouldBe(14, "a file per table and per segment (each curated table comes from one file), the storage and the topics");
    }

    [Fact]
    public void No_dataset_files_means_no_output_and_no_diagnostics()
    {
        var run = GeneratorHarness.Run(Array.Empty<DatasetFile>());

        run.Sources.ShouldBeEmpty();
        run.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Records_are_data_not_code_whatever_their_number()
    {
        // 450 organisations in one file: the table is DataBlob string constants, its order in the table's file and its one segment's
        // three streams in the segment's; no constructor call, no loader method, no array initializer per record. Only the named
        // members grow with the count.
        var yaml = "organisations:\n" + string.Concat(Enumerable.Range(0, 450).Select(i => $"  - {{ id: org-{i}, name: Org {i} }}\n"));
        var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/orgs.yaml", yaml) });

        run.Diagnostics.ShouldBeEmpty();
        var table = run.Sources.Single(s => s.HintName == "Organisations.g.cs").SourceText.ToString();
        var segment = run.Sources.Single(s => s.HintName == "Organisations.0.g.cs").SourceText.ToString();
        foreach (var text in new[] { table, segment })
        {
            text.ShouldNotContain("new global::SinoRussia.Dataset.Organisation(");
            text.ShouldNotContain("new global::SinoRussia.Dataset.Organisation[");
        }

        System.Text.RegularExpressions.Regex.Matches(table, @"\[global::SinoRussia\.Dataset\.Storage\.DataBlob\(").Count.ShouldBe(1, "the order");
        System.Text.RegularExpressions.Regex.Matches(segment, @"\[global::SinoRussia\.Dataset\.Storage\.DataBlob\(").Count.ShouldBe(3, "the segment's three streams");
        segment.Split('\n').Length.ShouldBeLessThan(20, "the segment's file is its three streams and the class, whatever the count");
        System.Text.RegularExpressions.Regex.Matches(table, @"=> DatasetStorage\.Store\.Organisations\.Own\(\d+\);").Count.ShouldBe(450);
        segment.ShouldContain("org-449Org 449", customMessage: "the strings stream holds ids and names back to back, not one literal each");
        run.CompilationErrors.ShouldBeEmpty();
    }
}
