using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// The facts the hand-written documents state about the data, held to the data: the data statement's
/// counts and sources table, CONTRIBUTING's "What each document yields", and the event tables of
/// docs/event-coding.md. A change to the data that leaves one of them stale fails here.
/// </summary>
public class HandWrittenDocsTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(SourceTexts.Root, relative)).Replace("\r\n", "\n");

    private static List<string[]> Rows(string text, string firstCellPattern)
        => text.Split('\n').Where(l => Regex.IsMatch(l, "^\\| " + firstCellPattern))
            .Select(l => l.Trim()[1..^1].Split('|').Select(c => c.Trim()).ToArray()).ToList();

    private const string NotStated = "not stated in the document";

    [Fact]
    public void The_data_statement_lists_every_source_as_the_data_records_it()
    {
        var rows = Rows(Read("docs/data-statement.md"), "`[a-z0-9-]+` \\|").ToDictionary(r => r[0].Trim('`'));
        rows.Keys.Order(StringComparer.Ordinal).ShouldBe(Sources.All.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var source in Sources.All)
        {
            var row = rows[source.Id];
            row[1].ShouldBe(source.Publisher ?? NotStated, source.Id);
            row[2].ShouldBe(source.Title ?? NotStated, source.Id);
            row[3].ShouldStartWith(source.Published?.ToString() ?? NotStated, customMessage: source.Id);
            row[4].ShouldBe($"`{source.File}`", source.Id);
        }
    }

    [Fact]
    public void The_data_statement_counts_are_the_datas()
    {
        var text = Read("docs/data-statement.md");
        string Count(string label) => Rows(text, Regex.Escape(label)).Single()[^1];
        Count("sources (the documents)").ShouldBe(Sources.All.Count.ToString());
        Count("officials (").ShouldBe(Officials.All.Count.ToString());
        Rows(text, Regex.Escape("officials (")).Single()[0].ShouldBe($"officials ({string.Join(", ", Officials.All.Select(o => o.Name).OrderBy(n => text.IndexOf(n, StringComparison.Ordinal)))})");
        Count("meetings:").ShouldBe(Meetings.All.Count.ToString());
        Count("quotes:").ShouldBe($"{Quotes.All.Count(q => q.Kind == QuoteKind.Direct)} direct, {Quotes.All.Count(q => q.Kind == QuoteKind.Reported)} reported");
        Count("organisations, mechanisms, topics").ShouldBe($"{Organisations.All.Count}, {Mechanisms.All.Count}, {Enum.GetValues<Topic>().Length}");
    }

    [Fact]
    public void Contributing_says_what_each_document_yields_as_the_data_has_it()
    {
        var rows = Rows(Read("CONTRIBUTING.md"), "`[a-z0-9-]+` \\|").ToDictionary(r => r[0].Trim('`'));
        rows.Keys.Order(StringComparer.Ordinal).ShouldBe(Sources.All.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var source in Sources.All)
        {
            var row = rows[source.Id];
            row[2].ShouldStartWith(Meetings.All.Count(m => m.Sources.Contains(source)) + ":", customMessage: source.Id);
            row[3].ShouldBe(Quotes.From(source).Count(q => q.Kind == QuoteKind.Direct).ToString(), source.Id);
            row[4].ShouldBe(Quotes.From(source).Count(q => q.Kind == QuoteKind.Reported).ToString(), source.Id);
        }

        var total = Rows(Read("CONTRIBUTING.md"), Regex.Escape("**total**")).Single();
        total[1].ShouldBeEmpty();
        total[2..].ShouldBe(new[]
        {
            $"**{Meetings.All.Count}**",
            $"**{Quotes.All.Count(q => q.Kind == QuoteKind.Direct)}**",
            $"**{Quotes.All.Count(q => q.Kind == QuoteKind.Reported)}**",
        });
    }

    [Fact]
    public void The_event_coding_tables_are_what_the_rule_gives()
    {
        var text = Read("docs/event-coding.md");
        static string Short(Official o) => o.Name switch { "Xi Jinping" => "Xi", "Wang Yi" => "Wang Yi", var name => name.Split(' ')[^1] };
        static string Mode(MeetingEvent e) => e.PloverMode.ToCodebookName() is { } mode ? ", " + mode : string.Empty;

        // All curated meetings: one row per meeting, its two events in participant order.
        var all = Rows(text, "[a-z]+-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2} \\|").ToDictionary(r => r[0]);
        all.Keys.Order(StringComparer.Ordinal).ShouldBe(Meetings.All.Select(m => m.Id).Order(StringComparer.Ordinal));
        foreach (var meeting in Meetings.All)
        {
            var events = EventCoding.Code(meeting);
            var cells = events.Select(e => $"{Short(e.SourceOfficial)} → {Short(e.TargetOfficial)} {e.Cameo.ToCode()}{Mode(e)}" + (e.Rule == "virtual" ? ", virtual" : string.Empty));
            all[meeting.Id][1..].ShouldBe(cells.ToArray(), meeting.Id);
        }

        // The five principal meetings: every event, with its actors, codes and rule.
        var principal = text[text.IndexOf("## The five principal meetings", StringComparison.Ordinal)..text.IndexOf("## All curated meetings", StringComparison.Ordinal)];
        var rows = Rows(principal, string.Empty).Where(r => r[0] != "Meeting" && !r[0].StartsWith("---", StringComparison.Ordinal)).ToList();
        var expected = Meetings.All.Where(m => m.Quotes.Count > 0).SelectMany(EventCoding.Code)
            .Select(e => $"{e.SourceOfficial.Name} ({e.SourceActor}) → {e.TargetOfficial.Name} ({e.TargetActor}) | {e.Cameo.ToCode()} | {e.PloverMode.ToCodebookName()} | {e.Rule}")
            .ToList();
        rows.Select(r => string.Join(" | ", r[1..])).ShouldBe(expected);
    }
}
