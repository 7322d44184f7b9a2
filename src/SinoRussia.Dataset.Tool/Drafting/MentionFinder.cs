using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Finds who the text names: known officials by full name or alias (any case) and by surname alone;
/// capitalised names after a title or before a verb that are a new spelling of a known official
/// (same surname, other names within two edits: a proposed alias) or nobody known (a proposed
/// official); pronouns; and role phrases ("the top Chinese diplomat", "the two leaders").
/// </summary>
internal static class MentionFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string Word = @"[A-Z][a-z]+(?:[-’'][A-Za-z]?[a-z]+)*";
    private static readonly Regex Run = new(Word + "(?: " + Word + ")*", Options);
    private static readonly Regex Token = new(@"\S+", Options);
    private static readonly Regex Pronoun = new(@"\b(?:He|he|She|she)\b", Options);
    private static readonly Regex RolePhrase = new(@"\b(?:[Tt]he|[Oo]ur) (?:(?:top|senior|chief|visiting|two) )*(?:(Chinese|Russian) )?("
        + string.Join("|", Vocabulary.RoleNouns.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)) + @")\b(?! [A-Z])", Options);
    private static readonly Regex PluralRolePhrase = new(@"\b(?:[Tt]he|[Oo]ur|[Tt]heir) (?:two )?(?:heads of state|leaders|presidents)(?: of (China|Russia) and (China|Russia))?\b", Options);
    private static readonly Regex Honorific = new(@"\b(?:Mr|Ms|Mrs|Dr)\.?\s$", Options);
    private static readonly Regex NameBeforeVerb = new(@"^(?:,\s[^,]{1,150}?,)?\s(?:also\s)?(?:" + Vocabulary.SpeechVerbPattern
        + @"|met|meets|held|holds|spoke|visited|received|hosted)\b", Options);

    /// <summary>Every mention in the regions, and the officials and aliases the text proposes.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="regions">The headline and the body's paragraphs.</param>
    /// <param name="index">The officials to recognise.</param>
    /// <param name="quotations">The quotations (mentions inside them are marked).</param>
    /// <param name="sentences">The sentences (a title is looked for within its sentence).</param>
    /// <returns>The mentions in order, the proposed officials and the proposed aliases.</returns>
    public static MentionResult Find(string text, IReadOnlyList<(int Start, int End)> regions, NameIndex index,
        IReadOnlyList<Quotation> quotations, IReadOnlyList<Sentence> sentences)
    {
        var proposed = new List<ProposedPerson>();
        var aliases = new List<(string OfficialId, string Spelling, int Position)>();
        var mentions = new List<Mention>();
        var covered = new List<(int Start, int End)>();

        void Add(Mention m)
        {
            mentions.Add(m);
            covered.Add((m.Start, m.End));
        }

        bool IsCovered(int s, int e) => covered.Any(c => s < c.End && c.Start < e);

        foreach (var (rs, re) in regions)
        {
            if (index.FullNames is null)
            {
                break;
            }

            foreach (var m in ArticleText.MatchesIn(index.FullNames, text, rs, re))
            {
                // An alias that begins with a title ("President Putin"): the title is the title's, not the name's.
                var start = m.Index;
                while (text[start..(m.Index + m.Length)].Contains(' ', StringComparison.Ordinal)
                    && Vocabulary.TitleWords.Contains(Vocabulary.BaseWord(text[start..(m.Index + m.Length)].Split(' ')[0])))
                {
                    start += text[start..(m.Index + m.Length)].Split(' ')[0].Length + 1;
                }

                if (index.ByFullName(m.Value) is { } id)
                {
                    Add(new Mention(start, m.Index + m.Length, MentionKind.Name, id));
                }
            }
        }

        foreach (var (rs, re) in regions)
        {
            foreach (var run in ArticleText.MatchesIn(Run, text, rs, re))
            {
                foreach (var group in Groups(run, IsCovered))
                {
                    Candidate(text, rs, re, group, index, proposed, aliases, Add);
                }
            }
        }

        foreach (var (rs, re) in regions)
        {
            if (index.Surnames is null)
            {
                break;
            }

            foreach (var m in ArticleText.MatchesIn(index.Surnames, text, rs, re))
            {
                if (!IsCovered(m.Index, m.Index + m.Length))
                {
                    Add(new Mention(m.Index, m.Index + m.Length, MentionKind.Name, index.BySurname(m.Value)));
                }
            }
        }

        foreach (var (rs, re) in regions)
        {
            foreach (var m in ArticleText.MatchesIn(Pronoun, text, rs, re))
            {
                mentions.Add(new Mention(m.Index, m.Index + m.Length, MentionKind.Pronoun));
            }

            foreach (var m in ArticleText.MatchesIn(PluralRolePhrase, text, rs, re))
            {
                var countries = new[] { m.Groups[1], m.Groups[2] }.Where(g => g.Success).Select(g => Vocabulary.Demonyms[g.Value]).ToList();
                mentions.Add(new Mention(m.Index, m.Index + m.Length, MentionKind.PluralRole) { Countries = countries });
                covered.Add((m.Index, m.Index + m.Length));
            }

            foreach (var m in ArticleText.MatchesIn(RolePhrase, text, rs, re))
            {
                if (IsCovered(m.Index, m.Index + m.Length))
                {
                    continue;
                }

                mentions.Add(new Mention(m.Index, m.Index + m.Length, MentionKind.Role)
                {
                    Country = m.Groups[1].Success ? Vocabulary.Demonyms[m.Groups[1].Value] : null,
                    Role = m.Groups[2].Value.ToLowerInvariant(),
                });
            }
        }

        var ordered = mentions.OrderBy(m => m.Start).ToList();
        var names = ordered.Where(m => m.Kind == MentionKind.Name).ToList();
        var finished = ordered.Select(m =>
        {
            var quoted = m with { InQuotation = Quotation.AnyContains(quotations, m.Start) };
            if (m.Kind != MentionKind.Name)
            {
                return quoted;
            }

            var sentence = sentences.FirstOrDefault(s => s.Contains(m.Start));
            var floor = sentence?.Start ?? m.Start;
            var others = names.Where(x => !ReferenceEquals(x, m)).Select(x => (x.Start, x.End)).ToList();
            var (title, titleStart) = TitleReader.Before(text, m.Start, floor, others);
            return quoted with
            {
                Title = title,
                TitleStart = titleStart,
                Apposition = TitleReader.Apposition(ArticleText.Slice(text, m.End, sentence?.End ?? m.End)),
            };
        }).ToList();

        // The country of a proposed official: from the first title or apposition that names one.
        var people = proposed.Select(person => person with
        {
            Country = finished.Where(x => x.Kind == MentionKind.Name && x.Official == person.Id)
                .Select(x => TitleReader.CountryIn(x.Title) ?? TitleReader.CountryIn(x.Apposition))
                .FirstOrDefault(c => c is not null),
        }).ToList();

        return new MentionResult(finished, people, aliases);
    }

    /// <summary>The tokens of a capitalised run, split where a known name already covers one.</summary>
    private static List<List<(int Start, int End, string Word)>> Groups(Match run, Func<int, int, bool> isCovered)
    {
        var groups = new List<List<(int Start, int End, string Word)>>();
        var current = new List<(int Start, int End, string Word)>();
        foreach (Match t in Token.Matches(run.Value))
        {
            var token = (Start: run.Index + t.Index, End: run.Index + t.Index + t.Length, Word: t.Value);
            if (isCovered(token.Start, token.End))
            {
                if (current.Count > 0)
                {
                    groups.Add(current);
                }

                current = new List<(int Start, int End, string Word)>();
            }
            else
            {
                current.Add(token);
            }
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups;
    }

    /// <summary>A name in a run of capitalised words, after its title: a new spelling of a known official, or a new person.</summary>
    private static void Candidate(string text, int regionStart, int regionEnd, List<(int Start, int End, string Word)> group,
        NameIndex index, List<ProposedPerson> proposed, List<(string OfficialId, string Spelling, int Position)> aliases, Action<Mention> add)
    {
        var k = 0;
        while (k < group.Count && Vocabulary.NotNameWords.Contains(Vocabulary.BaseWord(group[k].Word)))
        {
            k++;
        }

        var name = group.Skip(k).TakeWhile(t => !Vocabulary.NotNameWords.Contains(Vocabulary.BaseWord(t.Word))).ToList();
        if (name.Count is < 2 or > 3)
        {
            return;
        }

        var words = name.Select(t => Vocabulary.BaseWord(t.Word)).ToList();
        var start = name[0].Start;
        var spelling = string.Join(" ", words);
        var end = start + spelling.Length;
        var titled = k > 0 && Vocabulary.TitleWords.Contains(Vocabulary.BaseWord(group[k - 1].Word));
        var preceding = text[Math.Max(regionStart, start - 30)..start];
        var after = text[end..Math.Min(regionEnd, end + 220)];
        if (!titled && !Honorific.IsMatch(preceding) && !NameBeforeVerb.IsMatch(after) && !index.SharesSurname(words))
        {
            return;
        }

        var known = index.CloseOfficial(words);
        if (known is not null)
        {
            aliases.Add((known, spelling, start));
            add(new Mention(start, end, MentionKind.Name, known));
            return;
        }

        var id = Slugs.Slug(spelling);
        if (!proposed.Any(p => p.Id == id) && !index.Contains(id))
        {
            proposed.Add(new ProposedPerson(id, spelling, start));
        }

        add(new Mention(start, end, MentionKind.Name, id));
    }
}
