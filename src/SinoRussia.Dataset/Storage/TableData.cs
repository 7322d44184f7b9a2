using System;
using System.Globalization;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// One compiled table: its segments (one per YAML file that gave it records, each its records and
/// strings, <see cref="TableSegment"/>) and the order in which their records make the table. The
/// generator encodes a table file by file, so that an edit re-encodes one file's segment; the
/// <c>order</c> stream, written by the generator's <c>TableAssembler</c>, merges them:
/// <code>
/// order    := version runCount run*
/// run      := segment count       (the next count records of that segment)
/// segment  := the streams records.N, strings.N and lengths.N of the holder
/// </code>
/// </summary>
internal sealed class TableData
{
    public const string OrderStream = "order";
    public const string RecordsStream = "records";
    public const string StringsStream = "strings";
    public const string LengthsStream = "lengths";

    // Fields, not properties: this code runs once, on first access, as unoptimised code that calls
    // every property getter (each one compiled first); see BlobSet.
    private readonly BlobSet _blobs;
    private readonly Type _holder;
    private readonly TableSegment?[] _segments;

    /// <summary>The store the table belongs to.</summary>
    public readonly DataStore Store;

    /// <summary>The records of the table, over all its segments.</summary>
    public readonly int Count;

    /// <summary>The table in order: runs of consecutive records of one segment (not to be changed).</summary>
    public readonly (int Segment, int Count)[] Runs;

    /// <summary>The segments, numbered from 0 (some may give this table no record).</summary>
    public readonly int SegmentCount;

    public TableData(DataStore store, Type holder)
    {
        _blobs = BlobSource.Read(holder);
        _holder = holder;
        Store = store;
        if (!_blobs.TryGet(OrderStream, out var order))
        {
            // A table of an earlier format (one records stream, no order) is refused with its format number.
            if (_blobs.TryGet(RecordsStream, out var single))
            {
                new BlobReader(single.Span).ReadFormatVersion();
            }

            throw Missing(OrderStream);
        }

        var reader = new BlobReader(order.Span);
        reader.ReadFormatVersion();
        var runCount = reader.ReadInt();
        if (runCount > (order.Length - reader.Position) / 2)
        {
            throw Corrupt("its order counts more runs than it holds");
        }

        var runs = new (int Segment, int Count)[runCount];
        var segments = 0;
        var count = 0L;
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = (reader.ReadInt(), reader.ReadInt());
            count += runs[i].Count;
            if (count > int.MaxValue)
            {
                throw Corrupt("its order counts more records than a table can hold");
            }

            segments = Math.Max(segments, runs[i].Segment + 1);
        }

        Count = (int)count;
        Runs = runs;
        SegmentCount = segments;
        _segments = new TableSegment?[segments];
    }

    /// <summary>The segment numbered <paramref name="number"/>, read on first use (called by the index pass only, under its lock).</summary>
    public TableSegment Segment(int number)
        => _segments[number] ??= new TableSegment(Store, Required(Name(RecordsStream, number)),
            new StringTable(Required(Name(StringsStream, number)), Required(Name(LengthsStream, number))));

    /// <summary>The error for compiled data that contradicts itself (which the generator never writes).</summary>
    public InvalidOperationException Corrupt(string what) => new($"The compiled data of {_holder.FullName} is corrupt: {what}.");

    private static string Name(string stream, int segment) => stream + "." + segment.ToString(CultureInfo.InvariantCulture);

    private Blob Required(string name) => _blobs.TryGet(name, out var blob) ? blob : throw Missing(name);

    private InvalidOperationException Missing(string name) => new($"{_holder.FullName} has no '{name}' data stream.");
}
