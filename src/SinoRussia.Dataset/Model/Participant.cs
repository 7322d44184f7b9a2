using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace SinoRussia.Dataset;

/// <summary>An official's part in one meeting.</summary>
public sealed class Participant
{
    private readonly IStoredTable? _table;
    private readonly int _officialReference;
    private Official? _official;

    /// <summary>Creates a participant: set its properties in an object initializer.</summary>
    public Participant()
    {
    }

    // The required members of a stored record are read from its table when first asked for.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal Participant(IStoredTable table, int officialReference, ParticipantRole role, string? titleInSource, PartialDate meetingDate)
    {
        _table = table;
        _officialReference = officialReference;
        Role = role;
        TitleInSource = titleInSource;
        MeetingDate = meetingDate;
    }
#pragma warning restore CS8618

    /// <summary>Who took part.</summary>
    public required Official Official
    {
        get => _official ??= _table!.Links.Official(_table.Id(_officialReference));
        init => _official = value;
    }

    /// <summary>Host, guest or participant.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>The title the document gives them, verbatim, where it gives one.</summary>
    public string? TitleInSource { get; init; }

    /// <summary>The date of the meeting, for the post held on it.</summary>
    public required PartialDate MeetingDate { get; init; }

    /// <summary>The post held on the meeting date (see <see cref="Official.PostOn"/>).</summary>
    public Position? Post => Official.PostOn(MeetingDate.Earliest);

    /// <summary>Every post held on the meeting date.</summary>
    public IReadOnlyList<Position> Posts => Official.PostsOn(MeetingDate.Earliest);

    /// <inheritdoc />
    public override string ToString() => $"{Official.Name} ({Role})";
}
