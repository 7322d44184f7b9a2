using System;
using System.Collections.Generic;
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

    private readonly Dictionary<string, Blob> _blobs;
    private readonly Type _holder;
    private readonly TableSegment?[] _segments;

    public TableData(DataStore store, Type holder)
    {
        _blobs = BlobSource.Read(holder);
        _holder = holder;
        Store = store;
        if (!_blobs.ContainsKey(OrderStream) && _blobs.TryGetValue(RecordsStream, out var single))
        {
            // A table of an earlier format (one records stream, no order): refused with its format number.
            new BlobReader(single.Span).ReadFormatVersion();
        }

        var order = Required(OrderStream);
        var reader = new BlobReader(order.Span);
        reader.ReadFormatVersion();
        var runCount = reader.ReadInt();
        if (runCount > (order.Length - reader.Position) / 2)
        {
            throw Corrupt("its order counts more runs than it holds");
        }

        var runs = new (int Segment, int Count)[runCount];
        var segments = 0;
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = (reader.ReadInt(), reader.ReadInt());
            var total = (long)Count + runs[i].Count;
            Count = total <= int.MaxValue ? (int)total : throw Corrupt("its order counts more records than a table can hold");
            segments = Math.Max(segments, runs[i].Segment + 1);
        }

        Runs = runs;
        _segments = new TableSegment?[segments];
    }

    public DataStore Store { get; }

    /// <summary>The records of the table, over all its segments.</summary>
    public int Count { get; }

    /// <summary>The segments, numbered from 0 (some may give this table no record).</summary>
    public int SegmentCount => _segments.Length;

    /// <summary>The table in order: runs of consecutive records of one segment (not to be changed).</summary>
    public (int Segment, int Count)[] Runs { get; }

    /// <summary>The segment numbered <paramref name="number"/>, read on first use (called by the index pass only, under its lock).</summary>
    public TableSegment Segment(int number)
        => _segments[number] ??= new TableSegment(Store, Required(Name(RecordsStream, number)),
            new StringTable(Required(Name(StringsStream, number)), Required(Name(LengthsStream, number))));

    /// <summary>The error for compiled data that contradicts itself (which the generator never writes).</summary>
    public InvalidOperationException Corrupt(string what) => new($"The compiled data of {_holder.FullName} is corrupt: {what}.");

    private static string Name(string stream, int segment) => stream + "." + segment.ToString(CultureInfo.InvariantCulture);

    private Blob Required(string name)
        => _blobs.TryGetValue(name, out var blob) ? blob : throw new InvalidOperationException($"{_holder.FullName} has no '{name}' data stream.");
}
