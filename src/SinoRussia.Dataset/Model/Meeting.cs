using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset;

/// <summary>A meeting, call or talks that a source document reports.</summary>
public sealed class Meeting
{
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
        Id = id;
        Title = title;
        Date = date;
        DateBasis = dateBasis;
        DateNote = dateNote;
        Place = place;
        Format = format;
        Mechanism = mechanism;
        Occasion = occasion;
        Participants = ReadOnly.Wrap(participants);
        Topics = ReadOnly.Wrap(topics);
        Outcomes = ReadOnly.Wrap(outcomes);
        Sources = ReadOnly.Wrap(sources);
    }

    /// <summary>The stable id, such as <c>wang-yi-shoigu-2025-02-28</c>.</summary>
    public string Id { get; }

    /// <summary>A one-line description.</summary>
    public string Title { get; }

    /// <summary>The date, to its known precision.</summary>
    public PartialDate Date { get; }

    /// <summary>Whether the date is stated, from a dateline, or inferred.</summary>
    public FactBasis DateBasis { get; }

    /// <summary>How the date is known, where not plainly stated.</summary>
    public string? DateNote { get; }

    /// <summary>Where it took place; null for calls and virtual meetings.</summary>
    public Place? Place { get; }

    /// <summary>In person, virtual or phone.</summary>
    public MeetingFormat Format { get; }

    /// <summary>The standing mechanism it belongs to, where stated.</summary>
    public Mechanism? Mechanism { get; }

    /// <summary>The event it took place at, where stated (such as the 16th BRICS Summit).</summary>
    public string? Occasion { get; }

    /// <summary>Who took part.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>What was discussed.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Agreements and outcomes the documents state, as verbatim excerpts.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The documents that report it.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Whether <paramref name="official"/> took part.</summary>
    /// <param name="official">The official.</param>
    /// <returns>True when among the participants.</returns>
    public bool Involves(Official official) => Participants.Any(p => p.Official == official);

    /// <summary>The participation of <paramref name="official"/>, or null.</summary>
    /// <param name="official">The official.</param>
    /// <returns>The participant entry.</returns>
    public Participant? ParticipantFor(Official official) => Participants.FirstOrDefault(p => p.Official == official);

    /// <inheritdoc />
    public override string ToString() => $"{Date} {Title}";
}
