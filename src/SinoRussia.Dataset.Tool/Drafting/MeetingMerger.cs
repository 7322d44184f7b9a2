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
            var target = merged.FirstOrDefault(other => other.Ids().SetEquals(meeting.Ids()) && CompatibleDates(other, meeting)
                && (other.Place is null || meeting.Place is null || other.Place.City == meeting.Place.City)
                && (other.Format is null || meeting.Format is null || other.Format == meeting.Format));
            if (target is null)
            {
                merged.Add(meeting);
                continue;
            }

            if (meeting.Date is not null && (target.Date is null || meeting.Date.Value.Length > target.Date.Value.Length))
            {
                target.Date = meeting.Date;
                target.DateTodo = null;
            }

            if (target.Date is null && target.DateTodo is null)
            {
                target.DateTodo = meeting.DateTodo;
            }

            if (target.Place is null || (meeting.Place is not null && target.Place.Basis != FactBasis.Stated && meeting.Place.Basis == FactBasis.Stated
                && meeting.Place.City == target.Place.City && target.Place.Venue is null))
            {
                target.Place = meeting.Place ?? target.Place;
            }

            target.Format ??= meeting.Format;
            target.InQuotation = target.InQuotation && meeting.InQuotation;
            target.Todos.AddRange(meeting.Todos.Where(t => !target.Todos.Contains(t)).ToList());
            foreach (var (official, mention) in meeting.Participants)
            {
                if (official is not null && !target.Participants.Any(p => p.Official == official))
                {
                    target.Participants.Add((official, mention));
                }
            }
        }

        return merged;
    }

    private static bool CompatibleDates(MeetingCandidate a, MeetingCandidate b)
        => a.Date is null || b.Date is null
            || a.Date.Value.StartsWith(b.Date.Value, System.StringComparison.Ordinal) || b.Date.Value.StartsWith(a.Date.Value, System.StringComparison.Ordinal);
}
