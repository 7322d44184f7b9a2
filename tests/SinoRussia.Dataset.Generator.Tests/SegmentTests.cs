using System.Reflection;
using System.Runtime.Loader;
using SinoRussia.Dataset.Benchmarks;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// A table is encoded file by file (one segment per YAML file) and merged by its order stream at run
/// time: the same records split over several files, their dates interleaved, read back exactly as from
/// one file, in table order (meetings by date then id, quotes by id).
/// </summary>
public class SegmentTests
{
    [Fact]
    public void Records_split_over_files_read_back_as_from_one_file_in_table_order()
    {
        var directory = Path.Combine(Path.GetTempPath(), "srd-segments-" + Guid.NewGuid().ToString("N"));
        try
        {
            Synthetic.Write(240, directory);
            var common = new[] { "synthetic-officials.yaml", "synthetic-sources.yaml" }
                .Select(name => DatasetFile.Data(Path.Combine(directory, name), File.ReadAllText(Path.Combine(directory, name))))
                .Concat(Directory.GetFiles(Path.Combine(directory, "sources")).Select(p => DatasetFile.Source(p, File.ReadAllText(p))))
                .Concat(Repository.CuratedFiles())
                .ToList();
            var meetingsText = File.ReadAllText(Path.Combine(directory, "synthetic-meetings.yaml"));
            var quotesText = File.ReadAllText(Path.Combine(directory, "synthetic-quotes.yaml"));

            // One file each, as Synthetic writes them; then the meetings dealt round-robin over three files
            // (so each file holds dates from the whole range) and the quotes over those and a fourth file of
            // quotes only (a segment number the meetings table does not have).
            var whole = Read(common.Append(DatasetFile.Data(Path.Combine(directory, "synthetic-meetings.yaml"), meetingsText))
                .Append(DatasetFile.Data(Path.Combine(directory, "synthetic-quotes.yaml"), quotesText)), out var wholeSource);
            var meetings = Items(meetingsText);
            var quotes = Items(quotesText);
            var parts = Enumerable.Range(0, 4).Select(f =>
                (f < 3 ? "meetings:\n" + string.Concat(meetings.Where((_, i) => i % 3 == f)) : string.Empty)
                + "quotes:\n" + string.Concat(quotes.Where((_, i) => i % 4 == f)));
            var split = Read(common.Concat(parts.Select((text, f) => DatasetFile.Data(Path.Combine(directory, $"part-{f}.yaml"), text))), out var splitSource);

            Segments(splitSource).ShouldBe(Segments(wholeSource) + 2, "the synthetic meetings in three files, not one");
            split.Meetings.Count.ShouldBeGreaterThan(240);
            split.Meetings.ShouldBe(whole.Meetings);
            split.Quotes.ShouldBe(whole.Quotes);
            split.MeetingKeys.ShouldBe(split.MeetingKeys.OrderBy(k => k.Earliest).ThenBy(k => k.Id, StringComparer.Ordinal).ToList(), "meetings by date, then id");
            split.Quotes.Select(q => q.Split('|')[0]).ShouldBe(split.Quotes.Select(q => q.Split('|')[0]).Order(StringComparer.Ordinal), "quotes by id");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Long_and_short_runs_of_a_segment_read_back_in_order()
    {
        // 5,000 organisations in one file and two in another whose ids fall among them: runs of 101, 1,
        // 3,900, 1 and 999 records (the index pass reads a run of 2,048 or more by other code).
        var many = "organisations:\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"  - {{ id: org-{i:D5}, name: Org {i} }}\n"));
        var two = "organisations:\n  - { id: org-00100a, name: Between 100 and 101 }\n  - { id: org-04000a, name: Between 4000 and 4001 }\n";
        var run = GeneratorHarness.Run(new[] { DatasetFile.Data("/data/many.yaml", many), DatasetFile.Data("/data/two.yaml", two) });
        run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
        using var stream = new MemoryStream();
        run.Output.Emit(stream).Success.ShouldBeTrue();
        var context = new AssemblyLoadContext("runs", isCollectible: true);
        try
        {
            var all = All(context.LoadFromStream(new MemoryStream(stream.ToArray())), "Organisations");
            var expected = Enumerable.Range(0, 5000).Select(i => $"org-{i:D5}").Append("org-00100a").Append("org-04000a").Order(StringComparer.Ordinal).ToList();
            all.Select(o => (string)Get(o, "Id")!).ShouldBe(expected);
            all.Select(o => (string)Get(o, "Name")!).Where(n => n.StartsWith("Between", StringComparison.Ordinal)).ShouldBe(new[] { "Between 100 and 101", "Between 4000 and 4001" });
            Get(all[4001], "Name").ShouldBe("Org 4000", "the last record of the long run");
            Get(all[4003], "Name").ShouldBe("Org 4001", "the first of the run after it");
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData("order", "has format 2; this library reads format 3", false)]
    [InlineData("records.0", "has format 2; this library reads format 3", false)]
    [InlineData("format 2 layout", "has format 2; this library reads format 3", false)]
    [InlineData("format 2 layout", "has format 2; this library reads format 3", true)]
    [InlineData("short order", "is corrupt: its order leaves records of segment 0 out", false)]
    [InlineData("long order", "is corrupt: its order asks for more records of segment 0 than it holds", false)]
    [InlineData("too many runs", "is corrupt: its order counts more runs than it holds", false)]
    [InlineData("too many records", "is corrupt: its order counts more records than a table can hold", false)]
    [InlineData("no strings", "has no 'strings.0' data stream", false)]
    [InlineData("no strings", "has no 'strings.0' data stream", true)]
    [InlineData("no order", "has no 'order' data stream", false)]
    public void A_table_in_another_storage_format_or_corrupt_is_refused_with_a_message(string change, string message, bool reflection)
    {
        // The first number of the order and of each segment is the format (3, written "C"). An earlier
        // generator's table (format 2: one records stream, no order), an order that does not place every
        // record or asks for more than there is, and a missing stream must fail with a message, never be
        // read as if they were right; through the metadata and through reflection (BlobSource.ForceReflection).
        // Numbers are five bits a character: '@' is 0, 'A' 1, 'C' 3; '\u007F' carries 31 and says more follow.
        var largest = string.Concat(Enumerable.Repeat("\\u007F", 6)) + "A"; // int.MaxValue
        var run = GeneratorHarness.Run(SnapshotTests.SmallFixture());
        var table = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Officials.g.cs", StringComparison.Ordinal));
        var segment = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Officials.0.g.cs", StringComparison.Ordinal));
        const string Order = "DataBlob(\"order\", \"CA@B\")"; // format 3, one run: segment 0, two records
        table.GetText().ToString().ShouldContain(Order);
        string Change(string text) => change switch
        {
            "order" => text.Replace(Order, "DataBlob(\"order\", \"BA@B\")"),
            "records.0" => text.Replace("DataBlob(\"records.0\", \"C", "DataBlob(\"records.0\", \"B"),
            "format 2 layout" => System.Text.RegularExpressions.Regex.Replace(text, @".*DataBlob\(""order"".*\n", string.Empty)
                .Replace("DataBlob(\"records.0\", \"C", "DataBlob(\"records\", \"B").Replace("\"strings.0\"", "\"strings\"").Replace("\"lengths.0\"", "\"lengths\""),
            "short order" => text.Replace(Order, "DataBlob(\"order\", \"CA@A\")"),
            "long order" => text.Replace(Order, "DataBlob(\"order\", \"CA@C\")"),
            "too many runs" => text.Replace(Order, "DataBlob(\"order\", \"CE@B\")"),
            "too many records" => text.Replace(Order, "DataBlob(\"order\", \"CB@" + largest + "@" + largest + "\")"),
            "no strings" => System.Text.RegularExpressions.Regex.Replace(text, @".*DataBlob\(""strings\.0"".*\n", string.Empty),
            "no order" => System.Text.RegularExpressions.Regex.Replace(text, @".*DataBlob\(""order"".*\n", string.Empty),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        // The table's file holds the order, the segment's file the segment's three streams.
        var older = run.Output;
        var changedAny = false;
        foreach (var tree in new[] { table, segment })
        {
            var text = tree.GetText().ToString();
            var changed = Change(text);
            changedAny |= changed != text;
            older = older.ReplaceSyntaxTree(tree, Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(changed, GeneratorHarness.ParseOptions, tree.FilePath));
        }

        changedAny.ShouldBeTrue();
        using var image = new MemoryStream();
        older.Emit(image).Success.ShouldBeTrue();
        var context = new AssemblyLoadContext("changed-table", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
            assembly.GetType("SinoRussia.Dataset.Storage.BlobSource")!.GetProperty("ForceReflection", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, reflection);
            var all = assembly.GetType("SinoRussia.Dataset.Officials")!.GetProperty("All")!;
            // The order is read for the count (when All is got, through reflection here), a segment for the first record.
            var thrown = Should.Throw<Exception>(() => ((System.Collections.IList)all.GetValue(null)!)[0]);
            (thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown)
                .ShouldBeOfType<InvalidOperationException>().Message.ShouldContain(message);
        }
        finally
        {
            context.Unload();
        }
    }

    private static int Segments(string meetingsSources) => System.Text.RegularExpressions.Regex.Matches(meetingsSources, "DataBlob\\(\"records\\.").Count;

    private sealed record Tables(List<string> Meetings, List<(DateOnly Earliest, string Id)> MeetingKeys, List<string> Quotes);

    /// <summary>Every meeting and quote of the compiled data as text (their fields and links), in table order.</summary>
    private static Tables Read(IEnumerable<DatasetFile> files, out string meetingsSource)
    {
        var run = GeneratorHarness.Run(files);
        run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        // The meetings table's file and its segments' files, one after the other.
        meetingsSource = string.Join("\n", run.Sources.Where(s => s.HintName == "Meetings.g.cs" || System.Text.RegularExpressions.Regex.IsMatch(s.HintName, @"^Meetings\.\d+\.g\.cs$"))
            .OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.SourceText.ToString()));
        using var stream = new MemoryStream();
        run.Output.Emit(stream).Success.ShouldBeTrue();
        var context = new AssemblyLoadContext("segments", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
            var meetings = All(assembly, "Meetings");
            var quotes = All(assembly, "Quotes");
            return new Tables(
                meetings.Select(m => string.Join("|", Get(m, "Id"), Get(m, "Title"), Get(m, "Date"), Get(m, "Format"),
                    string.Join(",", ((System.Collections.IEnumerable)Get(m, "Participants")!).Cast<object>()),
                    string.Join(",", ((System.Collections.IEnumerable)Get(m, "Sources")!).Cast<object>().Select(s => Get(s, "Id"))))).ToList(),
                meetings.Select(m => ((DateOnly)Get(Get(m, "Date")!, "Earliest")!, (string)Get(m, "Id")!)).ToList(),
                quotes.Select(q => string.Join("|", Get(q, "Id"), q, Get(Get(q, "Meeting")!, "Id"), Get(Get(q, "Source")!, "Id"), Get(q, "Kind"))).ToList());
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<object> All(Assembly assembly, string table)
        => ((System.Collections.IEnumerable)assembly.GetType("SinoRussia.Dataset." + table)!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    private static object? Get(object record, string property) => record.GetType().GetProperty(property)!.GetValue(record);

    /// <summary>The items of a top-level list (each starting at "  - ") as their text.</summary>
    private static List<string> Items(string list)
    {
        var body = list[(list.IndexOf('\n') + 1)..];
        return body.Split("\n  - ").Select((item, i) => (i == 0 ? item : "  - " + item).TrimEnd('\n') + "\n").ToList();
    }
}
