using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Statements attributed without quotation marks, as excerpts of the article's sentences, as the
/// curation cuts them: a sentence with a leading attribution whole ("Wang Yi said that ..."); what
/// precedes a trailing one ("Moscow and Beijing are working ..., Wang Yi said."), less an opening
/// connective ("Furthermore, "); what follows "According to X, ". A sentence later in the paragraph
/// of an attribution continues that speaker's speech, unless it is narration ("He made these remarks
/// ...", a sentence opening with a name). A quotation at either edge, with the few words tying it in,
/// is left to its direct quote; a sentence with at most four words of its own besides is no statement.
/// </summary>
internal static class ReportedStatements
{
    private const int MostWordsOfNoStatement = 4;
    private const int MostTyingWords = 5;
    private static readonly Regex Word = new(@"[\w’'-]+", RegexOptions.CultureInvariant);
    private static readonly Regex Tie = new(@"^\s*,?\s*(?:and\s+)?", RegexOptions.CultureInvariant);

    /// <summary>Drafts the reported statements.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentences">The body's sentences, with their attributions.</param>
    /// <param name="quotations">The quotations.</param>
    /// <param name="mentions">Every mention.</param>
    /// <returns>The candidates, in order.</returns>
    public static List<QuoteCandidate> Draft(ArticleText article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations, IReadOnlyList<Mention> mentions)
    {
        var text = article.Text;
        var drafts = new List<QuoteCandidate>();
        var paragraphSpeaker = new Dictionary<int, string>();
        var real = quotations.Where(q => q.Flag is null).ToList();
        foreach (var s in sentences.Where(x => !x.IsTitle))
        {
            var inside = real.Where(q => s.Contains(q.Open)).ToList();
            string? speaker;
            string cue;
            int c0, c1;
            List<(int Start, int End)> attributionSpans;
            if (s.Attributions.Count > 0)
            {
                var a = s.Attributions[0];
                speaker = a.Speaker;
                cue = a.Cue(text);
                foreach (var x in s.Attributions.Where(y => y.Speaker is not null))
                {
                    paragraphSpeaker[s.Paragraph] = x.Speaker!;
                }

                (c0, c1) = Content(text, s, a);
                attributionSpans = s.Attributions.Select(x => (x.Start, x.End)).ToList();
            }
            else
            {
                if (!paragraphSpeaker.TryGetValue(s.Paragraph, out var continued) || IsNarration(text[s.Start..s.End]))
                {
                    continue;
                }

                var subject = mentions.FirstOrDefault(m => m.IsIn(s) && !m.InQuotation);
                if (subject is not null && subject.Kind == MentionKind.Name && ArticleText.Slice(text, s.Start, subject.TitleStart).Trim().Length == 0)
                {
                    continue;
                }

                speaker = continued;
                cue = "continues the paragraph of " + continued;
                (c0, c1) = (s.Start, s.End);
                attributionSpans = new List<(int Start, int End)>();
            }

            var trimmed = TrimEdgeQuotations(text, c0, c1, inside.Where(q => c0 <= q.Open && q.Open < c1).ToList(), attributionSpans);
            if (trimmed is not { } content)
            {
                continue;
            }

            (c0, c1) = content;
            while (c1 > c0 && text[c1 - 1] is ' ' or ',' or ';')
            {
                c1--;
            }

            while (c0 < c1 && text[c0] == ' ')
            {
                c0++;
            }

            if (ContentWords(text, c0, c1, inside, attributionSpans) <= MostWordsOfNoStatement)
            {
                continue;
            }

            drafts.Add(new QuoteCandidate(QuoteKind.Reported, text[c0..c1], c0, speaker, cue, article.LineOf(c0), null)
            {
                Todos = speaker is null ? new[] { new DraftTodo(Keys.Speaker, $"speaker undecided: '{cue}' stands for nobody named before it") } : Array.Empty<DraftTodo>(),
            });
        }

        return drafts;
    }

    /// <summary>The part of a sentence an attribution reports.</summary>
    private static (int Start, int End) Content(string text, Sentence s, Attribution a)
    {
        switch (a.Kind)
        {
            case AttributionKind.According:
                var comma = text.IndexOf(',', a.Mention.End, s.End - a.Mention.End);
                return comma >= 0 ? (comma + 1, s.End) : (a.End, s.End);
            case AttributionKind.Trailing:
                var c0 = s.Start;
                var c1 = a.Start;
                while (c1 > c0 && text[c1 - 1] is ' ' or ',')
                {
                    c1--;
                }

                foreach (var opener in Vocabulary.DiscourseOpeners)
                {
                    if (text.AsSpan(c0).StartsWith(opener + ", ", StringComparison.Ordinal))
                    {
                        c0 += opener.Length + 2;
                        break;
                    }
                }

                return (c0, c1);
            default:
                return (s.Start, s.End);
        }
    }

    /// <summary>Whether a sentence opens as narration ("He made these remarks ...", "The two sides agreed ...").</summary>
    private static bool IsNarration(string sentence)
        => Vocabulary.NarrationSubjects.Any(subject => sentence.StartsWith(subject, StringComparison.Ordinal)
            && (sentence.Length == subject.Length || !(char.IsLetterOrDigit(sentence[subject.Length]) || sentence[subject.Length] == '_')));

    private static int ContentWords(string text, int c0, int c1, IReadOnlyList<Quotation> quotations, IReadOnlyList<(int Start, int End)> spans)
    {
        var hidden = quotations.Select(q => (Start: q.Open, q.End)).Concat(spans).ToList();
        return ArticleText.MatchesIn(Word, text, c0, c1).Count(w => !hidden.Any(h => h.Start <= w.Index && w.Index < h.End));
    }

    /// <summary>A quotation at either edge of the content is its direct quote's, with the few words tying it in.</summary>
    private static (int Start, int End)? TrimEdgeQuotations(string text, int c0, int c1, List<Quotation> inside, IReadOnlyList<(int Start, int End)> attributionSpans)
    {
        if (inside.Count == 0)
        {
            return (c0, c1);
        }

        inside.Sort((a, b) => a.Open.CompareTo(b.Open));
        var first = inside[0];
        var lead = ArticleText.Slice(text, c0, first.Open);
        if (!attributionSpans.Any(a => c0 <= a.Start && a.Start < first.Open) && Word.Matches(lead).Count <= MostTyingWords)
        {
            var tail = ArticleText.Slice(text, first.End, c1);
            if (first.End >= c1 || tail.Trim(' ', '.', ',', '!', '?').Length == 0)
            {
                return null;
            }

            if (tail.TrimStart().StartsWith(','))
            {
                c0 = first.End + Tie.Match(tail).Length;
            }
        }

        var last = inside[^1];
        if (last.Open >= c0 && ArticleText.Slice(text, last.End, c1).Trim(' ', '.', '!', '?').Length == 0)
        {
            var head = ArticleText.Slice(text, c0, last.Open);
            var boundary = Math.Max(head.LastIndexOf(", ", StringComparison.Ordinal), head.LastIndexOf(" and ", StringComparison.Ordinal));
            foreach (var (_, end) in attributionSpans)
            {
                if (c0 <= end && end <= last.Open)
                {
                    boundary = Math.Max(boundary, end - c0);
                }
            }

            if (boundary >= 0 && Word.Matches(head[boundary..]).Count <= MostTyingWords)
            {
                c1 = c0 + boundary;
            }
        }

        return (c0, c1);
    }
}
