using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SinoRussia.Dataset.Generator.Hosting;

namespace SinoRussia.Dataset.Benchmarks;

/// <summary>
/// Edit latency: the synthetic dataset's meetings (and their quotes) split over FILES YAML files, the
/// generator run once through a GeneratorDriver (cold) and once more unchanged (warm); then, RUNS times,
/// one meeting's title in the first file is edited and the driver run again: the time an IDE or a
/// rebuild waits for the generator after one edit. Prints each run and the median; with --steps, the
/// time of the last edit by pipeline step (step tracking slows every run, so the times are then higher).
/// </summary>
public static class EditLatency
{
    public static int Run(int meetings, int files, int runs, bool steps = false)
    {
        var directory = Path.Combine(Path.GetTempPath(), "srd-edit-latency-" + Guid.NewGuid().ToString("N"));
        try
        {
            Synthetic.Write(meetings, directory);
            var inputs = Split(directory, files);
            var compilation = CSharpCompilation.Create("EditLatency", references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            // The generator package's public hosting API: the driver a build runs, with the build's roles.
            var driver = DatasetCheck.CreateDriver(inputs, out var texts, new DatasetCheckOptions { Namespace = "SinoRussia.Dataset" }, trackSteps: steps);

            var clock = Stopwatch.StartNew();
            driver = Checked(driver.RunGenerators(compilation));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold run: {clock.Elapsed.TotalMilliseconds:F0} ms ({meetings:N0} meetings in {files} files)"));
            // What the driver holds between runs (its cached steps and outputs), beside the inputs' texts held by the benchmark itself.
            GC.KeepAlive(driver);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held after the cold run: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB (inputs included); working set {Environment.WorkingSet / 1048576.0:F0} MiB, at most {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB so far"));
            clock.Restart();
            driver = Checked(driver.RunGenerators(compilation));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm run, nothing changed: {clock.Elapsed.TotalMilliseconds:F1} ms"));

            var part = inputs.FindIndex(t => t.Path.EndsWith("part-00.yaml", StringComparison.Ordinal));
            var edited = texts[part];
            var original = inputs[part].Text;
            var marker = "    title: Official ";
            var at = original.IndexOf(marker, original.IndexOf("quotes:\n", StringComparison.Ordinal) / 2, StringComparison.Ordinal); // a meeting mid-file
            if (at < 0)
            {
                throw new InvalidOperationException("No meeting title to edit in the first file.");
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var text = original.Insert(at + "    title: ".Length, $"Edited {i} ");
                var next = DatasetCheck.Text(edited.Path, text);
                driver = driver.ReplaceAdditionalText(edited, next);
                edited = next;
                var paused = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                clock.Restart();
                driver = Checked(driver.RunGenerators(compilation));
                times.Add(clock.Elapsed.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"edit {i + 1}: {times[^1]:F1} ms (GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:F0} MB allocated)"));
            }

            // With --steps (tracking slows every run): where the last edit's time went, by pipeline step.
            var byStep = driver.GetRunResult().Results.Single().TrackedSteps
                .Select(step => (step.Key, Ms: step.Value.Sum(run => run.ElapsedTime.TotalMilliseconds)))
                .Where(step => step.Ms >= 1).OrderByDescending(step => step.Ms);
            Console.WriteLine(!steps ? string.Empty : "last edit by step: " + string.Join(", ", byStep.Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Key} {step.Ms:F1} ms"))));
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"edit latency: median {times[times.Count / 2]:F1} ms, min {times[0]:F1}, max {times[^1]:F1} over {runs} edits ({meetings:N0} meetings in {files} files)"));
            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The run's errors fail the benchmark: a latency measured on broken data would measure nothing.</summary>
    private static GeneratorDriver Checked(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        if (errors.Count > 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("The generator reported errors: " + string.Join("; ", errors) + string.Join("; ", result.Results.Select(r => r.Exception?.Message)));
        }

        return driver;
    }

    /// <summary>Meetings and their quotes into <paramref name="files"/> files; officials, sources and the source texts as written.</summary>
    private static List<DatasetInput> Split(string directory, int files)
    {
        var texts = new List<DatasetInput>
        {
            new(Path.Combine(directory, "synthetic-officials.yaml"), File.ReadAllText(Path.Combine(directory, "synthetic-officials.yaml")), DatasetInputRole.Data),
            new(Path.Combine(directory, "synthetic-sources.yaml"), File.ReadAllText(Path.Combine(directory, "synthetic-sources.yaml")), DatasetInputRole.Data),
            new(Path.Combine(directory, "topics.yaml"), "topics:\n  - { id: bilateral-relations, name: Bilateral relations }\n", DatasetInputRole.Data),
        };
        texts.AddRange(Directory.GetFiles(Path.Combine(directory, "sources"), "*.txt").Order(StringComparer.Ordinal).Select(p => new DatasetInput(p, File.ReadAllText(p), DatasetInputRole.Source)));
        var meetings = Items(File.ReadAllText(Path.Combine(directory, "synthetic-meetings.yaml")));
        var quotes = Items(File.ReadAllText(Path.Combine(directory, "synthetic-quotes.yaml")));
        var perFile = (meetings.Count + files - 1) / files;
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder("meetings:\n");
            foreach (var meeting in meetings.Skip(f * perFile).Take(perFile))
            {
                text.Append(meeting);
            }

            text.Append("quotes:\n");
            foreach (var quote in quotes.Skip(2 * f * perFile).Take(2 * perFile))
            {
                text.Append(quote);
            }

            texts.Add(new DatasetInput(Path.Combine(directory, $"part-{f:D2}.yaml"), text.ToString(), DatasetInputRole.Data));
        }

        return texts;
    }

    /// <summary>The items of a top-level list (each starting at "  - ") as their text.</summary>
    private static List<string> Items(string list)
    {
        var items = new List<string>();
        var body = list[(list.IndexOf('\n') + 1)..];
        var start = 0;
        while (start < body.Length)
        {
            var next = body.IndexOf("\n  - ", start, StringComparison.Ordinal);
            var end = next < 0 ? body.Length : next + 1;
            items.Add(body[start..end]);
            start = end;
        }

        return items;
    }
}
