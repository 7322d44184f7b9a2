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
}
