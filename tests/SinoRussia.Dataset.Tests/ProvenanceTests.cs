using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>Every quote, outcome and alias is taken from the documents, and every quotation in them is recorded.</summary>
public class ProvenanceTests
{
    [Fact]
    public void Every_quote_occurs_verbatim_in_its_source_document()
    {
        Quotes.All.ShouldNotBeEmpty();
        foreach (var quote in Quotes.All)
        {
            SourceTexts.Of(quote.Source).ShouldContain(quote.Text, Case.Sensitive, quote.Id);
        }
    }

    [Fact]
    public void Every_meeting_outcome_occurs_verbatim_in_one_of_its_sources()
    {
        foreach (var meeting in Meetings.All)
        {
            foreach (var outcome in meeting.Outcomes)
            {
                meeting.Sources.Any(s => SourceTexts.Of(s).Contains(outcome, StringComparison.Ordinal)).ShouldBeTrue($"{meeting.Id}: {outcome}");
            }
        }
    }

    [Fact]
    public void No_outcome_is_what_one_side_said()
    {
        // An outcome is what was agreed or done at the meeting; what one side said or offered is a quote
        // of that side. No outcome overlaps, in its document, the text of a quote of the same meeting.
        foreach (var meeting in Meetings.All)
        {
            foreach (var outcome in meeting.Outcomes)
            {
                foreach (var source in meeting.Sources)
                {
                    var text = SourceTexts.Of(source);
                    var overlapping = meeting.Quotes.Where(q => q.Source == source)
                        .Where(q => SourceTexts.Occurrences(text, outcome).Any(o => SourceTexts.Occurrences(text, q.Text).Any(t => t.Start < o.End && o.Start < t.End)))
                        .Select(q => q.Id)
                        .ToList();
                    overlapping.ShouldBeEmpty($"{meeting.Id}: the outcome '{outcome}' is said by one side");
                }
            }
        }

        // The Kremlin meeting's "Putin invited Chinese representatives ..." is Putin's offer: his reported quote.
        Meetings.ById("putin-wang-yi-2025-04-01").Outcomes.ShouldBeEmpty();
        var invitation = Quotes.All.Single(q => q.Text.Contains("Putin invited Chinese representatives to participate in commemorative events in Russia", StringComparison.Ordinal));
        invitation.Kind.ShouldBe(QuoteKind.Reported);
        invitation.Speaker.ShouldBe(Officials.VladimirPutin);
        invitation.Meeting.Id.ShouldBe("putin-wang-yi-2025-04-01");
    }

    [Fact]
    public void A_repost_the_text_does_not_name_is_marked_inferred_with_its_evidence_quoted()
    {
        var source = Sources.ById("china-daily-2024-10-31");
        var text = SourceTexts.Of(source).Replace("\r\n", "\n");
        var notes = source.Notes ?? string.Empty;

        // The text never names People's Daily Online: that it is a repost there is read from its header and footer.
        text.ShouldNotContain("People's Daily");
        Regex.IsMatch(notes, @"People's Daily Online[^.]*\binferred\b|\binferred\b[^.]*People's Daily Online").ShouldBeTrue(notes);

        // The evidence is quoted in the notes as the text has it: the header line and the footer line.
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var header = lines.Single(l => l.StartsWith("08:14, October 31, 2024", StringComparison.Ordinal));
        var footer = lines[^1];
        footer.ShouldStartWith("(Web editor:");
        notes.ShouldContain($"'{header}'");
        notes.ShouldContain($"'{footer}'");
    }

    [Fact]
    public void Every_alias_is_a_spelling_some_document_uses()
    {
        var all = string.Join("\n", Sources.All.Select(SourceTexts.Of));
        foreach (var official in Officials.All)
        {
            official.Aliases.ShouldNotBeEmpty(official.Id);
            foreach (var alias in official.Aliases)
            {
                all.ShouldContain(alias, Case.Sensitive, official.Id);
            }
        }
    }

    [Fact]
    public void The_documents_spell_shoigu_two_ways_and_both_are_aliases()
    {
        Officials.SergeiShoigu.Aliases.ShouldContain("Sergei Shoigu");
        Officials.SergeiShoigu.Aliases.ShouldContain("Sergey Shoigu");
        Officials.NikolaiPatrushev.Aliases.ShouldContain("Nikolay Patrushev");
    }

    public static TheoryData<string> SourceIds() => new(Sources.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_quotation_in_a_document_is_a_direct_quote_and_nothing_else_is(string sourceId)
    {
        var source = Sources.ById(sourceId);
        var passages = SourceTexts.QuotedPassages(SourceTexts.Of(source))
            .Where(p => !SourceTexts.NotQuotations.ContainsKey(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var direct = Quotes.All.Where(q => q.Source == source && q.Kind == QuoteKind.Direct)
            .Select(q => q.Text)
            .OrderBy(t => t, StringComparer.Ordinal)
            .ToList();

        direct.ShouldBe(passages);
    }
}
