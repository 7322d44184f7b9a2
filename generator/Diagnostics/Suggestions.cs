using System;
using System.Collections.Generic;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Diagnostics;

/// <summary>"Did you mean" for unknown ids and keys: the nearest candidate by edit distance.</summary>
internal static class Suggestions
{
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, value.Length / 3);
        foreach (var candidate in candidates)
        {
            // A candidate whose length differs by more than the limit cannot be within it: skip the edit distance.
            if (Math.Abs(candidate.Length - value.Length) > limit)
            {
                continue;
            }

            var distance = Distance(value, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= limit ? $"; did you mean '{best}'?" : string.Empty;
    }

    public static int Distance(string a, string b)
        => a.Length > 200 || b.Length > 200
            ? int.MaxValue // not worth a suggestion, and keeps the work bounded
            : EditDistance.Levenshtein(a, b);
}
