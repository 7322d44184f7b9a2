using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>The title a text gives a name: before it ("Russian Security Council Secretary") or after it in an apposition.</summary>
internal static class TitleReader
{
    private static readonly Regex TitleRun = new(@"((?:(?:[A-Z][\w’'.-]*|of|the|for|and)\s)+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Token = new(@"\S+", RegexOptions.CultureInvariant);
    private static readonly Regex AppositionPattern = new(@"^,\s(?:a |an |the )?([a-z][^,]{2,150}?),", RegexOptions.CultureInvariant);
    private static readonly Regex CapitalisedWord = new("[A-Z][a-z]+", RegexOptions.CultureInvariant);

    /// <summary>
    /// The title just before a name: capitalised words joined by of/the/for/and, cut at an "and" that
    /// follows another name ("Xi Jinping and Russian President"), holding at least one title word.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="position">The name's start.</param>
    /// <param name="floor">How far back to look (the sentence's start).</param>
    /// <param name="names">The spans of the other names.</param>
    /// <returns>The title and where it starts, or null and the name's start.</returns>
    public static (string? Title, int Start) Before(string text, int position, int floor, IReadOnlyList<(int Start, int End)> names)
    {
        var m = TitleRun.Match(text[floor..position]);
        if (!m.Success)
        {
            return (null, position);
        }

        var start = floor + m.Groups[1].Index;
        var tokens = Token.Matches(text[start..position]).Select(t => (Position: start + t.Index, Word: t.Value)).ToList();
        var cut = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Word != "and")
            {
                continue;
            }

            if (k == 0 || !Vocabulary.NotNameWords.Contains(Vocabulary.BaseWord(tokens[k - 1].Word))
                || names.Any(n => n.Start <= tokens[k - 1].Position && tokens[k - 1].Position < n.End))
            {
                cut = k + 1;
            }
        }

        tokens = tokens.Skip(cut).ToList();
        while (tokens.Count > 0 && tokens[0].Word is "of" or "the" or "for" or "and" or "The")
        {
            tokens.RemoveAt(0);
        }

        while (tokens.Count > 0 && !Vocabulary.NotNameWords.Contains(Vocabulary.BaseWord(tokens[0].Word)))
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0 || !tokens.Any(t => Vocabulary.TitleWords.Contains(Vocabulary.BaseWord(t.Word))))
        {
            return (null, position);
        }

        return (text[tokens[0].Position..position].TrimEnd(), tokens[0].Position);
    }

    /// <summary>An apposition right after a name: ", director of the Office of ...,".</summary>
    /// <param name="after">The text after the name, to the end of its sentence.</param>
    /// <returns>The apposition without its article, or null.</returns>
    public static string? Apposition(string after)
    {
        var m = AppositionPattern.Match(after);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The country a title names ("Russian Deputy Foreign Minister": RU).</summary>
    /// <param name="phrase">The title, or null.</param>
    /// <returns>The country code, or null.</returns>
    public static string? CountryIn(string? phrase)
    {
        if (phrase is null)
        {
            return null;
        }

        foreach (Match word in CapitalisedWord.Matches(phrase))
        {
            if (Vocabulary.Demonyms.TryGetValue(word.Value, out var country))
            {
                return country;
            }
        }

        return null;
    }
}
