using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The one decoder of the record streams. A table is read once, on first use, into record objects
/// that hold only their id and position (and a meeting its date, which orders and filters them);
/// everything else is read from the stream when a record is first asked for it. The layout of each
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
    // The table loops run once per table, over every record: compiled fully optimised at once rather
    // than starting in the JIT's quick first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Meeting[] ReadMeetings(TableData data)
    {
        var reader = data.Start();
        var items = new Meeting[reader.ReadInt()];
        for (var i = 0; i < items.Length; i++)
        {
            var id = reader.ReadInt();
            var date = reader.ReadDate() ?? throw new InvalidOperationException("A meeting without a date in the compiled data.");
            var length = reader.ReadInt();
            items[i] = new Meeting(data, id, date, reader.Position);
            reader.Skip(length);
        }

        return items;
    }

    public static Source[] ReadSources(TableData data) => ReadSimple(data, (d, id, at) => new Source(d, id, at));

    public static Organisation[] ReadOrganisations(TableData data) => ReadSimple(data, (d, id, at) => new Organisation(d, id, at));

    public static Mechanism[] ReadMechanisms(TableData data) => ReadSimple(data, (d, id, at) => new Mechanism(d, id, at));

    public static Official[] ReadOfficials(TableData data) => ReadSimple(data, (d, id, at) => new Official(d, id, at));

    public static Quote[] ReadQuotes(TableData data) => ReadSimple(data, (d, id, at) => new Quote(d, id, at));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] ReadSimple<T>(TableData data, Func<TableData, int, int, T> create)
    {
        var reader = data.Start();
        var items = new T[reader.ReadInt()];
        for (var i = 0; i < items.Length; i++)
        {
            var id = reader.ReadInt();
            var length = reader.ReadInt();
            items[i] = create(data, id, reader.Position);
            reader.Skip(length);
        }

        return items;
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
