using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// A meeting's participants by side, one side per country: the Chinese side first, the other countries
/// in order of first appearance. The timeline's rows and the site's pages name them in this order.
/// </summary>
internal static class MeetingSides
{
    public static IReadOnlyList<IReadOnlyList<Official>> Of(Meeting meeting)
        => meeting.Participants
            .Select(p => p.Official)
            .GroupBy(o => o.Country, StringComparer.Ordinal)
            .OrderBy(g => string.Equals(g.Key, "CN", StringComparison.Ordinal) ? 0 : 1)
            .Select(g => (IReadOnlyList<Official>)g.ToList())
            .ToList();
}
