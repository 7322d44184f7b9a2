using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Storage;

/// <summary>
/// The one reader of a record's details, the mirror of the generator's <c>RecordEncoder</c>: field by
/// field in the order the encoder writes them (the order of the record's shape in
/// <c>schema/DatasetSchema.cs</c>, a meeting's date eager, a quote's attribution last, then the
/// schema's added fields, by the shape alone). The records
/// ask for their details through <see cref="IStoredTable"/> and never read the bytes themselves.
/// </summary>
internal static class RecordReader
{
    public static Source.Details Source(TableSegment data, int offset)
    {
        var reader = data.Reader(offset);
        var details = new Source.Details
        {
            File = data.RequiredString(reader.ReadInt()),
            Publisher = data.String(reader.ReadInt()),
            Title = data.String(reader.ReadInt()),
            Published = reader.ReadDate(),
            PublishedTime = data.String(reader.ReadInt()),
            TimeZone = data.String(reader.ReadInt()),
            Dateline = data.String(reader.ReadInt()),
            Author = data.String(reader.ReadInt()),
            Language = data.String(reader.ReadInt()),
            Notes = data.String(reader.ReadInt()),
        };
        return Added(details, data, ref reader, DatasetSchema.Source);
    }

    public static Organisation.Details Organisation(TableSegment data, int offset)
    {
        var reader = data.Reader(offset);
        var details = new Organisation.Details { Name = data.RequiredString(reader.ReadInt()), Country = data.String(reader.ReadInt()) };
        return Added(details, data, ref reader, DatasetSchema.Organisation);
    }

    public static Mechanism.Details Mechanism(TableSegment data, int offset)
    {
        var reader = data.Reader(offset);
        var details = new Mechanism.Details { Name = data.RequiredString(reader.ReadInt()) };
        return Added(details, data, ref reader, DatasetSchema.Mechanism);
    }

    public static Official.Details Official(TableSegment data, int offset)
    {
        var reader = data.Reader(offset);
        var details = new Official.Details
        {
            Name = data.RequiredString(reader.ReadInt()),
            Aliases = ReadOnly.Wrap(RecordDecoder.ReadRequiredStrings(data, ref reader)),
            Country = data.RequiredString(reader.ReadInt()),
        };
        var positions = new Position[reader.ReadInt()];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new Position
            {
                Title = data.RequiredString(reader.ReadInt()),
                Organisation = data.Store.Organisations.ById(data.RequiredString(reader.ReadInt())),
                Start = reader.ReadDate() ?? throw new InvalidOperationException("A post without a start in the compiled data."),
                End = reader.ReadDate(),
                Note = data.String(reader.ReadInt()),
            };
        }

        details.Positions = ReadOnly.Wrap(positions);
        return Added(details, data, ref reader, DatasetSchema.Official);
    }

    public static Meeting.Details Meeting(TableSegment data, int offset, PartialDate date)
    {
        var reader = data.Reader(offset);
        var details = new Meeting.Details
        {
            Title = data.RequiredString(reader.ReadInt()),
            DateBasis = (FactBasis)reader.ReadInt(),
            DateNote = data.String(reader.ReadInt()),
        };
        if (reader.ReadBool())
        {
            details.Place = new Place
            {
                City = data.String(reader.ReadInt()),
                Country = data.RequiredString(reader.ReadInt()),
                Venue = data.String(reader.ReadInt()),
                Basis = (FactBasis)reader.ReadInt(),
                Note = data.String(reader.ReadInt()),
            };
        }

        details.Format = (MeetingFormat)reader.ReadInt();
        var mechanismId = data.String(reader.ReadInt());
        details.Mechanism = mechanismId is null ? null : data.Store.Mechanisms.ById(mechanismId);
        details.Occasion = data.String(reader.ReadInt());
        details.Participants = Participants(data, ref reader, date).AsReadOnly();
        details.Topics = ReadOnly.Wrap(RecordDecoder.ReadTopics(data, ref reader));
        details.Outcomes = ReadOnly.Wrap(RecordDecoder.ReadRequiredStrings(data, ref reader));
        details.Sources = ReadOnly.Wrap(RecordDecoder.ReadReferences(data, ref reader, data.Store.Sources.ById));
        return Added(details, data, ref reader, DatasetSchema.Meeting);
    }

    public static Quote.Details Quote(TableSegment data, int offset)
    {
        var reader = data.Reader(offset);
        var details = new Quote.Details
        {
            Kind = (QuoteKind)reader.ReadInt(),
            SpeakerId = data.RequiredString(reader.ReadInt()),
            MeetingId = data.RequiredString(reader.ReadInt()),
            SourceId = data.RequiredString(reader.ReadInt()),
            Text = data.RequiredString(reader.ReadInt()),
        };
        var topics = RecordDecoder.ReadTopics(data, ref reader);
        details.Topics = topics.Length == 0 ? Array.Empty<Topic>() : ReadOnly.Wrap(topics);
        details.Attribution = (SpeakerAttribution)reader.ReadInt();
        return Added(details, data, ref reader, DatasetSchema.Quote);
    }

    /// <summary>
    /// The values of the added fields of <paramref name="shape"/> (<c>Field.IsAdded</c>), read after the
    /// record's own fields: one string each, in the shape's order, absent when 0.
    /// </summary>
    private static TDetails Added<TDetails>(TDetails details, TableSegment data, ref BlobReader reader, Shape shape)
        where TDetails : RecordDetails
    {
        if (shape.AddedFields.Count == 0)
        {
            return details;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in shape.AddedFields)
        {
            if (data.String(reader.ReadInt()) is { } value)
            {
                values.Add(field.Key, value);
            }
        }

        // Built here and handed on, so wrapped without the copy ReadOnly.Wrap makes of a caller's dictionary.
        details.AdditionalFields = values.Count == 0 ? RecordDetails.NoAdditionalFields : new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(values);
        return details;
    }

    private static List<Participant> Participants(TableSegment data, ref BlobReader reader, PartialDate meetingDate)
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
