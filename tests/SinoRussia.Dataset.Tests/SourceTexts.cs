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
        ["Russia-China Year of Culture"] = "the name of a cultural year, in curly quotes (kremlin-meeting-report-2025)",
    };

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
