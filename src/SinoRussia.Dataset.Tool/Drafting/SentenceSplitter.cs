using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Splits paragraphs into sentences without splitting a quotation: a sentence ends at '.', '!' or '?'
/// outside quotation marks before white space, or at a closing quotation mark after such a character
/// when a new sentence follows ('development." The diplomat'). "U.S.", "U.N.", "Mr." and initials end none.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly Regex LastWord = new(@"([A-Za-z.]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Initials = new(@"^(?:[A-Z]\.)*[A-Z]$", RegexOptions.CultureInvariant);

    /// <summary>The sentences of the paragraphs, in order.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <param name="quotations">The quotations in them.</param>
    /// <returns>The sentences.</returns>
    public static List<Sentence> Split(string text, IReadOnlyList<(int Start, int End)> paragraphs, IReadOnlyList<Quotation> quotations)
    {
        var sentences = new List<Sentence>();
        for (var pi = 0; pi < paragraphs.Count; pi++)
        {
            var (ps, pe) = paragraphs[pi];
            var inside = new HashSet<int>();
            var closing = new Dictionary<int, Quotation>();
            foreach (var q in quotations)
            {
                if (q.Paragraph != pi)
                {
                    continue;
                }

                for (var k = q.Open; k < q.End; k++)
                {
                    inside.Add(k);
                }

                if (q.Close is { } close)
                {
                    closing[close] = q;
                }
            }

            var start = -1;
            var i = ps;
            while (i < pe)
            {
                var c = text[i];
                if (start < 0)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        i++;
                        continue;
                    }

                    start = i;
                }

                int? endAt = null;
                if (closing.TryGetValue(i, out var quotation))
                {
                    var before = text[quotation.InnerStart..i].TrimEnd();
                    var next = ArticleText.Slice(text, i + 1, pe).TrimStart();
                    if (before.Length > 0 && before[^1] is '.' or '!' or '?' && (i + 1 == pe || char.IsWhiteSpace(text[i + 1]))
                        && (next.Length == 0 || char.IsUpper(next[0]) || next[0] is '"' or '“'))
                    {
                        endAt = i + 1;
                    }
                }
                else if (!inside.Contains(i) && c is '.' or '!' or '?' && !(c == '.' && IsAbbreviation(text, i))
                    && (i + 1 == pe || char.IsWhiteSpace(text[i + 1])))
                {
                    endAt = i + 1;
                }

                if (endAt is { } end)
                {
                    sentences.Add(new Sentence(start, end, pi));
                    start = -1;
                    i = end;
                    continue;
                }

                i++;
            }

            if (start >= 0)
            {
                var open = start;
                var end = pe;
                while (end > open && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                sentences.Add(new Sentence(open, end, pi));
            }
        }

        return sentences;
    }

    /// <summary>Whether the '.' at a position closes an abbreviation or an initial rather than a sentence.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The period's position.</param>
    /// <returns>True for an abbreviation.</returns>
    public static bool IsAbbreviation(string text, int i)
    {
        var from = i > 20 ? i - 20 : 0;
        var m = LastWord.Match(text[from..i]);
        if (!m.Success)
        {
            return false;
        }

        var word = m.Groups[1].Value;
        if (word.Contains('.', System.StringComparison.Ordinal) && Initials.IsMatch(word))
        {
            return true;
        }

        if (Vocabulary.Abbreviations.Contains(word.Trim('.')))
        {
            return true;
        }

        return word.Length == 1 && char.IsUpper(word[0]) && i >= 2 && text[i - 2] == ' ';
    }
}
