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
    /// <summary>A partial date stands for at most a year: how far before a range a meeting may start and still overlap it.</summary>
    private const int LongestDateInDays = 366;

    private readonly Lazy<Dictionary<Official, ReadOnlyCollection<Meeting>>> _byOfficial;
    private readonly Lazy<DateOnly[]> _earliest;

    internal MeetingCollection(Func<Meeting[]> own, MeetingCollection? baseCollection)
        : base(own, m => m.Id, baseCollection, DateOrder)
    {
        _byOfficial = new Lazy<Dictionary<Official, ReadOnlyCollection<Meeting>>>(BuildByOfficial, LazyThreadSafetyMode.ExecutionAndPublication);
        _earliest = new Lazy<DateOnly[]>(() => Array.ConvertAll(Items, m => m.Date.Earliest), LazyThreadSafetyMode.ExecutionAndPublication);
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
        var earliest = _earliest.Value;
        var start = LowerBound(earliest, from.DayNumber - LongestDateInDays < DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-LongestDateInDays));
        for (var i = start; i < items.Length && earliest[i] <= to; i++)
        {
            if (items[i].Date.Latest >= from)
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    internal static int DateOrder(Meeting a, Meeting b)
    {
        var byDate = a.Date.Earliest.CompareTo(b.Date.Earliest);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

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
    {
        var lists = new Dictionary<Official, List<Meeting>>(ReferenceEqualityComparer.Instance as IEqualityComparer<Official>);
        foreach (var meeting in Items)
        {
            foreach (var participant in meeting.Participants)
            {
                if (!lists.TryGetValue(participant.Official, out var list))
                {
                    lists.Add(participant.Official, list = new List<Meeting>());
                }

                list.Add(meeting);
            }
        }

        var index = new Dictionary<Official, ReadOnlyCollection<Meeting>>(lists.Count, ReferenceEqualityComparer.Instance as IEqualityComparer<Official>);
        foreach (var pair in lists)
        {
            index.Add(pair.Key, pair.Value.AsReadOnly());
        }

        return index;
    }
}
