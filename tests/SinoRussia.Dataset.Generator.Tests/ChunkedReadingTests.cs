using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Parsing;
using SinoRussia.Dataset.Generator.Pipeline;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// A file read in pieces (<see cref="ChunkCutter"/>, <see cref="ChunkParser"/>, <see cref="ChunkAssembler"/>)
/// gives what the whole read gives: the same records, every value at the same place in the file, the same
/// diagnostics at the same places, in the same order. Checked on the curated files, on layouts the cutter
/// has to refuse or the pieces have to give up on, and on thousands of mutated files, each cut into pieces of
/// 1, 2, 3 and 64 items; and in the pipeline, an edit of one item reads again only its piece.
/// </summary>
public class ChunkedReadingTests(ITestOutputHelper output)
{
    private const string Path = "/data/test.yaml";

    public static TheoryData<string, string> Layouts() => new()
    {
        { "items at column 0", "topics:\n- id: a\n  name: A\n- id: b\n  name: B\n" },
        { "comments and blank lines between items", "# head\ntopics:\n  # first\n  - id: a\n    name: A\n\n# at column 0\n  - id: b\n    name: B\n   # deeper\n" },
        { "CRLF line ends", "topics:\r\n  - id: a\r\n    name: A\r\n  - id: b\r\n    name: B\r\n" },
        { "a lone CR", "topics:\r  - id: a\r    name: A\r  - id: b\r    name: B\r" },
        { "a quoted value over an item's line", "topics:\n  - id: a\n    name: \"A\n  - id: b\n    name: B\"\n  - id: c\n    name: C\n" },
        { "a quoted value over a key's line", "topics:\n  - id: a\n    name: \"A\nmechanisms:\n  - id: b\"\n  - id: c\n    name: C\n" },
        { "a syntax error in one item", "topics:\n  - id: a\n    name: A\n  - id: b\n    name: [B\n  - id: c\n    name: C\n" },
        { "an anchor in one item", "topics:\n  - id: a\n    name: &x A\n  - id: b\n    name: B\n" },
        { "a key given twice", "topics:\n  - id: a\n    name: A\ntopics:\n  - id: b\n    name: B\n" },
        { "an unknown top-level key", "topics:\n  - id: a\n    name: A\nfoo:\n  - id: b\n" },
        { "a list with no items", "topics:\nmechanisms:\n  - id: b\n    name: B\n" },
        { "a flow list", "topics: [{ id: a, name: A }]\n" },
        { "a scalar item", "topics:\n  - a\n  - id: b\n    name: B\n" },
        { "a tab", "topics:\n  - id: a\n\tname: A\n" },
        { "a document marker", "---\ntopics:\n  - id: a\n    name: A\n" },
        { "two documents", "topics:\n  - id: a\n    name: A\n---\nmechanisms:\n  - id: b\n    name: B\n" },
        { "a byte order mark", "\uFEFFtopics:\n  - id: a\n    name: A\n" },
        { "an item less indented", "topics:\n    - id: a\n      name: A\n  - id: b\n    name: B\n" },
        { "a value under the list's key", "topics:\n  id: a\n" },
        { "a missing field and an unknown key", "topics:\n  - id: a\n  - id: b\n    name: B\n    nmae: C\n" },
        { "a block scalar", "topics:\n  - id: a\n    name: |\n      A\n      - not an item\n  - id: b\n    name: B\n" },
        { "nesting 31 deep in an item", "topics:\n  - id: a\n    name: " + new string('[', 29) + "x" + new string(']', 29) + "\n" },
        { "nesting 30 deep in an item", "topics:\n  - id: a\n    name: " + new string('[', 28) + "x" + new string(']', 28) + "\n" },
        { "a comment after a key", "topics:   # the vocabulary\n  - id: a\n    name: A\n" },
        { "a dash without a space", "topics:\n  -id: a\n" },
        { "a lone surrogate", "topics:\n  - id: a\n    name: A\uD800\n  - id: b\n    name: B\n" },
        { "a NUL in a comment", "topics:\n  - id: a\n    name: A\n# \0\n  - id: b\n    name: B\n" },
        { "a colon starting an item after a flow list", "topics:\n  - id: a\n    name: [A]\n  - :id: b\n    name: B\n" },
        { "a scalar item starting with a colon after a flow list", "topics:\n  - id: a\n    name: [A]\n  - :x\n" },
        { "an explicit key with no value at a piece's end", "topics:\n  - id: a\n    ? name\n  - id: b\n    name: B\n" },
        { "characters outside the BMP", "topics:\n  - id: a\n    name: A \U0001F600\n  - id: b\n    name: B\n" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_layout_reads_the_same_in_pieces_as_whole(string layout, string text)
    {
        foreach (var size in new[] { 1, 2, 64 })
        {
            Compare(text, size, layout);
        }
    }

    [Fact]
    public void The_curated_files_are_cut_and_read_the_same_in_pieces()
    {
        foreach (var file in Repository.CuratedFiles().Where(f => f.Role == "data"))
        {
            ChunkCutter.Cut(file.Path, false, file.Text!, CancellationToken.None).ShouldNotBeNull(file.Path + " is laid out as the cutter expects");
            foreach (var size in new[] { 1, 3, 64 })
            {
                Compare(file.Text!, size, file.Path).ShouldBe(Outcome.Pieces, file.Path);
            }
        }
    }

    [Fact]
    public void Mutated_files_read_the_same_in_pieces_as_whole()
    {
        var files = Repository.CuratedFiles().Where(f => f.Role == "data").ToList();
        var outcomes = new Dictionary<Outcome, int>();
        for (var input = 0; input < 3000; input++)
        {
            var random = new Random(input);
            var file = files[random.Next(files.Count)];
            var text = FuzzTests.Mutate(file.Text!, random);
            var outcome = Compare(text, new[] { 1, 2, 3, 64 }[random.Next(4)], $"input {input} ({System.IO.Path.GetFileName(file.Path)})");
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
        outcomes.GetValueOrDefault(Outcome.Pieces).ShouldBeGreaterThan(300, "many mutations keep the layout and are read in pieces");
        outcomes.GetValueOrDefault(Outcome.WholeAfterPieces).ShouldBeGreaterThan(10, "some are cut but a piece does not read on its own");
        outcomes.GetValueOrDefault(Outcome.NotCut).ShouldBeGreaterThan(10, "some are not cut at all");
    }

    [Fact]
    public void Editing_one_item_of_a_long_list_reads_only_its_piece_again()
    {
        var items = new StringBuilder("mechanisms:\n");
        for (var i = 0; i < 200; i++)
        {
            items.Append($"  - id: zz-mechanism-{i}\n    name: Mechanism {i}\n");
        }

        var files = Repository.CuratedFiles().Append(DatasetFile.Data(System.IO.Path.Combine(Repository.DataDirectory, "zz-mechanisms.yaml"), items.ToString())).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, out var texts).RunGenerators(compilation);
        var first = driver.GetRunResult();
        first.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var pieces = Reasons(first.Results.Single(), DatasetGenerator.TrackingNames.ParsedChunks).Count;

        var extra = texts.Single(t => t.Path.EndsWith("zz-mechanisms.yaml", StringComparison.Ordinal));
        var edited = items.ToString().Replace("name: Mechanism 150\n", "name: Mechanism one hundred and fifty\n");
        var result = driver.ReplaceAdditionalText(extra, GeneratorHarness.Text(extra.Path, edited)).RunGenerators(compilation).GetRunResult();

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var read = Reasons(result.Results.Single(), DatasetGenerator.TrackingNames.ParsedChunks);
        read.Count.ShouldBe(pieces);
        read.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, "the piece with mechanism 150 (items 128-191) is read again");
        read.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(pieces - 1, "no other piece is read again: 4 of the new file and those of the curated files");
        result.Results.Single().GeneratedSources.Single(s => s.HintName == "Mechanisms.g.cs").SourceText.ToString().ShouldContain("Mechanism one hundred and fifty");
    }

    [Fact]
    public void A_file_whose_piece_does_not_read_alone_is_read_whole_once_not_at_every_edit_of_another_file()
    {
        // An anchor: the piece with it does not read on its own, and the whole read reports it. While the file
        // stays so, an edit of another file must not read it whole again.
        const string Odd = "mechanisms:\n  - id: zz-a\n    name: A\n  - id: zz-b\n    name: &x B\n";
        var oddPath = System.IO.Path.Combine(Repository.DataDirectory, "zz-odd.yaml");
        ChunkCutter.Cut(oddPath, false, Odd, CancellationToken.None)!.Chunks.Select(c => ChunkParser.Parse(c, CancellationToken.None))
            .ShouldContain(c => c.Read == null, "the test needs a piece that does not read alone");
        var files = Repository.CuratedFiles().Append(DatasetFile.Data(oddPath, Odd)).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files, out var texts).RunGenerators(compilation);
        driver.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().Path).ShouldBe(new[] { oddPath });

