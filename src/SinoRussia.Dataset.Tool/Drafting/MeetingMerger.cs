using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// One meeting for several reports of it: the same officials, and no date, city or format that
/// disagree (a headline, a caption and a paragraph often report the same talks). The merged meeting
/// keeps the more precise date and the stated place.
/// </summary>
internal static class MeetingMerger
{
    /// <summary>Merges the reports of the same meeting; a report with no official resolved is dropped.</summary>
    /// <param name="meetings">The reports, in order.</param>
    /// <returns>The meetings.</returns>
    public static List<MeetingCandidate> Merge(IReadOnlyList<MeetingCandidate> meetings)
    {
        var merged = new List<MeetingCandidate>();
        foreach (var meeting in meetings.Where(m => m.Ids().Count > 0))
        {
            var at = merged.FindIndex(other => other.Ids().SetEquals(meeting.Ids()) && CompatibleDates(other, meeting)
                && (other.Place is null || meeting.Place is null || other.Place.City == meeting.Place.City)
                && (other.Format is null || meeting.Format is null || other.Format == meeting.Format));
            if (at < 0)
            {
                merged.Add(meeting);
                continue;
            }

            merged[at] = Merge(merged[at], meeting);
        }

        return merged;
    }

    /// <summary>Another report of <paramref name="target"/>'s meeting merged into it: the more precise date, a stated place, the format, the TODOs and participants it adds.</summary>
    private static MeetingCandidate Merge(MeetingCandidate target, MeetingCandidate meeting)
    {
        var date = target.Date;
        var dateTodo = target.DateTodo;
        if (meeting.Date is not null && (date is null || meeting.Date.Value.Length > date.Value.Length))
        {
            date = meeting.Date;
            dateTodo = null;
        }

        if (date is null && dateTodo is null)
        {
            dateTodo = meeting.DateTodo;
        }

        var place = target.Place;
        if (place is null || (meeting.Place is not null && place.Basis != FactBasis.Stated && meeting.Place.Basis == FactBasis.Stated
            && meeting.Place.City == place.City && place.Venue is null))
        {
            place = meeting.Place ?? place;
        }

        return target with
        {
            Date = date,
            DateTodo = dateTodo,
            Place = place,
            Format = target.Format ?? meeting.Format,
            InQuotation = target.InQuotation && meeting.InQuotation,
            Todos = target.Todos.Concat(meeting.Todos.Where(t => !target.Todos.Contains(t))).ToList(),
            Participants = target.Participants
                .Concat(meeting.Participants.Where(p => p.Official is not null).DistinctBy(p => p.Official).Where(p => !target.Participants.Any(x => x.Official == p.Official)))
                .ToList(),
        };
    }

    private static bool CompatibleDates(MeetingCandidate a, MeetingCandidate b)
        => a.Date is null || b.Date is null
            || a.Date.Value.StartsWith(b.Date.Value, System.StringComparison.Ordinal) || b.Date.Value.StartsWith(a.Date.Value, System.StringComparison.Ordinal);
}
