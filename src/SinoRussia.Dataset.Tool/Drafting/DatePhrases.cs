using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Finds the phrases that date something in a range of the text.</summary>
internal static class DatePhrases
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const RegexOptions AnyCase = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    {
        ("month-day", new Regex(@"\b(?:[Oo]n\s+)?(" + Vocabulary.MonthPattern + @")\s+([0-9]{1,2})(?:st|nd|rd|th)?(?:,\s*([0-9]{4}))?\b", Options)),
        ("day-month", new Regex(@"\b(?:[Oo]n\s+)?([0-9]{1,2})\s+(" + Vocabulary.MonthPattern + @")(?:\s+([0-9]{4}))?\b", Options)),
        ("weekday", new Regex(@"\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+(" + Vocabulary.WeekdayPattern + @")\b", Options)),
        ("end-last-year", new Regex(@"\b(?:at|by|towards?) the end of last year\b", AnyCase)),
        ("start-year", new Regex(@"\b(?:at|in) the (?:beginning|start) of (?:the|this) year\b", AnyCase)),
        ("earlier-this", new Regex(@"\bearlier this (week|month|year)\b", AnyCase)),
        ("last", new Regex(@"\blast (week|month|year)\b", AnyCase)),
        ("this", new Regex(@"\bthis (month|year)\b", AnyCase)),
        ("yesterday", new Regex(@"\byesterday\b", AnyCase)),
        ("today", new Regex(@"\b(?:earlier )?today\b", AnyCase)),
        ("recently", new Regex(@"\brecently\b", AnyCase)),
    };

    /// <summary>The date phrases in a range, in order; where two overlap, the one of the earlier pattern.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The range's start.</param>
    /// <param name="end">The range's end (exclusive).</param>
    /// <returns>The phrases.</returns>
    public static List<DatePhrase> Find(string text, int start, int end)
    {
        var found = new List<DatePhrase>();
        foreach (var (kind, pattern) in Patterns)
        {
            foreach (var m in ArticleText.MatchesIn(pattern, text, start, end))
            {
                if (!found.Any(p => p.Start < m.Index + m.Length && m.Index < p.End))
                {
                    found.Add(new DatePhrase(kind, m));
                }
            }
        }

        return found.OrderBy(p => p.Start).ToList();
    }
}
