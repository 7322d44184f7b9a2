using System.Reflection;
using System.Runtime.Loader;
using SinoRussia.Dataset.Benchmarks;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The benchmarks' quick mode, as a CI smoke test (no timing asserts): the synthetic dataset generator
/// writes valid data, the generator compiles it with the curated data, and the compiled tables decode
/// to the same counts at run time, through both the metadata path and the reflection fallback.
/// </summary>
public class ScaleSmokeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_synthetic_dataset_compiles_and_decodes_to_every_record(bool reflectionFallback)
    {
        const int Count = 300;
        var directory = Path.Combine(Path.GetTempPath(), "srd-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            Synthetic.Write(Count, directory);
            var files = Directory.GetFiles(directory, "*.yaml").Select(p => DatasetFile.Data(p, File.ReadAllText(p)))
                .Concat(Directory.GetFiles(Path.Combine(directory, "sources")).Select(p => DatasetFile.Source(p, File.ReadAllText(p))))
                .Concat(Repository.CuratedFiles());
            var run = GeneratorHarness.Run(files);
            run.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();

            using var stream = new MemoryStream();
            run.Output.Emit(stream).Success.ShouldBeTrue();
            var context = new AssemblyLoadContext("synthetic", isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(new MemoryStream(stream.ToArray()));
                assembly.GetType("SinoRussia.Dataset.Storage.BlobSource")!.GetProperty("ForceReflection", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, reflectionFallback);
                var curatedMeetings = File.ReadAllText(Path.Combine(Repository.DataDirectory, "meetings.yaml")).Split("\n  - id: ").Length - 1;
                var meetings = (System.Collections.IList)assembly.GetType("SinoRussia.Dataset.Meetings")!.GetProperty("All")!.GetValue(null)!;
                var quotes = (System.Collections.IList)assembly.GetType("SinoRussia.Dataset.Quotes")!.GetProperty("All")!.GetValue(null)!;
                meetings.Count.ShouldBe(Count + curatedMeetings);
                quotes.Cast<object>().Count(q => ((string)q.GetType().GetProperty("Id")!.GetValue(q)!).StartsWith("synthetic-", StringComparison.Ordinal)).ShouldBe(2 * Count);
                var expected = File.ReadAllLines(Path.Combine(directory, "synthetic-quotes.yaml")).Last(l => l.StartsWith("    text: ", StringComparison.Ordinal))["    text: ".Length..].Trim('"');
                var last = assembly.GetType("SinoRussia.Dataset.Quotes")!.GetMethod("ById")!.Invoke(null, new object[] { $"synthetic-quote-{Count - 1:D6}-b" })!;
                last.GetType().GetProperty("Text")!.GetValue(last).ShouldBe(expected);
            }

            finally
            {
                context.Unload();
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Between_merges_meetings_dated_to_a_month_or_a_year_in_date_order()
    {
        var dates = new[] { ("2024-05", "month"), ("2024", "year"), ("2024-05-20", "day"), ("2024-06", "month"), ("2023-12-31", "day"), ("2025", "year") };
        var yaml = new System.Text.StringBuilder("meetings:\n");
        for (var i = 0; i < dates.Length; i++)
        {
            yaml.Append($"  - id: loose-{i}\n    title: Loose {i}\n    date: {{ value: \"{dates[i].Item1}\", precision: {dates[i].Item2}, basis: inferred, note: Test. }}\n")
                .Append("    format: phone\n    participants:\n      - { official: xi-jinping, role: participant }\n      - { official: vladimir-putin, role: participant }\n")
                .Append("    sources: [china-daily-2024-10-31]\n");
        }

        var run = GeneratorHarness.Run(Repository.CuratedFiles().Append(DatasetFile.Data("/data/loose.yaml", yaml.ToString())));
        run.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
        using var stream = new MemoryStream();
        run.Output.Emit(stream).Success.ShouldBeTrue();
        var context = new AssemblyLoadContext("between", isCollectible: true);
        try
        {
            var meetings = context.LoadFromStream(new MemoryStream(stream.ToArray())).GetType("SinoRussia.Dataset.Meetings")!;
            var all = ((System.Collections.IEnumerable)meetings.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            DateOnly Bound(object meeting, string which)
            {
                var date = meeting.GetType().GetProperty("Date")!.GetValue(meeting)!;
                return (DateOnly)date.GetType().GetProperty(which)!.GetValue(date)!;
            }

            var between = meetings.GetMethod("Between")!;
            var checkedRanges = 0;
            for (var from = new DateOnly(2023, 11, 1); from <= new DateOnly(2026, 1, 31); from = from.AddDays(9))
            {
                foreach (var days in new[] { 0, 3, 20, 45, 400 })
                {
                    var to = from.AddDays(days);
                    var expected = all.Where(m => Bound(m, "Earliest") <= to && Bound(m, "Latest") >= from).ToList();
                    var actual = ((System.Collections.IEnumerable)between.Invoke(null, new object[] { from, to })!).Cast<object>().ToList();
                    actual.ShouldBe(expected, $"{from}..{to}");
                    checkedRanges++;
                }
            }

            checkedRanges.ShouldBeGreaterThan(100);
        }
        finally
        {
            context.Unload();
        }
    }
}
