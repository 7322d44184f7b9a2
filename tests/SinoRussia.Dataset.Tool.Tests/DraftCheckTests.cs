using System.Text.RegularExpressions;
using SinoRussia.Dataset.Tool.Checking;
using SinoRussia.Dataset.Tool.Drafting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// "The draft must pass check except where it says TODO": each of the five documents, moved a year on
/// (so that its ids are new and do not repeat the shipped ones), is drafted, saved beside its text and
/// checked with the generator's rules. Every error falls in a record that carries a <c># TODO:</c>
/// about the very field the error names.
/// </summary>
public sealed class DraftCheckTests : TempFolderTest
{

    public static TheoryData<string> Documents() => new(Directory.GetFiles(Path.Combine(CheckTests.RepositoryRoot, "data", "sources"), "*.txt")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_draft_passes_check_except_where_it_says_todo(string fileName)
    {
        // A year on: "2025" → "2026" and so on, in the text and therefore in every quote and date drafted from it.
        var text = Regex.Replace(File.ReadAllText(Path.Combine(CheckTests.RepositoryRoot, "data", "sources", fileName)),
            @"\b(202[2-5])\b", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var article = Path.Combine(Folder, "moved-" + fileName);
        File.WriteAllText(article, text);
        var officials = Officials.All.Select(o => new KnownOfficial(o.Id, o.Name, o.Aliases, o.Country)).ToList();
        var yaml = ArticleDrafter.Draft(text, Path.GetFileName(article), officials).ToYaml();
        File.WriteAllText(Path.Combine(Folder, "draft.yaml"), yaml);

        var output = new StringWriter();
        var exitCode = CheckCommand.Run(Folder, output);
        exitCode.ShouldBe(Regex.IsMatch(output.ToString(), @": error ") ? 1 : 0, output.ToString());
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var errors = Regex.Matches(output.ToString(), @"draft\.yaml\((\d+),\d+\): error (SRD\d{4}): (.*)").ToList();
        output.ToString().ShouldNotContain("CS878", customMessage: "the generator ran");
        foreach (Match error in errors)
        {
            // The field the error is about: "missing the required field 'date'", or the last step of its path ('quotes[3].meeting').
            var message = error.Groups[3].Value;
            var missing = Regex.Match(message, "missing the required field '([^']+)'");
            var field = missing.Success ? missing.Groups[1].Value : Regex.Match(message, @"^'[^']*?(\w+)'").Groups[1].Value;
            field.ShouldNotBeNullOrEmpty($"the field of: {error.Value}");
            var line = int.Parse(error.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            RecordOf(lines, line).ShouldContain(l => l.TrimStart().StartsWith($"# TODO: {field}", StringComparison.Ordinal),
                $"{error.Value}\nin a record without a TODO about '{field}':\n{string.Join("\n", RecordOf(lines, line))}");
        }
    }

    /// <summary>The lines of the list item (a record, "  - ...") that holds 1-based line <paramref name="line"/>.</summary>
    private static List<string> RecordOf(string[] lines, int line)
    {
        static bool Starts(string l) => Regex.IsMatch(l, @"^  - ") || Regex.IsMatch(l, @"^\S");
        var start = line - 1;
        while (start > 0 && !Starts(lines[start]))
        {
            start--;
        }

        var end = line;
        while (end < lines.Length && !Starts(lines[end]))
        {
            end++;
        }

        return lines[start..end].ToList();
    }
}