        var topics = texts.Single(t => t.Path.EndsWith("topics.yaml", StringComparison.Ordinal));
        var run = driver.ReplaceAdditionalText(topics, GeneratorHarness.Text(topics.Path, topics.GetText()!.ToString() + "# a comment\n")).RunGenerators(compilation).GetRunResult();
        run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().Path).ShouldBe(new[] { oddPath }, "still reported");
        var parsed = run.Results.Single().TrackedSteps[DatasetGenerator.TrackingNames.ParsedFiles].SelectMany(s => s.Outputs).ToList();
        var odd = parsed.Single(o => ((ParsedFile)o.Value).Path == oddPath);
        odd.Reason.ShouldBe(IncrementalStepRunReason.Cached, "the odd file is not read whole again when another file is edited");
        parsed.ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    private enum Outcome
    {
        NotCut,
        Pieces,
        WholeAfterPieces,
    }

    /// <summary>Reads <paramref name="text"/> whole and in pieces of <paramref name="size"/> items and asserts the two agree.</summary>
    private static Outcome Compare(string text, int size, string context)
    {
        var whole = YamlDatasetParser.Parse(Path, text, false, CancellationToken.None);
        var cut = ChunkCutter.Cut(Path, false, text, CancellationToken.None, size);
        if (cut is null)
        {
            return Outcome.NotCut;
        }

        cut.Text().ShouldBe(text, context + ": the pieces and gaps are the text");
        var chunks = cut.Chunks.Select(c => ChunkParser.Parse(c, CancellationToken.None)).ToImmutableArray();
        var assembled = ChunkAssembler.Assemble(ImmutableArray.Create(cut), chunks, CancellationToken.None).Single();
        (assembled.ReadWhole is null).ShouldBe(chunks.All(c => c.Read is not null), context + ": a file is read whole exactly when a piece does not read alone");
        Describe(ChunkAssembler.Parsed(assembled, CancellationToken.None)).ShouldBe(Describe(whole), context + $" (pieces of {size})");
        return chunks.All(c => c.Read is not null) ? Outcome.Pieces : Outcome.WholeAfterPieces;
    }

    /// <summary>A file's records, every value with its place in the file (not its number), and its placed diagnostics.</summary>
    private static string Describe(ParsedFile file)
    {
        var tables = new Dictionary<string, SpanTable> { [file.Path] = file.SpanTable };
        var text = new StringBuilder();
        foreach (var property in new object[] { file.Sources, file.Organisations, file.Mechanisms, file.Topics, file.Officials, file.Meetings, file.Quotes })
        {
            Walk(property, tables, text);
            text.Append('\n');
        }

        foreach (var diagnostic in file.Diagnostics.Select(d => d.Place(tables)))
        {
            text.Append(diagnostic.Id).Append(' ').Append(diagnostic.Span).Append(' ').Append(string.Join(" | ", diagnostic.Arguments)).Append('\n');
        }

        return text.ToString();
    }

    private static void Walk(object? value, IReadOnlyDictionary<string, SpanTable> tables, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("null ");
                return;
            case string or int or bool:
                text.Append(value).Append(' ');
                return;
            case ValueRef where:
                text.Append(SpanTable.Find(where, tables)).Append(' ');
                return;
            case YamlPath path:
                text.Append(path.ToString()).Append(' ');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Walk(item, tables, text);
                }

                text.Append("] ");
                return;
        }

        text.Append(value.GetType().Name).Append('{');
        foreach (var property in value.GetType().GetProperties().Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0))
        {
            text.Append(property.Name).Append('=');
            Walk(property.GetValue(value), tables, text);
        }

        text.Append("} ");
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
