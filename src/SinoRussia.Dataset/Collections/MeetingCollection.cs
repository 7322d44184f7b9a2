using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Threading;

namespace SinoRussia.Dataset;

/// <summary>
/// The meetings, ordered by date (the first day each date may stand for), then id, with the lookups
/// users run prepared once on first use: the meetings of an official, and the meetings in a date range
/// (binary search over the date order).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MeetingCollection : RecordCollection<Meeting>
{
    private readonly Lazy<Dictionary<Official, ReadOnlyCollection<Meeting>>> _byOfficial;
    private readonly Lazy<DateIndex> _dates;

    internal MeetingCollection(Func<Storage.RecordList<Meeting>> own, MeetingCollection? baseCollection)
        : base(own, m => m.Id, baseCollection, DateOrder)
    {
        _byOfficial = new Lazy<Dictionary<Official, ReadOnlyCollection<Meeting>>>(BuildByOfficial, LazyThreadSafetyMode.ExecutionAndPublication);
        _dates = new Lazy<DateIndex>(() => new DateIndex(Items), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The meetings in which <paramref name="official"/> took part, ordered by date.</summary>
    /// <param name="official">The official.</param>
    /// <returns>The meetings; empty when there are none.</returns>
    public IReadOnlyList<Meeting> Of(Official official)
        => _byOfficial.Value.TryGetValue(official, out var meetings) ? meetings : Array.Empty<Meeting>();

    /// <summary>
    /// The meetings whose date overlaps the days <paramref name="from"/> to <paramref name="to"/>
    /// (both included), ordered by date: a meeting dated only to a month or year is included when any
    /// day it may stand for is in the range.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The meetings.</returns>
    public IReadOnlyList<Meeting> Between(DateOnly from, DateOnly to)
    {
        var result = new List<Meeting>();
        if (to < from)
        {
            return result;
        }

        var items = Items;
        var index = _dates.Value;

        // Meetings dated to the day: a binary search for the first and a walk to the last. Meetings
        // dated only to a month or a year (few) are checked one by one; the two runs are merged back
        // into date order through their positions in All.
        var day = LowerBound(index.Days, from);
        var loose = 0;
        while (true)
        {
            while (loose < index.Loose.Length && !Overlaps(items[index.Loose[loose]], from, to))
            {
                loose++;
            }

            var nextDay = day < index.Days.Length && index.Days[day] <= to ? index.DayPositions[day] : int.MaxValue;
            var nextLoose = loose < index.Loose.Length ? index.Loose[loose] : int.MaxValue;
            if (nextDay == int.MaxValue && nextLoose == int.MaxValue)
            {
                return result;
            }

            if (nextDay < nextLoose)
            {
                result.Add(items[nextDay]);
                day++;
            }
            else
            {
                result.Add(items[nextLoose]);
                loose++;
            }
        }
    }

    internal static int DateOrder(Meeting a, Meeting b)
    {
        var byDate = a.Date.Earliest.CompareTo(b.Date.Earliest);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    private static bool Overlaps(Meeting meeting, DateOnly from, DateOnly to) => meeting.Date.Earliest <= to && meeting.Date.Latest >= from;

    private static int LowerBound(DateOnly[] sorted, DateOnly value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private Dictionary<Official, ReadOnlyCollection<Meeting>> BuildByOfficial()
        => Grouping.By(ByParticipant(Items), ReferenceEqualityComparer.Instance as IEqualityComparer<Official>);

    private static IEnumerable<(Official, Meeting)> ByParticipant(Meeting[] meetings)
    {
        foreach (var meeting in meetings)
        {
            foreach (var participant in meeting.Participants)
            {
                yield return (participant.Official, meeting);
            }
        }
    }

    /// <summary>Positions in <see cref="RecordCollection{T}.All"/> of the meetings dated to the day (with their days, ascending) and of the others.</summary>
    private sealed class DateIndex
    {
        public DateIndex(Meeting[] items)
        {
            var days = new List<DateOnly>(items.Length);
            var positions = new List<int>(items.Length);
            var loose = new List<int>();
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Date.Precision == DatePrecision.Day)
                {
                    days.Add(items[i].Date.Earliest);
                    positions.Add(i);
                }
                else
                {
                    loose.Add(i);
                }
            }

            Days = days.ToArray();
            DayPositions = positions.ToArray();
            Loose = loose.ToArray();
        }

        public DateOnly[] Days { get; }

        public int[] DayPositions { get; }

        public int[] Loose { get; }
    }
}
