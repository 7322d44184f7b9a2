using System;
using System.Linq;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// One meeting as a row of the timeline: whether it is principal, and the texts of its date, its
/// participants and its place (or format).
/// </summary>
internal sealed record TimelineRow(Meeting Meeting, bool Principal, string Date, bool DateInferred, string Who, string PlaceText)
{
    /// <summary>The row of <paramref name="meeting"/>.</summary>
    public static TimelineRow From(Meeting meeting)
    {
        var date = meeting.Date.ToString();
        var inferred = meeting.DateBasis == FactBasis.Inferred;
        var who = Participants(meeting);
        var placeText = meeting.Place is { } place
            ? (place.City is null ? place.Country : place.City + ", " + place.Country)
            : TimelineFormats.RowText(meeting.Format);
        return new TimelineRow(meeting, TimelineSvg.IsPrincipal(meeting), date, inferred, who, placeText);
    }

    /// <summary>The names by side, the Chinese side first, other countries in order of first appearance: "A – B", "A, C – B".</summary>
    private static string Participants(Meeting meeting)
        => string.Join(" – ", MeetingSides.Of(meeting).Select(side => string.Join(", ", side.Select(o => o.Name))));
}
