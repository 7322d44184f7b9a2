using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>A meeting, call or talks that a source document reports.</summary>
public sealed class Meeting
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private Details? _details;

    /// <summary>Creates a meeting.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="title">A one-line description.</param>
    /// <param name="date">The date, to its known precision.</param>
    /// <param name="dateBasis">Whether the date is stated, from a dateline, or inferred.</param>
    /// <param name="dateNote">How the date is known, where not plainly stated.</param>
    /// <param name="place">Where it took place; null for calls and virtual meetings.</param>
    /// <param name="format">In person, virtual or phone.</param>
    /// <param name="mechanism">The standing mechanism it belongs to, where stated.</param>
    /// <param name="occasion">The event it took place at, where stated.</param>
    /// <param name="participants">Who took part.</param>
    /// <param name="topics">What was discussed.</param>
    /// <param name="outcomes">Agreements and outcomes the documents state, as excerpts.</param>
    /// <param name="sources">The documents that report it.</param>
    public Meeting(string id, string title, PartialDate date, FactBasis dateBasis, string? dateNote, Place? place, MeetingFormat format,
        Mechanism? mechanism, string? occasion, IReadOnlyList<Participant> participants, IReadOnlyList<Topic> topics,
        IReadOnlyList<string> outcomes, IReadOnlyList<Source> sources)
    {
        _id = id;
        Date = date;
        _details = new Details(title, dateBasis, dateNote, place, format, mechanism, occasion, ReadOnly.Wrap(participants),
            ReadOnly.Wrap(topics), ReadOnly.Wrap(outcomes), ReadOnly.Wrap(sources));
    }

    internal Meeting(TableData data, int idReference, PartialDate date, int offset)
    {
        _data = data;
        _idReference = idReference;
        Date = date;
        _offset = offset;
    }

    /// <summary>The stable id, such as <c>wang-yi-shoigu-2025-02-28</c>.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>A one-line description.</summary>
    public string Title => D.Title;

    /// <summary>The date, to its known precision.</summary>
    public PartialDate Date { get; }

    /// <summary>Whether the date is stated, from a dateline, or inferred.</summary>
    public FactBasis DateBasis => D.DateBasis;

    /// <summary>How the date is known, where not plainly stated.</summary>
    public string? DateNote => D.DateNote;

    /// <summary>Where it took place; null for calls and virtual meetings.</summary>
    public Place? Place => D.Place;

    /// <summary>In person, virtual or phone.</summary>
    public MeetingFormat Format => D.Format;

    /// <summary>The standing mechanism it belongs to, where stated.</summary>
    public Mechanism? Mechanism => D.Mechanism;

    /// <summary>The event it took place at, where stated (such as the 16th BRICS Summit).</summary>
    public string? Occasion => D.Occasion;

    /// <summary>Who took part.</summary>
    public IReadOnlyList<Participant> Participants => D.Participants;

    /// <summary>What was discussed.</summary>
    public IReadOnlyList<Topic> Topics => D.Topics;

    /// <summary>Agreements and outcomes the documents state, as verbatim excerpts.</summary>
    public IReadOnlyList<string> Outcomes => D.Outcomes;

    /// <summary>The documents that report it.</summary>
    public IReadOnlyList<Source> Sources => D.Sources;

    /// <summary>The quotes said at this meeting, in the dataset this meeting belongs to (empty for a meeting built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _data?.Store.Quotes.At(this) ?? Array.Empty<Quote>();

    /// <summary>Whether <paramref name="official"/> took part.</summary>
    /// <param name="official">The official.</param>
    /// <returns>True when among the participants.</returns>
    public bool Involves(Official official) => ParticipantFor(official) is not null;

    /// <summary>The participation of <paramref name="official"/>, or null.</summary>
    /// <param name="official">The official.</param>
    /// <returns>The participant entry.</returns>
    public Participant? ParticipantFor(Official official)
    {
        foreach (var participant in Participants)
        {
            if (participant.Official == official)
            {
                return participant;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Date} {Title}";

    private Details D => _details ?? Load();

    private Details Load()
    {
        var data = _data!;
        var reader = data.Reader(_offset);
        var title = data.RequiredString(reader.ReadInt());
        var basis = (FactBasis)reader.ReadInt();
        var dateNote = data.String(reader.ReadInt());
        Place? place = null;
        if (reader.ReadBool())
        {
            place = new Place(data.String(reader.ReadInt()), data.RequiredString(reader.ReadInt()), data.String(reader.ReadInt()),
                (FactBasis)reader.ReadInt(), data.String(reader.ReadInt()));
        }

        var format = (MeetingFormat)reader.ReadInt();
        var mechanismId = data.String(reader.ReadInt());
        var mechanism = mechanismId is null ? null : data.Store.Mechanisms.ById(mechanismId);
        var occasion = data.String(reader.ReadInt());
        var participants = RecordDecoder.ReadParticipants(data, ref reader, Date);
        var topics = RecordDecoder.ReadTopics(data, ref reader);
        var outcomes = RecordDecoder.ReadRequiredStrings(data, ref reader);
        var sources = RecordDecoder.ReadReferences(data, ref reader, data.Store.Sources.ById);
        var details = new Details(title, basis, dateNote, place, format, mechanism, occasion, participants.AsReadOnly(),
            ReadOnly.Wrap(topics), ReadOnly.Wrap(outcomes), ReadOnly.Wrap(sources));
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }

    private sealed record Details(
        string Title,
        FactBasis DateBasis,
        string? DateNote,
        Place? Place,
        MeetingFormat Format,
        Mechanism? Mechanism,
        string? Occasion,
        IReadOnlyList<Participant> Participants,
        IReadOnlyList<Topic> Topics,
        IReadOnlyList<string> Outcomes,
        IReadOnlyList<Source> Sources);
}
