using System.Reflection;
using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>The source documents' texts, read from data/sources/, and the quotations they contain.</summary>
internal static class SourceTexts
{
    public static string Root { get; } = typeof(SourceTexts).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Of(Source source) => File.ReadAllText(Path.Combine(Root, "data", "sources", source.File));

    /// <summary>
    /// Passages the documents put in quotation marks that are titles, not quotations of a speaker.
    /// Every entry is a deliberate, documented exclusion.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotQuotations = new Dictionary<string, string>
    {
        ["Russia-China Year of Culture"] = "the name of a cultural year, in curly quotes (unattributed-report-2025)",
    };

    /// <summary>
    /// Sentences the attribution test checks (a sentence with a verb of attribution; a sentence that
    /// continues a speaker's paragraph) but that are deliberately not recorded as quotes, keyed by an
    /// excerpt of the sentence. Every entry is a deliberate, documented exclusion, and the test checks
    /// that each is still needed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotStatements = new Dictionary<string, string>
    {
        ["He made these remarks during a meeting"] = "the report saying where Putin spoke, not what he said (unattributed-report-2025)",
    };

    /// <summary>Where <paramref name="excerpt"/> occurs in <paramref name="text"/>: start (inclusive) and end (exclusive) of each occurrence.</summary>
    public static IEnumerable<(int Start, int End)> Occurrences(string text, string excerpt)
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

    /// <summary>
    /// The sentences of a text (line endings already normalised to \n), with their positions: from a
    /// non-space character to the next '.', '!' or '?' (and a closing quotation mark after it) that is
    /// followed by white space or the end of the line, or to the end of the line. A '.' that closes an
    /// abbreviation of capitals ("U.S.", "U.N.") ends no sentence.
    /// </summary>
    public static IReadOnlyList<Match> Sentences(string text)
        => Regex.Matches(text, @"\S.*?(?:(?<![A-Z]\.[A-Z])[.!?][""”]?(?=\s|$)|$)", RegexOptions.Multiline).Cast<Match>().ToList();

    /// <summary>
    /// Where a text (line endings already normalised to \n) is inside quotation marks, the marks
    /// included, as start (inclusive) and end (exclusive): the pairs <see cref="QuotedPassages"/> reads.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> QuotedRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var lineStart = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var marks = new List<int>();
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] == '"')
                {
                    marks.Add(i);
                }
            }

            for (var i = 0; i + 1 < marks.Count; i += 2)
            {
                ranges.Add((lineStart + marks[i], lineStart + marks[i + 1] + 1));
            }

            foreach (Match match in Regex.Matches(paragraph, "“[^”]*”"))
            {
                ranges.Add((lineStart + match.Index, lineStart + match.Index + match.Length));
            }

            lineStart += paragraph.Length + 1;
        }

        return ranges;
    }

    /// <summary>
    /// Every passage in quotation marks: straight quotes paired in order within a paragraph, and curly
    /// “...” pairs. A comma just before the closing mark belongs to the attribution and is dropped.
    /// </summary>
    public static IReadOnlyList<string> QuotedPassages(string text)
    {
        var passages = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var marks = new List<int>();
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] == '"')
                {
                    marks.Add(i);
                }
            }

            for (var i = 0; i + 1 < marks.Count; i += 2)
            {
                passages.Add(Trim(paragraph.Substring(marks[i] + 1, marks[i + 1] - marks[i] - 1)));
            }

            foreach (Match match in Regex.Matches(paragraph, "“([^”]*)”"))
            {
                passages.Add(Trim(match.Groups[1].Value));
            }
        }

        return passages;
    }

    private static string Trim(string passage) => passage.EndsWith(',') ? passage[..^1] : passage;
}
