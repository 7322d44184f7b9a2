using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Finds attributions: a subject (a name with its title and apposition, a pronoun, a role phrase)
/// and a verb of speech ("Wang Yi, director of ..., said"; "Putin extended ... and expressed");
/// trailing ones ("..., he added."; "..., said Wang."); and "According to X, ...". Words inside
/// quotation marks are hidden first, so nothing quoted is taken for an attribution.
/// </summary>
internal static class AttributionFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly string Verbs = Vocabulary.SpeechVerbPattern;
    private static readonly Regex Leading = new(@"^(?<app>,\s[^,""“”]{1,200}?,)?\s+(?:also\s+|further\s+|again\s+|then\s+|later\s+|repeatedly\s+)?"
        + @"(?<verb>" + Verbs + @")\b(?<that>\s+that\b)?", Options);
    private static readonly Regex TwoVerbs = new(@"^\s+(?!and\b)[a-z]+\b[^,;.!?""“”]*?\sand\s+(?:also\s+)?(?<verb>" + Verbs + @")\b(?<that>\s+that\b)?", Options);
    private static readonly Regex Circumstance = new(@"^\s*(?:[.!?][""”]?\s*$|(?:at|on|in|during|as|while|after|before|when|with|to|from)\b)", Options);
    private static readonly Regex According = new(@"\b[Aa]ccording to\s+$", Options);
    private static readonly Regex Inverted = new(@"(?:,|,[""”]|[""”])\s*(?<verb>" + Verbs + @")\s+$", Options);
    private static readonly Regex Apposition = new(@"^,\s[^,]{1,200}?,", Options);
    private static readonly Regex LowercaseWord = new(@"^\s(?:also\s)?[a-z]+", Options);
    private static readonly Regex Conjunction = new(@"^\s(?:and|or)\b", Options);

    /// <summary>The text with the words inside quotation marks (not flagged names) hidden as '#', a closing comma kept.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="quotations">The quotations.</param>
    /// <returns>The masked text, as long as the text.</returns>
    public static string Masked(string text, IReadOnlyList<Quotation> quotations)
    {
        var chars = text.ToCharArray();
        foreach (var q in quotations.Where(x => x.Flag is null))
        {
            var end = q.TextEnd(text);
            for (var k = q.InnerStart; k < end; k++)
            {
                if (chars[k] != '\n')
                {
                    chars[k] = '#';
                }
            }
        }

        return new string(chars);
    }

    /// <summary>The attributions of a sentence, in order.</summary>
    /// <param name="masked">The masked text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Every mention of the article.</param>
    /// <returns>The attributions.</returns>
    public static List<Attribution> Find(string masked, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var found = new List<Attribution>();
        var subjects = mentions.Where(m => m.IsIn(sentence) && !m.InQuotation && m.Kind is MentionKind.Name or MentionKind.Pronoun or MentionKind.Role);
        foreach (var m in subjects)
        {
            var after = ArticleText.Slice(masked, m.End, sentence.End);
            var start = m.Kind == MentionKind.Name ? m.TitleStart : m.Start;
            var before = ArticleText.Slice(masked, sentence.Start, start);
            var match = Leading.Match(after);
            if (match.Success && match.Groups["app"].Success && m.Kind != MentionKind.Name)
            {
                match = Match.Empty;
            }

            if (!match.Success)
            {
                match = TwoVerbs.Match(after);
            }

            var according = According.Match(before);
            if (match.Success)
            {
                var verbStart = m.End + match.Groups["verb"].Index;
                var verbEnd = verbStart + match.Groups["verb"].Length;
                var kind = AttributionKind.Leading;
                var rest = ArticleText.Slice(masked, verbEnd, sentence.End);
                var b = before.TrimEnd();
                if (b.Length > 0 && (b.EndsWith(',') || b.EndsWith(",\"", System.StringComparison.Ordinal) || b.EndsWith(",”", System.StringComparison.Ordinal)
                    || b.EndsWith('"') || b.EndsWith('”')) && Circumstance.IsMatch(rest))
                {
                    kind = AttributionKind.Trailing;
                }

                if (according.Success)
                {
                    kind = AttributionKind.According;
                    start = sentence.Start + according.Index;
                }

                found.Add(new Attribution(m, kind, start, verbStart, verbEnd, m.End + match.Index + match.Length));
                continue;
            }

            if (according.Success)
            {
                found.Add(new Attribution(m, AttributionKind.According, sentence.Start + according.Index, m.Start, m.End, m.End));
                continue;
            }

            var inverted = Inverted.Match(before);
            if (inverted.Success && Circumstance.IsMatch(after))
            {
                var verbStart = sentence.Start + inverted.Groups["verb"].Index;
                found.Add(new Attribution(m, AttributionKind.Trailing, verbStart, verbStart, verbStart + inverted.Groups["verb"].Length, m.End));
            }
        }

        return found.OrderBy(a => a.Start).ToList();
    }

    /// <summary>The official a sentence of narration is about: a name at its start (after an opening phrase) before a verb.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="mentions">Every mention of the article.</param>
    /// <returns>The official's id, or null.</returns>
    public static string? NamedSubject(string text, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var m = mentions.FirstOrDefault(x => x.IsIn(sentence) && !x.InQuotation);
        if (m is null || m.Kind != MentionKind.Name)
        {
            return null;
        }

        var lead = ArticleText.Slice(text, sentence.Start, m.TitleStart);
        if (lead.Trim().Length > 0 && !(lead.TrimEnd().EndsWith(',') && lead.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Length <= 12))
        {
            return null;
        }

        var after = Apposition.Replace(ArticleText.Slice(text, m.End, sentence.End), string.Empty, 1);
        return LowercaseWord.IsMatch(after) && !Conjunction.IsMatch(after) ? m.Official : null;
    }
}
