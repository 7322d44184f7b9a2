using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Finds the words that report meetings and who took part: "X met (with) Y", "X held talks /
/// consultations / discussions with Y", "during a meeting ... with Y", "in a phone call with Y",
/// "X received Y", "X and Y met / held talks / spoke on the phone / hold ...", "their (virtual)
/// meeting", "a virtual meeting" of the pair a sentence names, "the two leaders ... met", and
/// "met twice, in Moscow and in Beijing" as two meetings.
/// </summary>
internal static class MeetingFinder
{
    private const RegexOptions AnyCase = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private static readonly Regex With = new(@"\b(met|meets|meet|meeting|talks|consultations|discussions|conversation|negotiations|"
        + @"(?:phone|telephone|video) call|telephone conversation|videoconference|call)\b([^.;""“”]{0,60}?)\bwith\b", AnyCase);
    private static readonly Regex Direct = new(@"\b(met|meets|received|receives|hosted|hosts)\s+(?!with\b)", AnyCase);
    private static readonly Regex PairVerb = new(@"^\s+(?:also\s+)?(met|meet|meets|hold|holds|held|had|have|spoke|speak|speaks|talked|talk|conducted)\b", AnyCase);
    private static readonly Regex Possessive = new(@"\b(their|a|an)\s+(?:(?:first|second|third|fourth|fifth|last|latest|recent)\s+)?"
        + @"(?:(virtual|video|online|phone|telephone)\s+)?(meeting|talks|call|conversation)\b", AnyCase);
    private static readonly Regex TitleBetween = new(@"^\s+(?:the\s+|his\s+|her\s+)?(?:(?:[A-Z][\w’'.-]*|of|the|for)\s+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Twice = new(@"^\s*(?:twice|two times),?\s+in\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:,\s*|\s+)and\s+(?:in\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", RegexOptions.CultureInvariant);
    private static readonly Regex Phone = new(@"\b(?:phone|telephone)\b", AnyCase);
    private static readonly Regex Virtual = new(@"\b(?:virtual|virtually|video|online|videoconference)\b", AnyCase);
    private static readonly Regex Preposition = new(@"\b(?:with|to|from|by|of|for)\s+$", RegexOptions.CultureInvariant);
    private static readonly Regex And = new(@"\band\s+$", RegexOptions.CultureInvariant);
    private static readonly Regex AndOnly = new(@"^\s+and\s+$", RegexOptions.CultureInvariant);
    private static readonly Regex Talks = new(@"^\s+talks\b", RegexOptions.CultureInvariant);

    /// <summary>The meeting triggers of a sentence.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="s">The sentence (with its attributions).</param>
    /// <param name="mentions">Every mention.</param>
    /// <param name="inQuotation">Whether a position is inside a quotation.</param>
    /// <returns>The triggers, in the order found.</returns>
    public static List<MeetingTrigger> Triggers(string text, Sentence s, IReadOnlyList<Mention> mentions, Func<int, bool> inQuotation)
    {
        var triggers = new List<MeetingTrigger>();
        var taken = new List<(int Start, int End)>();
        bool Free(int a, int b) => !taken.Any(t => a < t.End && t.Start < b);

        foreach (var m in ArticleText.MatchesIn(With, text, s.Start, s.End))
        {
            var q = inQuotation(m.Index);
            var obj = ObjectAfter(text, mentions, m.Index + m.Length, s.End, q);
            var between = m.Groups[2];
            if (obj is null || mentions.Any(x => x.Kind == MentionKind.Name && between.Index <= x.Start && x.Start < between.Index + between.Length))
            {
                continue;
            }

            var subject = SubjectBefore(text, mentions, s, m.Index, q) ?? (s.Attributions.Count > 0 ? s.Attributions[0].Mention : null);
            var format = FormatOf(ArticleText.Slice(text, Math.Max(s.Start, m.Index - 20), m.Index + m.Length), MeetingFormat.InPerson);
            triggers.Add(new MeetingTrigger(m.Index, obj.End, new[] { (subject?.OfficialId, subject), (obj.Official, (Mention?)obj) }, format, q, m.Value));
            taken.Add((m.Index, obj.End));
        }

        foreach (var m in ArticleText.MatchesIn(Direct, text, s.Start, s.End))
        {
            if (!Free(m.Index, m.Index + m.Length))
            {
                continue;
            }

            var q = inQuotation(m.Index);
            var obj = ObjectAfter(text, mentions, m.Index + m.Length, s.End, q);
            if (obj is null)
            {
                continue;
            }

            var subject = SubjectBefore(text, mentions, s, m.Index, q);
            triggers.Add(new MeetingTrigger(m.Index, obj.End, new[] { (subject?.OfficialId, subject), (obj.Official, (Mention?)obj) }, MeetingFormat.InPerson, q, m.Groups[1].Value));
            taken.Add((m.Index, obj.End));
        }

        foreach (var quoted in new[] { false, true })
        {
            foreach (var (ps, pe, people) in Pairs(text, mentions, s, quoted))
            {
                var v = PairVerb.Match(ArticleText.Slice(text, pe, s.End));
                if (!v.Success)
                {
                    continue;
                }

                var (vs, ve) = (pe + v.Groups[1].Index, pe + v.Groups[1].Index + v.Groups[1].Length);
                if (!Free(vs, ve))
                {
                    continue;
                }

                var after = ArticleText.Slice(text, ve, s.End);
                var verb = v.Groups[1].Value.ToLowerInvariant();
                var following = string.Join(" ", after.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(4));
                var format = FormatOf(following, verb is "met" or "meet" or "meets" || Talks.IsMatch(after) ? MeetingFormat.InPerson : (MeetingFormat?)null);
                var twice = Twice.Match(after);
                if (twice.Success && Gazetteer.Cities.ContainsKey(twice.Groups[1].Value) && Gazetteer.Cities.ContainsKey(twice.Groups[2].Value))
                {
                    foreach (var city in new[] { twice.Groups[1].Value, twice.Groups[2].Value })
                    {
                        triggers.Add(new MeetingTrigger(vs, ve, people, format, quoted, text[ps..ve] + " twice", city));
                    }
                }
                else
                {
                    triggers.Add(new MeetingTrigger(vs, ve, people, format, quoted, text[ps..ve]));
                }

                taken.Add((vs, ve));
            }
        }

        foreach (var m in ArticleText.MatchesIn(Possessive, text, s.Start, s.End))
        {
            if (!Free(m.Index, m.Index + m.Length))
            {
                continue;
            }

            var q = inQuotation(m.Index);
            var determiner = m.Groups[1].Value.ToLowerInvariant();
            var adjective = m.Groups[2].Value.ToLowerInvariant();
            var pairs = Pairs(text, mentions, s, q);
            var people = determiner == "their"
                ? pairs.LastOrDefault(p => p.End <= m.Index).People
                : adjective.Length > 0 ? pairs.FirstOrDefault().People : null;
            if (people is null)
            {
                continue;
            }

            triggers.Add(new MeetingTrigger(m.Index, m.Index + m.Length, people, FormatOf(adjective, MeetingFormat.InPerson), q, m.Value));
            taken.Add((m.Index, m.Index + m.Length));
        }

        return triggers;
    }

    private static MeetingFormat? FormatOf(string words, MeetingFormat? otherwise)
        => Phone.IsMatch(words) ? MeetingFormat.Phone : Virtual.IsMatch(words) ? MeetingFormat.Virtual : otherwise;

    /// <summary>The subject of a meeting verb: the nearest name, pronoun or role before it that follows no preposition or "and".</summary>
    private static Mention? SubjectBefore(string text, IReadOnlyList<Mention> mentions, Sentence s, int position, bool quoted)
    {
        foreach (var m in mentions.Reverse())
        {
            if (!(s.Start <= m.Start && m.Start < position) || m.InQuotation != quoted || m.Kind == MentionKind.PluralRole)
            {
                continue;
            }

            var start = m.Kind == MentionKind.Name ? m.TitleStart : m.Start;
            var lead = ArticleText.Slice(text, Math.Max(s.Start, start - 6), start);
            if (Preposition.IsMatch(lead) || And.IsMatch(lead))
            {
                continue;
            }

            return m;
        }

        return null;
    }

    /// <summary>The name right after a meeting verb (a title may come between).</summary>
    private static Mention? ObjectAfter(string text, IReadOnlyList<Mention> mentions, int position, int end, bool quoted)
    {
        var m = mentions.FirstOrDefault(x => x.Start >= position && x.Start < end && x.InQuotation == quoted);
        if (m is null || m.Kind != MentionKind.Name)
        {
            return null;
        }

        var between = ArticleText.Slice(text, position, m.TitleStart);
        return TitleBetween.IsMatch(between + " ") || ArticleText.Slice(text, position, m.Start).Trim().Length == 0 ? m : null;
    }

    /// <summary>"X and Y" (each maybe with a title) in a sentence, and the plural role phrases that stand for two officials.</summary>
    private static List<(int Start, int End, IReadOnlyList<(string? Official, Mention? Mention)> People)> Pairs(
        string text, IReadOnlyList<Mention> mentions, Sentence s, bool quoted)
    {
        var names = mentions.Where(m => m.IsIn(s) && m.InQuotation == quoted).ToList();
        var found = new List<(int Start, int End, IReadOnlyList<(string? Official, Mention? Mention)> People)>();
        for (var i = 0; i + 1 < names.Count; i++)
        {
            var (a, b) = (names[i], names[i + 1]);
            var between = ArticleText.Slice(text, a.End, b.TitleStart);
            if (a.Kind == MentionKind.Name && b.Kind == MentionKind.Name && AndOnly.IsMatch(between + " ") && a.Official != b.Official)
            {
                found.Add((a.Start, b.End, new[] { (a.Official, (Mention?)a), (b.Official, (Mention?)b) }));
            }
        }

        foreach (var m in names.Where(x => x.Kind == MentionKind.PluralRole && x.Officials is not null))
        {
            found.Add((m.Start, m.End, m.Officials!.Select(o => ((string?)o, (Mention?)m)).ToList()));
        }

        return found.OrderBy(f => f.Start).ToList();
    }
}
