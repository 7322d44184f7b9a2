using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Every quotation as a direct quote, with the speaker of its attribution: the one right after it
/// ('," he added'), else one before it in its sentence ("Wang Yi said China will "...""), else one later
/// in it; a quotation whose sentences have none takes the previous attribution in its paragraph
/// ('"A," he said. "B."'). A quotation over several paragraphs is one quote per paragraph.
/// </summary>
internal static class DirectQuotes
{
    /// <summary>Drafts the direct quotes.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentences">The body's sentences, with their attributions.</param>
    /// <param name="quotations">The quotations.</param>
    /// <returns>One candidate per quotation, in order.</returns>
    public static List<QuoteCandidate> Draft(ArticleText article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations)
    {
        var text = article.Text;
        var drafts = new List<QuoteCandidate>();
        foreach (var q in quotations)
        {
            var (attribution, fromPrevious) = AttributionOf(text, sentences, q.Group, quotations);
            var speaker = attribution?.Speaker;
            var cue = attribution?.Cue(text);
            if (cue is not null && fromPrevious)
            {
                cue += " (the sentence before)";
            }

            var words = q.Text(text);
            var todos = new List<DraftTodo>();
            if (q.Flag is not null)
            {
                todos.Add(new DraftTodo(null, $"“{words}” looks like a title or a name in quotation marks: record it as a quote, or leave it out"));
            }

            if (speaker is null && q.Flag is null)
            {
                todos.Add(new DraftTodo(Keys.Speaker, "speaker undecided: " + (cue is null ? "no attribution found" : $"'{cue}' stands for nobody named before it")));
            }

            if (q.Continued || q.RunsOn)
            {
                todos.Add(new DraftTodo(Keys.Text, "part of a quotation that runs over several paragraphs: one quote per paragraph"));
            }

            drafts.Add(new QuoteCandidate(QuoteKind.Direct, words, q.InnerStart, speaker, cue, article.LineOf(q.Open), q.Flag) { Todos = todos });
        }

        return drafts;
    }

    /// <summary>The attribution a quotation (all its paragraphs) belongs to, and whether it is the previous sentence's.</summary>
    private static (Attribution? Attribution, bool FromPrevious) AttributionOf(string text, IReadOnlyList<Sentence> sentences, int group, IReadOnlyList<Quotation> quotations)
    {
        var pieces = quotations.Where(q => q.Group == group).ToList();
        foreach (var q in pieces)
        {
            var s = sentences.FirstOrDefault(x => x.Contains(q.Open));
            if (s is null || s.Attributions.Count == 0)
            {
                continue;
            }

            var right = s.Attributions.FirstOrDefault(a => a.Start >= q.End && ArticleText.Slice(text, q.End, a.Start).Trim(' ', ',', '"', '”').Length == 0);
            if (right is not null)
            {
                return (right, false);
            }

            var before = s.Attributions.LastOrDefault(a => a.End <= q.Open);
            if (before is not null)
            {
                return (before, false);
            }

            var later = s.Attributions.FirstOrDefault(a => a.Start >= q.End);
            if (later is not null)
            {
                return (later, false);
            }
        }

        var first = pieces[0];
        var sentence = sentences.FirstOrDefault(x => x.Contains(first.Open));
        var limit = sentence?.Start ?? first.Open;
        var previous = sentences.LastOrDefault(x => x.Paragraph == first.Paragraph && x.End <= limit && x.Attributions.Count > 0);
        if (previous is null)
        {
            return (null, false);
        }

        return (previous.Attributions[^1], true);
    }
}
