using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The index pass over a table's record streams, and the readers of the lists inside a record that
/// <see cref="RecordReader"/> uses. A table is read once, on first use, into the positions of
/// its records; a record object is created when first asked for and holds only its id and position
/// (and a meeting its date, which orders and filters them); everything else is read from the stream
/// when the record is first asked for it. The layout of each
/// record is written by the generator's <c>RecordEncoder</c>:
/// <code>
/// segment  := version count record*       (a table is segments merged by its order: TableData)
/// record   := id eager* detailsLength details        (eager: a meeting's date)
/// string   := 0 (null) | n + 1 (string n of its segment's string table)
/// date     := 0 (none) | precision+1 year month day
/// list(x)  := count x*
/// </code>
/// </summary>
internal static class RecordDecoder
{
    /// <summary>The records in a run from which it is read by code optimised at once.</summary>
    private const int LongRun = 2048;

    /// <summary>
    /// The table as a <see cref="RecordList{T}"/>: its count is read at once, from the table's order
    /// stream (its runs, a few numbers each); the pass over its records (<see cref="ReadIndex"/>) waits
    /// until a record is first asked for, so that <c>Quotes.All.Count</c> reads no record.
    /// </summary>
    public static RecordList<T> ReadTable<T>(TableData data, Func<TableIndex, int, T> create)
        where T : class
    {
        var dated = typeof(T) == typeof(Meeting);
        return new RecordList<T>(data, data.Count, table => ReadIndex(table, dated), create);
    }

    /// <summary>
    /// One pass that notes each record's segment, id, where its
    /// details start and, for meetings, the date, taking the segments' records in the order's runs; a
    /// record object is then created from those alone, when first asked for.
    /// </summary>
    public static TableIndex ReadIndex(TableData data, bool dated)
    {
        var count = data.Count;
        var index = new TableIndex(new TableSegment[data.SegmentCount], new int[count], new int[count], new int[count], dated ? new PartialDate[count] : null);
        var positions = new int[data.SegmentCount];
        var left = new int[data.SegmentCount];
        var runs = data.Runs;
        var i = 0;
        for (var r = 0; r < runs.Length; r++)
        {
            var (number, length) = runs[r];
            var segment = index.Segments[number];
            if (segment is null)
            {
                segment = index.Segments[number] = data.Segment(number);
                var start = new BlobReader(segment.Records.Span);
                start.ReadFormatVersion();
                left[number] = start.ReadInt();
                positions[number] = start.Position;
            }

            if (length > left[number])
            {
                throw data.Corrupt($"its order asks for more records of segment {number} than it holds");
            }

            // A long run is read by code optimised at once (tier-0 code and the switch to optimised code
            // in the loop cost more than the JIT there); a short one by ordinary code, whose JIT costs less.
            positions[number] = length >= LongRun
                ? ReadLongRun(segment, positions[number], number, i, length, index)
                : ReadRun(segment, positions[number], number, i, length, index);
            left[number] -= length;
            i += length;
        }

        for (var number = 0; number < left.Length; number++)
        {
            if (index.Segments[number] is null || left[number] != 0)
            {
                throw data.Corrupt($"its order leaves records of segment {number} out");
            }
        }

        return index;
    }

    /// <summary><see cref="ReadRun"/> compiled optimised at once (measured at 100,000 meetings: the index pass at par with one stream; at the curated size the same for every run cost 3 ms of JIT).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int ReadLongRun(TableSegment segment, int position, int number, int first, int length, TableIndex index)
        => ReadRun(segment, position, number, first, length, index);

    /// <summary>The next <paramref name="length"/> records of one segment, from <paramref name="position"/>, as records <paramref name="first"/> onwards of the table; returns where they end.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ReadRun(TableSegment segment, int position, int number, int first, int length, TableIndex index)
    {
        var reader = new BlobReader(segment.Records.Span, position);
        var segmentOf = index.SegmentOf;
        var ids = index.Ids;
        var details = index.Details;
        var dates = index.Dates;
        for (int i = first, end = first + length; i < end; i++)
        {
            segmentOf[i] = number;
            ids[i] = reader.ReadInt();
            if (dates is not null)
            {
                dates[i] = reader.ReadDate() ?? throw new InvalidOperationException("A meeting without a date in the compiled data.");
            }

            var size = reader.ReadInt();
            details[i] = reader.Position;
            reader.Skip(size);
        }

        return reader.Position;
    }

    public static Meeting CreateMeeting(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Dates![i], index.Details[i]);

    public static Source CreateSource(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Details[i]);

    public static Organisation CreateOrganisation(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Details[i]);

    public static Mechanism CreateMechanism(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Details[i]);

    public static Official CreateOfficial(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Details[i]);

    public static Quote CreateQuote(TableIndex index, int i) => new(index.Segments[index.SegmentOf[i]], index.Ids[i], index.Details[i]);

    public static string[] ReadRequiredStrings(TableSegment data, ref BlobReader reader) => ReadReferences(data, ref reader, static id => id);

    public static Topic[] ReadTopics(TableSegment data, ref BlobReader reader) => ReadReferences(data, ref reader, Topics.ById);

    /// <summary>A list of strings, each turned into what it names (itself, a topic, a record).</summary>
    public static T[] ReadReferences<T>(TableSegment data, ref BlobReader reader, Func<string, T> resolve)
    {
        var count = reader.ReadInt();
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = resolve(data.RequiredString(reader.ReadInt()));
        }

        return items;
    }
}

/// <summary>
/// A table's segments, and per record its segment's number, its id's string reference there, where its
/// details start and (meetings) its date. Numbers, not a reference per record: an array of 100,000
/// references to young objects costs every garbage collection a scan of its cards. Fields, not
/// properties: the index pass runs once, as unoptimised code that would compile and call each getter.
/// </summary>
internal sealed class TableIndex
{
    public readonly TableSegment[] Segments;
    public readonly int[] SegmentOf;
    public readonly int[] Ids;
    public readonly int[] Details;
    public readonly PartialDate[]? Dates;

    public TableIndex(TableSegment[] segments, int[] segmentOf, int[] ids, int[] details, PartialDate[]? dates)
    {
        Segments = segments;
        SegmentOf = segmentOf;
        Ids = ids;
        Details = details;
        Dates = dates;
    }
}
