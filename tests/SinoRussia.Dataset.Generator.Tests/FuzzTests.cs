using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using SinoRussia.Dataset.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The generator over 10,000 inputs made by mutating the curated YAML: no exception ever escapes
/// (no CS8784/CS8785), and every input either gets an error diagnostic or generates code that
/// compiles without errors.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    public const int Inputs = 10_000;

    private static readonly string[] YamlSpecials =
    {
        "&a ", "*a", "!!binary ", "!!int ", "? ", "|", ">", "- ", ": ", "{", "}", "[", "]", "'", "\"", "#", "%YAML 1.1\n", "---\n", "...\n",
        "\t", "no", "on", "0123", "1.0", "~", "null", "2025-02-30", "\\", "\"\"\"", "*/", "#if", "\u202E", "\uFEFF",
    };

    [Fact]
    public void Ten_thousand_mutated_inputs_never_throw_and_either_fail_or_compile()
    {
        var files = Repository.CuratedFiles();
        var yamlIndices = files.Select((f, i) => (f, i)).Where(x => x.f.Role == "data").Select(x => x.i).ToArray();
        var watch = Stopwatch.StartNew();
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
        var results = new Stats[workers];

        Parallel.For(0, workers, worker =>
        {
            var stats = new Stats();
            var compilation = GeneratorHarness.Compilation();
            var driver = GeneratorHarness.Driver(files, out var texts, trackSteps: false);
            var current = texts.ToArray();
            for (var input = worker; input < Inputs; input += workers)
            {
                var random = new Random(input);
                var index = yamlIndices[random.Next(yamlIndices.Length)];
                var mutated = Mutate(files[index].Text!, random);
                var replacement = GeneratorHarness.Text(files[index].Path, mutated);
                driver = driver.ReplaceAdditionalText(current[index], replacement);
                current[index] = replacement;

                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out var generatorDiagnostics);
                var run = new GeneratorRun(driver.GetRunResult(), outputCompilation, generatorDiagnostics);
                var context = $"input {input} (seed {input}), file {Path.GetFileName(files[index].Path)}:\n{mutated}";
                run.Exception.ShouldBeNull(context);
                generatorDiagnostics.ShouldNotContain(d => d.Id == "CS8784" || d.Id == "CS8785", context);
                run.Diagnostics.Where(d => d.Id == "SRD0022").Select(d => d.GetMessage()).ShouldBeEmpty("an internal failure of the generator is never counted as a rejection: " + context);
                stats.Unreadable += run.Diagnostics.Count(d => d.Id == "SRD0014");
                stats.ReaderCrashes += run.Diagnostics.Count(d => d.Id == "SRD0001" && d.GetMessage().Contains("must be indented more than the block it stands in", StringComparison.Ordinal));
                if (run.HasErrors)
                {
                    run.Sources.ShouldBeEmpty(context);
                    stats.Rejected++;
                }
                else
                {
                    run.GeneratedCodeDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(context);
                    stats.Compiled++;
                }

                stats.Tried++;

                // Put the original back so the next input mutates the curated data again.
                var original = GeneratorHarness.Text(files[index].Path, files[index].Text);
                driver = driver.ReplaceAdditionalText(current[index], original);
                current[index] = original;
            }

            results[worker] = stats;
        });

        watch.Stop();
        var tried = results.Sum(r => r.Tried);
        tried.ShouldBe(Inputs);
        output.WriteLine($"fuzz: {tried} inputs, {results.Sum(r => r.Rejected)} rejected with an error diagnostic (SRD0014 'could not be processed': {results.Sum(r => r.Unreadable)}; " +
            $"SRD0001 for a line inside a flow collection indented no more than its block, where YamlDotNet's scanner throws: {results.Sum(r => r.ReaderCrashes)}; SRD0022 internal failure: 0), " +
            $"{results.Sum(r => r.Compiled)} generated code that compiled, 0 exceptions, {watch.Elapsed.TotalSeconds:F1} s on {workers} workers");
        results.Sum(r => r.Compiled).ShouldBeGreaterThan(0, "some mutations (comments, notes) leave valid data");
        results.Sum(r => r.Rejected).ShouldBeGreaterThan(0);
    }

    internal static string Mutate(string text, Random random)
    {
        var count = random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            var lines = text.Split('\n').ToList();
            var line = random.Next(lines.Count);
            var position = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(9))
            {
                case 0:
                    lines.RemoveAt(line);
                    text = string.Join("\n", lines);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    text = string.Join("\n", lines);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    text = string.Join("\n", lines);
                    break;
                case 3:
                    text = text.Substring(0, position);
                    break;
                case 4:
                    text = text.Insert(position, RandomString(random, random.Next(1, 9), 0, 256));
                    break;
                case 5:
                    var shift = random.Next(1, 5);
                    lines[line] = random.Next(2) == 0
                        ? new string(' ', shift) + lines[line]
                        : lines[line].Substring(Math.Min(shift, lines[line].Length - lines[line].TrimStart(' ').Length));
                    text = string.Join("\n", lines);
                    break;
                case 6:
                    text = text.Insert(position, RandomString(random, random.Next(1, 6), 0, 0x10000));
                    break;
                case 7:
                    if (text.Length > 0)
                    {
                        text = text.Remove(position, 1).Insert(position, ((char)random.Next(0x20, 0x7F)).ToString());
                    }

                    break;
                default:
                    text = text.Insert(position, YamlSpecials[random.Next(YamlSpecials.Length)]);
                    break;
            }
        }

        return text;
    }

    private static string RandomString(Random random, int length, int min, int max)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(min, max));
        }

        return builder.ToString();
    }

    private sealed class Stats
    {
        public int Tried;
        public int Rejected;
        public int Compiled;
        public int Unreadable;
        public int ReaderCrashes;
    }
}
