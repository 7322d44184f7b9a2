using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>A meeting, call or talks that a source document reports.</summary>
public sealed class Meeting
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates a meeting: set its properties in an object initializer.</summary>
    public Meeting() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Meeting(IStoredTable table, int idReference, PartialDate date, int offset)
    {
        _stored = new(table, idReference, offset);
        Date = date;
    }

    /// <summary>The stable id, such as <c>wang-yi-shoigu-2025-02-28</c>.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>A one-line description.</summary>
    public required string Title { get => D.Title; init => _stored.Building.Title = value; }

    /// <summary>The date, to its known precision.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Whether the date is stated, from a dateline, or inferred.</summary>
    public required FactBasis DateBasis { get => D.DateBasis; init => _stored.Building.DateBasis = value; }

    /// <summary>How the date is known, where not plainly stated.</summary>
    public string? DateNote { get => D.DateNote; init => _stored.Building.DateNote = value; }

    /// <summary>Where it took place; null for calls and virtual meetings.</summary>
    public Place? Place { get => D.Place; init => _stored.Building.Place = value; }

    /// <summary>In person, virtual or phone.</summary>
    public required MeetingFormat Format { get => D.Format; init => _stored.Building.Format = value; }

    /// <summary>The standing mechanism it belongs to, where stated.</summary>
    public Mechanism? Mechanism { get => D.Mechanism; init => _stored.Building.Mechanism = value; }

    /// <summary>The event it took place at, where stated (such as the 16th BRICS Summit).</summary>
    public string? Occasion { get => D.Occasion; init => _stored.Building.Occasion = value; }

    /// <summary>Who took part.</summary>
    public required IReadOnlyList<Participant> Participants { get => D.Participants; init => _stored.Building.Participants = ReadOnly.Wrap(value); }

    /// <summary>What was discussed.</summary>
    public IReadOnlyList<Topic> Topics { get => D.Topics; init => _stored.Building.Topics = ReadOnly.Wrap(value); }

    /// <summary>Agreements and outcomes the documents state, as verbatim excerpts.</summary>
    public IReadOnlyList<string> Outcomes { get => D.Outcomes; init => _stored.Building.Outcomes = ReadOnly.Wrap(value); }

    /// <summary>The documents that report it.</summary>
    public required IReadOnlyList<Source> Sources { get => D.Sources; init => _stored.Building.Sources = ReadOnly.Wrap(value); }

    /// <summary>The quotes said at this meeting, in the dataset this meeting belongs to (empty for a meeting built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _stored.Table?.Links.QuotesAt(this) ?? Array.Empty<Quote>();

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

    /// <summary>
    /// The values of the schema's added fields this meeting gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Date} {Title}";

    private Details D => _stored.Read(static (table, offset, meeting) => table.ReadMeeting(offset, meeting.Date), this);

    /// <summary>Everything but the id and the date, read on first use.</summary>
    internal sealed class Details : RecordDetails
    {
        public string Title { get; set; } = string.Empty;

        public FactBasis DateBasis { get; set; }

        public string? DateNote { get; set; }

        public Place? Place { get; set; }

        public MeetingFormat Format { get; set; }

        public Mechanism? Mechanism { get; set; }

        public string? Occasion { get; set; }

        public IReadOnlyList<Participant> Participants { get; set; } = Array.Empty<Participant>();

        public IReadOnlyList<Topic> Topics { get; set; } = Array.Empty<Topic>();

        public IReadOnlyList<string> Outcomes { get; set; } = Array.Empty<string>();

        public IReadOnlyList<Source> Sources { get; set; } = Array.Empty<Source>();
    }
}
