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
        var reader = new BlobReader(Required(OrderStream).Span);
        reader.ReadFormatVersion();

        var runs = new (int Segment, int Count)[reader.ReadInt()];
        var segments = 0;
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = (reader.ReadInt(), reader.ReadInt());
            Count += runs[i].Count;
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

    private static string Name(string stream, int segment) => stream + "." + segment.ToString(CultureInfo.InvariantCulture);

    private Blob Required(string name)
        => _blobs.TryGetValue(name, out var blob) ? blob : throw new InvalidOperationException($"{_holder.FullName} has no '{name}' data stream.");
}
