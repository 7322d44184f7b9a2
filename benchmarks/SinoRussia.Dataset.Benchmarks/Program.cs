using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using SinoRussia.Dataset;
using SinoRussia.Dataset.Benchmarks;

// Commands (see docs/performance.md):
//   generate N DIR                 write a synthetic dataset of N meetings into DIR
//   first-access compiled|compiled-all|json|yaml [PATH...] [--parts] [--jit]   one cold measurement in this (fresh) process
//                                  (--parts: the compiled way's parts; --jit: the methods the JIT compiled and its time)
//                                  (compiled: the records; compiled-all: also every title, text and speaker)
//   first-access-report RUNS JSON YAMLDIR...     RUNS fresh processes per way, medians and ratios
//   export-json PATH               write the compiled data as JSON (the export the JSON reader reads)
//   queries [BenchmarkDotNet args] the index-vs-LINQ query benchmarks
//   edit-latency N FILES RUNS [--steps]  the generator re-run (GeneratorDriver, warm) after editing one meeting of N in FILES files
var clock = Stopwatch.StartNew();
switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "generate":
        Synthetic.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        return 0;
    case "first-access":
        return FirstAccess(args[1], args.Skip(2).ToArray(), clock);
    case "first-access-report":
        return Report(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args.Skip(3).ToArray());
    case "export-json":
        File.WriteAllText(args[1], SinoRussiaDataset.Shipped.ToJson(indented: false));
        return 0;
    case "edit-latency":
        return EditLatency.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args.Contains("--steps"));
    case "queries":
        BenchmarkSwitcher.FromTypes(new[] { typeof(QueryBenchmarks) }).Run(args.Skip(1).ToArray());
        return 0;
    default:
        Console.Error.WriteLine("usage: generate N DIR | first-access compiled|compiled-all|json|yaml [PATH...] [--parts] [--jit] | first-access-report RUNS JSON YAMLDIR | export-json PATH | edit-latency N FILES RUNS | queries");
        return 2;
}

// The measured work, the same for the three ways: every meeting, a group-by-year over them, every quote.
// paths may hold the flags --parts and --jit, read after the measurement (the JSON and YAML ways skip them).
static int FirstAccess(string way, string[] paths, Stopwatch clock)
{
    int meetings, years, quotes;
    switch (way)
    {
        case "compiled":
            var all = Meetings.All;
            var afterMeetings = clock.Elapsed.TotalMilliseconds;
            meetings = all.Count;
            years = all.GroupBy(m => m.Date.Year).Count();
            var afterGroup = clock.Elapsed.TotalMilliseconds;
            quotes = Quotes.All.Count;
            if (paths.Contains("--parts"))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"meetings {afterMeetings:F1} ms, group {afterGroup - afterMeetings:F1} ms, quotes {clock.Elapsed.TotalMilliseconds - afterGroup:F1} ms"));
            }

            break;
        case "compiled-all":
            // Everything the readers build: every meeting's title, participants and their officials,
            // every quote's text and speaker.
            meetings = Meetings.All.Count;
            years = Meetings.All.GroupBy(m => m.Date.Year).Count();
            var touched = 0L;
            foreach (var meeting in Meetings.All)
            {
                touched += meeting.Title.Length + meeting.Participants.Count + meeting.Participants[0].Official.Name.Length;
            }

            foreach (var quote in Quotes.All)
            {
                touched += quote.Text.Length + quote.Speaker.Name.Length;
            }

            quotes = touched > 0 ? Quotes.All.Count : 0;
            break;
        case "json":
            var json = Readers.ReadJson(paths.First(p => !p.StartsWith("--", StringComparison.Ordinal)));
            meetings = json.Meetings.Count;
            years = json.Meetings.GroupBy(m => m.Date.Substring(0, 4)).Count();
            quotes = json.Quotes.Count;
            break;
        case "yaml":
            var yaml = Readers.ReadYaml(paths.Where(p => !p.StartsWith("--", StringComparison.Ordinal)).SelectMany(p => Directory.GetFiles(p, "*.yaml")).OrderBy(p => p, StringComparer.Ordinal));
            meetings = yaml.Meetings.Count;
            years = yaml.Meetings.GroupBy(m => m.Date.Value.Substring(0, 4)).Count();
            quotes = yaml.Quotes.Count;
            break;
        default:
            throw new ArgumentException("compiled, json or yaml", nameof(way));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{way} {clock.Elapsed.TotalMilliseconds:F2} ms meetings={meetings} years={years} quotes={quotes}"));
    if (paths.Contains("--jit"))
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms"));
    }

    return 0;
}

static int Report(int runs, string json, string[] yamlDirectories)
{
    var self = typeof(Synthetic).Assembly.Location;
    var medians = new Dictionary<string, double>();
    foreach (var (way, extra) in new[] { ("compiled", Array.Empty<string>()), ("compiled-all", Array.Empty<string>()), ("json", new[] { json }), ("yaml", yamlDirectories) })
    {
        var times = new List<double>();
        string? counts = null;
        for (var i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { self, "first-access", way }.Concat(extra))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            var parts = line.Split(' ');
            times.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            counts ??= string.Join(' ', parts.Skip(3));
        }

        times.Sort();
        medians[way] = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{way,-9} median {medians[way],9:F1} ms  (min {times[0]:F1}, max {times[^1]:F1}, {runs} fresh processes)  {counts}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"json/compiled {medians["json"] / medians["compiled"]:F1}x   yaml/compiled {medians["yaml"] / medians["compiled"]:F1}x   json/compiled-all {medians["json"] / medians["compiled-all"]:F1}x   yaml/compiled-all {medians["yaml"] / medians["compiled-all"]:F1}x"));
    return 0;
}
