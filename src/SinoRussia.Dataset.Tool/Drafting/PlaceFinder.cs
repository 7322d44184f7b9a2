using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Finds places a sentence names: "in Beijing", "in Kazan, Russia", "at the Kremlin" (a venue: its city inferred).</summary>
internal static class PlaceFinder
{
    private static readonly Regex Place = new(@"\b(?:in|at)\s+(?:the\s+)?("
        + string.Join("|", Gazetteer.Cities.Keys.Concat(Gazetteer.Venues.Keys).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(Regex.Escape))
        + @")\b(?:,\s*(" + string.Join("|", Gazetteer.Countries.Keys.OrderByDescending(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Select(Regex.Escape)) + @")\b)?",
        RegexOptions.CultureInvariant);

    /// <summary>The places named in a range, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The range's start.</param>
    /// <param name="end">The range's end (exclusive).</param>
    /// <returns>Each place with its span.</returns>
    public static List<(int Start, int End, DraftPlace Place)> Find(string text, int start, int end)
    {
        var found = new List<(int Start, int End, DraftPlace Place)>();
        foreach (var m in ArticleText.MatchesIn(Place, text, start, end))
        {
            var name = m.Groups[1].Value;
            if (Gazetteer.Venues.TryGetValue(name, out var venue))
            {
                found.Add((m.Index, m.Index + m.Length, new DraftPlace(venue.City, venue.Country, name, FactBasis.Inferred,
                    $"The text names only the venue ('{m.Value.Trim()}'); the city is inferred from it.")));
            }
            else
            {
                var country = m.Groups[2].Success ? Gazetteer.Countries[m.Groups[2].Value] : Gazetteer.Cities[name];
                found.Add((m.Index, m.Index + m.Length, new DraftPlace(name, country, null, FactBasis.Stated, null)));
            }
        }

        return found;
    }

    /// <summary>A city the gazetteer knows, as a stated place.</summary>
    /// <param name="city">The city.</param>
    /// <returns>The place, or null for an unknown city.</returns>
    public static DraftPlace? City(string city)
        => Gazetteer.Cities.TryGetValue(city, out var country) ? new DraftPlace(city, country, null, FactBasis.Stated, null) : null;
}
