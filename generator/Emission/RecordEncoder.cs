using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;


namespace SinoRussia.Dataset.Generator.Emission;

/// <summary>The three streams of one compiled table.</summary>
internal sealed record TableStreams(string Records, string Strings, string Lengths);

/// <summary>
/// Encodes a table's records in the layout the runtime's <c>RecordDecoder</c> and record types read:
/// <code>
/// table    := version count record*
/// record   := id eager* detailsLength details        (eager: a meeting's date)
/// details  := the record's own fields, then string* (one per added field of its shape; none today)
/// string   := 0 (null) | n + 1 (string n of the table's string table)
/// date     := 0 (none) | precision+1 year month day
/// list(x)  := count x*
/// </code>
/// References to other records are their ids (strings), so a table's bytes change only when its own
/// records do. Vocabulary values are the ordinals of the runtime enums.
/// </summary>
internal static class RecordEncoder
{
    public static TableStreams Sources(IReadOnlyList<SourceModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Source, cancellationToken, s => s.Id, null, (s, w, t) =>
        {
            w.Int(t.Reference(s.File)).Int(t.Reference(s.Publisher)).Int(t.Reference(s.Title));
            Date(w, s.Published);
            w.Int(t.Reference(s.PublishedTime)).Int(t.Reference(s.TimeZone)).Int(t.Reference(s.Dateline))
                .Int(t.Reference(s.Author)).Int(t.Reference(s.Language)).Int(t.Reference(s.Notes));
        });

    public static TableStreams Organisations(IReadOnlyList<OrganisationModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Organisation, cancellationToken, o => o.Id, null, (o, w, t) => w.Int(t.Reference(o.Name)).Int(t.Reference(o.Country)));

    public static TableStreams Mechanisms(IReadOnlyList<MechanismModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Mechanism, cancellationToken, m => m.Id, null, (m, w, t) => w.Int(t.Reference(m.Name)));

    public static TableStreams Officials(IReadOnlyList<OfficialModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Official, cancellationToken, o => o.Id, null, (o, w, t) =>
        {
            w.Int(t.Reference(o.Name));
            List(w, o.Aliases, a => w.Int(t.Reference(a)));
            w.Int(t.Reference(o.Country));
            List(w, o.Positions, p =>
            {
                w.Int(t.Reference(p.Title)).Int(t.Reference(p.Organisation));
                Date(w, p.Start);
                Date(w, p.End);
                w.Int(t.Reference(p.Note));
            });
        });

    public static TableStreams Meetings(IReadOnlyList<MeetingModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Meeting, cancellationToken, m => m.Id, (m, w) => Date(w, m.Date), (m, w, t) =>
        {
            w.Int(t.Reference(m.Title)).Int((int)m.DateBasis).Int(t.Reference(m.DateNote));
            w.Bool(m.Place is not null);
            if (m.Place is { } p)
            {
                w.Int(t.Reference(p.City)).Int(t.Reference(p.Country)).Int(t.Reference(p.Venue)).Int((int)p.Basis).Int(t.Reference(p.Note));
            }

            w.Int((int)m.Format).Int(t.Reference(m.Mechanism)).Int(t.Reference(m.Occasion));
            List(w, m.Participants, x => w.Int(t.Reference(x.Official)).Int((int)x.Role).Int(t.Reference(x.TitleInSource)));
            List(w, m.Topics, x => w.Int(t.Reference(x)));
            List(w, m.Outcomes, x => w.Int(t.Reference(x)));
            List(w, m.Sources, x => w.Int(t.Reference(x)));
        });

    public static TableStreams Quotes(IReadOnlyList<QuoteModel> records, CancellationToken cancellationToken = default)
        => Encode(records, DatasetSchema.Quote, cancellationToken, q => q.Id, null, (q, w, t) =>
        {
            w.Int((int)q.Kind).Int(t.Reference(q.Speaker)).Int(t.Reference(q.Meeting)).Int(t.Reference(q.Source)).Int(t.Reference(q.Text));
            List(w, q.Topics, x => w.Int(t.Reference(x)));
            w.Int((int)q.Attribution);
        });

    private static TableStreams Encode<T>(IReadOnlyList<T> records, Shape shape, CancellationToken cancellationToken, Func<T, string> id, Action<T, BlobWriter>? eager, Action<T, BlobWriter, StringTableBuilder> details)
        where T : EntityModel
    {
        var strings = new StringTableBuilder();
        var table = new BlobWriter().Int(BlobWriter.FormatVersion).Int(records.Count);
        var encoded = 0;
        foreach (var record in records)
        {
            if ((++encoded & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            table.Int(strings.Reference(id(record)));
            eager?.Invoke(record, table);
            var body = new BlobWriter();
            details(record, body, strings);
            AddedFields(body, strings, shape, record.Added);
            table.Int(body.Length).Raw(body);
        }

        return new TableStreams(table.ToString(), strings.Strings, strings.Lengths);
    }

    /// <summary>
    /// After a record's own fields, one string per added field of its shape (<c>Field.IsAdded</c>), in the
    /// shape's order: 0 when the record leaves it out. Nothing when the shape has none, so the layout of a
    /// shape without added fields is the one above.
    /// </summary>
    private static void AddedFields(BlobWriter writer, StringTableBuilder strings, Shape shape, EquatableArray<AddedValue> values)
    {
        foreach (var field in shape.AddedFields)
        {
            string? value = null;
            foreach (var added in values)
            {
                if (added.Key == field.Key)
                {
                    value = added.Value;
                    break;
                }
            }

            writer.Int(strings.Reference(value));
        }
    }

    private static void List<T>(BlobWriter writer, EquatableArray<T> items, Action<T> write)
        where T : IEquatable<T>
    {
        writer.Int(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static void Date(BlobWriter writer, DateModel? date)
    {
        if (date is null)
        {
            writer.Int(0);
            return;
        }

        writer.Int((int)date.Precision + 1).Int(date.Year).Int(date.Month).Int(date.Day);
    }
}
