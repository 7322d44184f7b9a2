using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// Every statement a document attributes to an official by name is recorded: a sentence of the form
/// "&lt;official&gt; said / stressed / noted ..." has a quote (direct or reported) drawn from it.
/// </summary>
public class AttributionTests
{
    /// <summary>The verbs of attribution a sentence is checked for, after the official's name.</summary>
    private static readonly string[] Verbs =
    {
        "said", "stressed", "noted", "pointed out", "underscored", "highlighted", "emphasized", "emphasised", "affirmed",
        "recalled", "stated", "told", "added", "reiterated", "mentioned", "urged", "outlined", "thanked", "called on",
        "drew attention", "expressed", "invited", "conveyed",
    };

    /// <summary>
    /// A known official (name, alias, or surname: the first word of a Chinese name, the last of any
    /// other), an optional apposition between commas ("Wang Yi, director of ..., said"), an optional
    /// "also", then a verb of attribution.
    /// </summary>
    private static readonly Regex Attribution = new(
        @"\b(?:" + string.Join("|", Officials.All
            .SelectMany(o => o.Aliases.Append(o.Name).Append(Surname(o)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(Regex.Escape))
        + @")(?:, [^,]+,)? (?:also )?(?:" + string.Join("|", Verbs.Select(Regex.Escape)) + @")\b");

    private static string Surname(Official official)
    {
        var words = official.Name.Split(' ');
        return official.Country == "CN" ? words[0] : words[^1];
    }

    private static string TextOf(Source source) => SourceTexts.Of(source).Replace("\r\n", "\n");

    /// <summary>The sentences of the text that attribute something to a known official by name.</summary>
    private static IEnumerable<Match> AttributedSentences(string text)
        => SourceTexts.Sentences(text).Where(sentence => Attribution.IsMatch(sentence.Value));

    /// <summary>Where <paramref name="excerpt"/> occurs in <paramref name="text"/>: start (inclusive) and end (exclusive) of each occurrence.</summary>
    private static IEnumerable<(int Start, int End)> Occurrences(string text, string excerpt)
    {
        if (excerpt.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(excerpt, StringComparison.Ordinal); at >= 0; at = text.IndexOf(excerpt, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + excerpt.Length);
        }
    }

    public static TheoryData<string> SourceIds() => new(Sources.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_statement_attributed_to_an_official_by_name_has_a_quote_drawn_from_its_sentence(string sourceId)
    {
        var source = Sources.ById(sourceId);
        var text = TextOf(source);
        var quoted = Quotes.All.Where(q => q.Source == source).SelectMany(q => Occurrences(text, q.Text)).ToList();

        var unrecorded = AttributedSentences(text)
            .Where(sentence => !SourceTexts.NotStatements.Keys.Any(excerpt => sentence.Value.Contains(excerpt, StringComparison.Ordinal)))
            .Where(sentence => !quoted.Any(q => q.Start < sentence.Index + sentence.Length && sentence.Index < q.End))
            .Select(sentence => sentence.Value)
            .ToList();

        unrecorded.ShouldBeEmpty(sourceId);
    }

    [Fact]
    public void The_check_finds_the_attributions_of_every_document_and_every_exclusion_is_still_needed()
    {
        var attributed = Sources.All.SelectMany(s => AttributedSentences(TextOf(s))).Select(m => m.Value).ToList();

        // The sentence forms the documents use: name then verb, an apposition between commas, the surname alone.
        attributed.ShouldContain(s => s.StartsWith("Sergei Shoigu said that", StringComparison.Ordinal));
        attributed.ShouldContain(s => s.Contains("Wang Yi, director of the Office", StringComparison.Ordinal));
        attributed.ShouldContain(s => s.Contains("Putin underscored", StringComparison.Ordinal));
        attributed.ShouldContain(s => s.StartsWith("Rudenko said", StringComparison.Ordinal));
        foreach (var excerpt in SourceTexts.NotStatements.Keys)
        {
            attributed.ShouldContain(s => s.Contains(excerpt, StringComparison.Ordinal), excerpt);
        }
    }
}
