using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SinoRussia.Dataset;

namespace SinoRussia.Dataset.Benchmarks;

/// <summary>
/// The prepared lookups against the LINQ scan a user would write without them, on whatever data the
/// library was built with (build with -p:SinoRussiaExtraData=DIR for the synthetic sizes). In process:
/// BenchmarkDotNet must not rebuild the library without the extra data.
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    /// <summary>BenchmarkDotNet's short run (3 warm-ups, 3 iterations), in process.</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private string _id = "";
    private Official _official = null!;
    private DateOnly _from;
    private DateOnly _to;

    [GlobalSetup]
    public void Setup()
    {
        var all = Meetings.All;
        var meeting = all[all.Count / 2];
        _id = meeting.Id;
        _official = meeting.Participants[0].Official;
        _from = meeting.Date.Earliest;
        _to = _from.AddDays(7);

        // Build every index once, as a long-running program would have.
        Meetings.ById(_id);
        Meetings.Of(_official);
        Quotes.By(_official);
        Meetings.Between(_from, _to);
    }

    [Benchmark]
    public Meeting ById_index() => Meetings.ById(_id);

    [Benchmark]
    public Meeting ById_scan() => Meetings.All.First(m => m.Id == _id);

    [Benchmark]
    public int Of_index() => Meetings.Of(_official).Count;

    [Benchmark]
    public int Of_scan() => Meetings.All.Count(m => m.Involves(_official));

    [Benchmark]
    public int By_index() => Quotes.By(_official).Count;

    [Benchmark]
    public int By_scan() => Quotes.All.Count(q => q.Speaker == _official);

    [Benchmark]
    public int Between_index() => Meetings.Between(_from, _to).Count;

    [Benchmark]
    public int Between_scan() => Meetings.All.Count(m => m.Date.Latest >= _from && m.Date.Earliest <= _to);
}
