using System.Collections.Generic;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>An official's part in one meeting.</summary>
public sealed class Participant
{
    private readonly TableData? _data;
    private readonly int _officialReference;
    private Official? _official;

    /// <summary>Creates a participant.</summary>
    /// <param name="official">Who took part.</param>
    /// <param name="role">Host, guest or participant.</param>
    /// <param name="titleInSource">The title the document gives them, where it gives one.</param>
    /// <param name="meetingDate">The date of the meeting, for the post held on it.</param>
    public Participant(Official official, ParticipantRole role, string? titleInSource, PartialDate meetingDate)
    {
        _official = official;
        Role = role;
        TitleInSource = titleInSource;
        MeetingDate = meetingDate;
    }

    internal Participant(TableData data, int officialReference, ParticipantRole role, string? titleInSource, PartialDate meetingDate)
    {
        _data = data;
        _officialReference = officialReference;
        Role = role;
        TitleInSource = titleInSource;
        MeetingDate = meetingDate;
    }

    /// <summary>Who took part.</summary>
    public Official Official => _official ??= _data!.Store.Officials.ById(_data.RequiredString(_officialReference));

    /// <summary>Host, guest or participant.</summary>
    public ParticipantRole Role { get; }

    /// <summary>The title the document gives them, verbatim, where it gives one.</summary>
    public string? TitleInSource { get; }

    /// <summary>The date of the meeting.</summary>
    public PartialDate MeetingDate { get; }

    /// <summary>The post held on the meeting date (see <see cref="Official.PostOn"/>).</summary>
    public Position? Post => Official.PostOn(MeetingDate.Earliest);

    /// <summary>Every post held on the meeting date.</summary>
    public IReadOnlyList<Position> Posts => Official.PostsOn(MeetingDate.Earliest);

    /// <inheritdoc />
    public override string ToString() => $"{Official.Name} ({Role})";
}
