using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SinoRussia.Dataset.Export;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// README.md says only what is true of the repository: its table of meetings is the one the data gives
/// (regenerated with SINORUSSIA_UPDATE_DOCS=1), its counts are the data's, its first code block holds
/// the two commands and the test command is the one CI runs, its relative links lead to files that
/// exist, and the C# API its examples name exists.
/// </summary>
public class ReadmeTests
{
    private const string TableStart = "<!-- meetings-table:start -->";
    private const string TableEnd = "<!-- meetings-table:end -->";
    private const string TestCommand = "dotnet test Dataset.sln";
    private const string SampleCommand = "bash samples/run.sh";

    private static readonly Regex Link = new(@"\]\(\s*([^)\s]+)(?:\s+""[^""]*"")?\s*\)", RegexOptions.CultureInvariant);
    private static readonly Regex StaticMember = new(
        @"(?<![\w.])(Meetings|Officials|Quotes|Sources|Organisations|Mechanisms|Topics|SinoRussiaDataset|DatasetJson|EventCoding|DatasetExport|DatasetTables|TimelineSvg|StaticSite)\.([A-Z][A-Za-z0-9_]*)",
        RegexOptions.CultureInvariant);

    /// <summary>The static classes whose members README's C# examples name, by the name the examples use.</summary>
    private static readonly IReadOnlyDictionary<string, Type> StaticClasses = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["Meetings"] = typeof(Meetings),
        ["Officials"] = typeof(Officials),
        ["Quotes"] = typeof(Quotes),
        ["Sources"] = typeof(Sources),
        ["Organisations"] = typeof(Organisations),
        ["Mechanisms"] = typeof(Mechanisms),
        ["Topics"] = typeof(Topics),
        ["SinoRussiaDataset"] = typeof(SinoRussiaDataset),
        ["DatasetJson"] = typeof(DatasetJson),
        ["EventCoding"] = typeof(EventCoding),
        ["DatasetExport"] = typeof(DatasetExport),
        ["DatasetTables"] = typeof(DatasetTables),
        ["TimelineSvg"] = typeof(TimelineSvg),
        ["StaticSite"] = typeof(StaticSite),
    };

    private static string ReadmePath => Path.Combine(SourceTexts.Root, "README.md");

    /// <summary>README.md with its line endings normalised to "\n".</summary>
    private static string Readme() => File.ReadAllText(ReadmePath).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_meetings_table_is_the_one_the_data_gives()
    {
        var readme = Readme();
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no {TableStart} marker");
        readme.IndexOf(TableStart, start + TableStart.Length, StringComparison.Ordinal).ShouldBe(-1, $"README.md has {TableStart} twice");
        var from = start + TableStart.Length;
        var end = readme.IndexOf(TableEnd, from, StringComparison.Ordinal);
        end.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no {TableEnd} marker after {TableStart}");

        var committed = readme[from..end];
        var rendered = "\n" + MeetingsTable.Render(Meetings.All);
        if (committed == rendered)
        {
            return;
        }

        var problem = $"README.md's table of meetings is stale (lines counted from the {TableStart} marker): " + GeneratedDocument.FirstDifference(committed, rendered);
        if (GeneratedDocument.Updating)
        {
            // Keep the file's own line endings and byte order mark; only the table changes.
            var bytes = File.ReadAllBytes(ReadmePath);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var updated = readme[..from] + rendered + readme[end..];
            if (Encoding.UTF8.GetString(bytes).Contains("\r\n", StringComparison.Ordinal))
            {
                updated = updated.Replace("\n", "\r\n", StringComparison.Ordinal);
            }

            File.WriteAllBytes(ReadmePath, new UTF8Encoding(bom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(updated)).ToArray());
            Assert.Fail($"{problem}\nREADME.md updated from the data ({GeneratedDocument.UpdateVariable}=1): review and commit it, then run the tests again without {GeneratedDocument.UpdateVariable}.");
        }

        Assert.Fail($"{problem}\nRun the tests with {GeneratedDocument.UpdateVariable}=1 to regenerate the table between {TableStart} and {TableEnd}, then review and commit README.md.");
    }

    [Fact]
    public void The_counts_are_the_data_s()
    {
        var direct = Quotes.All.Count(q => q.Kind == QuoteKind.Direct);
        var reported = Quotes.All.Count(q => q.Kind == QuoteKind.Reported);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["`Sources.All`"] = Number(Sources.All.Count),
            ["`Officials.All`"] = Number(Officials.All.Count),
            ["`Meetings.All`"] = Number(Meetings.All.Count),
            ["`Quotes.All`"] = $"{Number(direct)} direct, {Number(reported)} reported",
            ["`Organisations.All`, `Mechanisms.All`, `Topics.All`"] = $"{Number(Organisations.All.Count)}, {Number(Mechanisms.All.Count)}, {Number(Topics.All.Count)}",
        };

        var rows = Readme().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        foreach (var (collection, count) in expected)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith($"| {collection} |", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"README.md's table of counts has no row for {collection}.");
            var cells = row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            cells[^1].ShouldBe(count, $"README.md's count for {collection}");
        }
    }

    [Fact]
    public void The_first_code_block_has_the_two_commands_and_ci_runs_the_documented_test_command()
    {
        var blocks = FencedBlocks(Readme());
        blocks.ShouldNotBeEmpty("README.md has no fenced code block");
        var (info, body) = blocks[0];
        info.ShouldBe("shell", "README.md's first code block is the two commands, fenced as ```shell");
        var commands = Commands(body);
        commands.Any(c => c == SampleCommand || c.StartsWith(SampleCommand + " ", StringComparison.Ordinal))
            .ShouldBeTrue($"README.md's first shell block runs `{SampleCommand}`:\n{body}");
        commands.ShouldContain(TestCommand, $"README.md's first shell block runs `{TestCommand}`:\n{body}");

        var ci = File.ReadAllText(Path.Combine(SourceTexts.Root, ".ci", "run")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Commands(ci).Any(c => c == TestCommand || c.StartsWith(TestCommand + " ", StringComparison.Ordinal))
            .ShouldBeTrue($".ci/run runs README's test command `{TestCommand}`");
    }

    [Fact]
    public void Every_relative_link_leads_to_a_file_in_the_repository()
    {
        var targets = Link.Matches(WithoutCodeBlocks(Readme()))
            .Select(m => m.Groups[1].Value.Trim('<', '>'))
            .Where(t => !t.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                && !t.StartsWith('#')
                && !t.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        targets.ShouldNotBeEmpty("README.md links to files of the repository (the timeline, the docs)");

        var missing = targets
            .Where(t =>
            {
                var path = Uri.UnescapeDataString(t.Split('#', '?')[0]);
                var full = Path.GetFullPath(Path.Combine(SourceTexts.Root, path));
                return path.Length == 0 || !(File.Exists(full) || Directory.Exists(full));
            })
            .ToList();
        missing.ShouldBeEmpty("README.md links to files that do not exist");
    }

    [Fact]
    public void Every_static_member_the_csharp_examples_name_exists()
    {
        var code = string.Join("\n", FencedBlocks(Readme()).Where(b => b.Info is "csharp" or "cs" or "c#").Select(b => b.Body));
        code.ShouldNotBeEmpty("README.md has ```csharp examples");

        var named = StaticMember.Matches(code).Select(m => (Type: m.Groups[1].Value, Member: m.Groups[2].Value)).Distinct().ToList();
        named.ShouldContain(("Meetings", "All"), "the examples use Meetings.All");

        var missing = named
            .Where(n => StaticClasses[n.Type].GetMember(n.Member, BindingFlags.Public | BindingFlags.Static).Length == 0)
            .Select(n => $"{n.Type}.{n.Member}")
            .ToList();
        missing.ShouldBeEmpty("README.md's C# examples name members that do not exist");
    }

    [Fact]
    public void Every_exported_table_is_listed()
    {
        var readme = Readme();
        var missing = DatasetTables.Build(SinoRussiaDataset.Shipped).Select(t => t.Name).Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
        missing.ShouldBeEmpty("README.md's exports section lists every table DatasetTables.Build writes");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fenced code blocks (```), in order: the info string (```shell → "shell") and the text inside.</summary>
    private static List<(string Info, string Body)> FencedBlocks(string markdown)
    {
        var blocks = new List<(string Info, string Body)>();
        string? info = null;
        var body = new StringBuilder();
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (info is not null)
                {
                    body.Append(line).Append('\n');
                }

                continue;
            }

            if (info is null)
            {
                info = trimmed[3..].Trim();
                body.Clear();
            }
            else
            {
                blocks.Add((info, body.ToString()));
                info = null;
            }
        }

        return blocks;
    }

    private static string WithoutCodeBlocks(string markdown)
    {
        var kept = new StringBuilder();
        var inBlock = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    /// <summary>The commands of a shell text: its lines without comments (a whole-line "#", or " #" to the end) and blank lines, trimmed.</summary>
    private static List<string> Commands(string shell)
        => shell.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.IndexOf(" #", StringComparison.Ordinal) is var hash and >= 0 ? l[..hash].TrimEnd() : l)
            .ToList();
}
