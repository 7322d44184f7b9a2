using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Finds the quotations of the body: straight quotes paired in order within a paragraph, curly “...”
/// pairs, and quotations that run over paragraphs (a paragraph left open whose next paragraph opens
/// with a quotation mark, as English news does). A quoted name or title ("Year of Culture") is flagged.
/// </summary>
internal static class QuotationFinder
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "a", "an", "to", "at", "by", "with", "de", "la", "du", "von", "vs",
    };

    private static readonly Regex Word = new(@"[\w’'-]+", RegexOptions.CultureInvariant);
    private static readonly Regex EndsWithPunctuation = new(@"[.!?;:,]$", RegexOptions.CultureInvariant);

    /// <summary>The quotations of the paragraphs, in order, and the TODOs about unpaired marks.</summary>
    /// <param name="article">The article.</param>
    /// <param name="paragraphs">The body's paragraphs.</param>
    /// <returns>The quotations, and a TODO for every unpaired quotation mark.</returns>
    public static (IReadOnlyList<Quotation> Quotations, IReadOnlyList<DraftTodoEntry> Todos) Find(ArticleText article, IReadOnlyList<(int Start, int End)> paragraphs)
    {
        var todos = new List<DraftTodoEntry>();
        var text = article.Text;
        var quotations = new List<Quotation>();
        var pending = new Dictionary<char, int>();
        var groups = 0;
        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var (ps, pe) = paragraphs[pi];
            var found = new List<Quotation>();
            var marks = new List<int>();
            for (var i = ps; i < pe; i++)
            {
                if (text[i] == '"')
                {
                    marks.Add(i);
                }
            }

            for (var k = 0; k + 1 < marks.Count; k += 2)
            {
                found.Add(new Quotation(marks[k], marks[k + 1], marks[k + 1], pi, '"'));
            }

            if (marks.Count % 2 == 1)
            {
                var last = marks[^1];
                if (NextStartsWith(text, paragraphs, pi, '"'))
                {
                    found.Add(new Quotation(last, null, TrimmedEnd(text, last + 1, pe), pi, '"'));
                }
                else
                {
                    todos.Add(new DraftTodoEntry(article.LineOf(last), null, new DraftTodo(null, "an unpaired quotation mark: check the quotations of this paragraph")));
                }
            }

            int? openAt = null;
            for (var i = ps; i < pe; i++)
            {
                if (text[i] == '“' && openAt is null)
                {
                    openAt = i;
                }
                else if (text[i] == '”' && openAt is { } open)
                {
                    found.Add(new Quotation(open, i, i, pi, '“'));
                    openAt = null;
                }
            }

            if (openAt is { } unclosed)
            {
                if (NextStartsWith(text, paragraphs, pi, '“'))
                {
                    found.Add(new Quotation(unclosed, null, TrimmedEnd(text, unclosed + 1, pe), pi, '“'));
                }
                else
                {
                    todos.Add(new DraftTodoEntry(article.LineOf(unclosed), null, new DraftTodo(null, "an unpaired quotation mark: check the quotations of this paragraph")));
                }
            }

            found.Sort((a, b) => a.Open.CompareTo(b.Open));
            var firstCharacter = ps + (text[ps..pe].Length - text[ps..pe].TrimStart().Length);
            var grouped = new List<Quotation>(found.Count);
            foreach (var q in found)
            {
                if (pending.TryGetValue(q.Mark, out var group) && q.Open == firstCharacter)
                {
                    grouped.Add(q with { Group = group, Continued = true });
                    pending.Remove(q.Mark);
                }
                else
                {
                    grouped.Add(q with { Group = ++groups });
                }
            }

            pending.Clear();
            foreach (var q in grouped.Where(x => x.RunsOn))
            {
                pending[q.Mark] = q.Group;
            }

            foreach (var q in grouped)
            {
                if (q.InnerEnd > q.InnerStart && q.Text(text).Trim().Length > 0)
                {
                    quotations.Add(!q.RunsOn && !q.Continued && IsTitleOrName(q.Text(text)) ? q with { Flag = "title-or-name" } : q);
                }
            }
        }

        return (quotations, todos);
    }

    /// <summary>
    /// Whether quoted words look like a name or a title rather than speech: one to eight words, no
    /// punctuation, every word but the small ones capitalised ("Russia-China Year of Culture").
    /// </summary>
    /// <param name="inner">The quoted words.</param>
    /// <returns>True for a name or a title.</returns>
    public static bool IsTitleOrName(string inner)
    {
        var s = inner.Trim();
        if (s.Length == 0 || EndsWithPunctuation.IsMatch(s) || s.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var words = Word.Matches(s).Select(m => m.Value).ToList();
        if (words.Count is < 1 or > 8 || !(char.IsUpper(words[0][0]) || char.IsDigit(words[0][0])))
        {
            return false;
        }

        return words.Where(w => !MinorWords.Contains(w.ToLowerInvariant())).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    private static bool NextStartsWith(string text, IReadOnlyList<(int Start, int End)> paragraphs, int index, char mark)
        => index + 1 < paragraphs.Count && text[paragraphs[index + 1].Start..paragraphs[index + 1].End].TrimStart().StartsWith(mark);

    private static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
