using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The one decoder of the record streams. A table is read once, on first use, into the positions of
/// its records; a record object is created when first asked for and holds only its id and position
/// (and a meeting its date, which orders and filters them); everything else is read from the stream
/// when the record is first asked for it. The layout of each
/// record is written by the generator's <c>RecordEncoder</c>:
/// <code>
/// table    := version count record*
/// record   := id eager* detailsLength details        (eager: a meeting's date)
/// string   := 0 (null) | n + 1 (string n of the table's string table)
/// date     := 0 (none) | precision+1 year month day
/// list(x)  := count x*
/// </code>
/// </summary>
internal static class RecordDecoder
{
    /// <summary>
    /// The table as a <see cref="RecordList{T}"/>: one pass notes where each record starts (skipping
    /// its details by their length); records are created when first asked for.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RecordList<T> ReadTable<T>(TableData data, Func<TableData, int, T> create)
        where T : class
    {
        var dated = typeof(T) == typeof(Meeting);
        var reader = data.Start();
        var starts = new int[reader.ReadInt()];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.Position;
            reader.ReadInt();
            if (dated)
            {
                reader.ReadDate();
            }

            reader.Skip(reader.ReadInt());
        }

        return new RecordList<T>(data, starts, create);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Meeting CreateMeeting(TableData data, int start)
    {
        var reader = data.Reader(start);
        var id = reader.ReadInt();
        var date = reader.ReadDate() ?? throw new InvalidOperationException("A meeting without a date in the compiled data.");
        reader.ReadInt();
        return new Meeting(data, id, date, reader.Position);
    }

    public static Source CreateSource(TableData data, int start) => Simple(data, start, static (d, id, at) => new Source(d, id, at));

    public static Organisation CreateOrganisation(TableData data, int start) => Simple(data, start, static (d, id, at) => new Organisation(d, id, at));

    public static Mechanism CreateMechanism(TableData data, int start) => Simple(data, start, static (d, id, at) => new Mechanism(d, id, at));

    public static Official CreateOfficial(TableData data, int start) => Simple(data, start, static (d, id, at) => new Official(d, id, at));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Quote CreateQuote(TableData data, int start)
    {
        var reader = data.Reader(start);
        var id = reader.ReadInt();
        reader.ReadInt();
        return new Quote(data, id, reader.Position);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Simple<T>(TableData data, int start, Func<TableData, int, int, T> create)
    {
        var reader = data.Reader(start);
        var id = reader.ReadInt();
        reader.ReadInt();
        return create(data, id, reader.Position);
    }

    public static string[] ReadRequiredStrings(TableData data, ref BlobReader reader)
    {
        var count = reader.ReadInt();
        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = data.RequiredString(reader.ReadInt());
        }

        return values;
    }

    public static Topic[] ReadTopics(TableData data, ref BlobReader reader)
    {
        var count = reader.ReadInt();
        if (count == 0)
        {
            return Array.Empty<Topic>();
        }

        var topics = new Topic[count];
        for (var i = 0; i < count; i++)
        {
            topics[i] = Topics.ById(data.RequiredString(reader.ReadInt()));
        }

        return topics;
    }

    public static T[] ReadReferences<T>(TableData data, ref BlobReader reader, Func<string, T> resolve)
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

    public static List<Participant> ReadParticipants(TableData data, ref BlobReader reader, PartialDate meetingDate)
    {
        var count = reader.ReadInt();
        var participants = new List<Participant>(count);
        for (var i = 0; i < count; i++)
        {
            var official = reader.ReadInt();
            var role = (ParticipantRole)reader.ReadInt();
            var title = data.String(reader.ReadInt());
            participants.Add(new Participant(data, official, role, title, meetingDate));
        }

        return participants;
    }
}
