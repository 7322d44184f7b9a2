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

    /// <summary>
    /// The sentence of each meeting's document that reports the meeting (the first, where several do),
    /// by an excerpt of it. Meetings not listed (the two 2024 Xi-Putin meetings implied by 'their third
    /// meeting this year') have no sentence that reports them.
    /// </summary>
    private static readonly Dictionary<string, string> ReportingSentences = new()
    {
        ["xi-putin-virtual-2022-12-30"] = "During a virtual meeting at the end of last year our leaders",
        ["wang-yi-patrushev-2023-02-21"] = "said on Tuesday as he met with Russian Security Council Secretary",
        ["xi-putin-kazan-2024-10-22"] = "The heads of state of China and Russia also met on the sidelines of the summit",
        ["wang-yi-rudenko-2024-10-30"] = "meets with Russian Deputy Foreign Minister Andrey Rudenko in Beijing on Wednesday",
        ["xi-putin-virtual-2025-01-21"] = "spoke on the phone after their virtual meeting at the beginning of the year",
        ["xi-putin-phone-2025-02-24"] = "spoke on the phone after their virtual meeting at the beginning of the year",
        ["wang-yi-shoigu-2025-02-28"] = "Wang Yi met with Secretary of the Russian Federation Security Council Sergei Shoigu in Beijing",
        ["wang-yi-lavrov-2025-03-31"] = "engaged in multiple discussions with Russian Foreign Minister Sergei Lavrov",
        ["wang-yi-lavrov-2025-04-01"] = "engaged in multiple discussions with Russian Foreign Minister Sergei Lavrov",
        ["putin-wang-yi-2025-04-01"] = "as he met Chinese Foreign Minister Wang Yi in Kremlin",
        ["xi-putin-moscow-2025-05-08"] = "met twice, in Moscow and in Beijing",
        ["xi-putin-beijing-2025-09-02"] = "met twice, in Moscow and in Beijing",
        ["wang-yi-shoigu-2025-12-02"] = "he said at strategic security consultations with Russian Security Council Secretary Sergey Shoigu",
    };

    [Fact]
    public void Each_title_in_source_is_the_one_the_sentence_reporting_the_meeting_gives_that_participant()
    {
        var failures = new List<string>();
        foreach (var meeting in Meetings.All)
        {
            if (!ReportingSentences.TryGetValue(meeting.Id, out var excerpt))
            {
                meeting.Participants.Where(p => p.TitleInSource is not null).Select(p => p.Official.Id).ShouldBeEmpty($"{meeting.Id}: no sentence reports it");
                continue;
            }

            var sentence = meeting.Sources
                .SelectMany(s => SourceTexts.Sentences(SourceTexts.Of(s).Replace("\r\n", "\n")))
                .Select(m => m.Value)
                .Single(v => v.Contains(excerpt, StringComparison.Ordinal));
            foreach (var participant in meeting.Participants)
            {
                var names = Alternation(participant.Official.Aliases.Append(participant.Official.Name));
                if (participant.TitleInSource is { } title)
                {
                    // "<title> <name>", the title whole (no capitalised word of it before), or "<name>, <title>,".
                    var before = Regex.Matches(sentence, Regex.Escape(title) + " (?:" + names + @")\b").Any(m => !AfterCapitalisedWord(sentence, m.Index));
                    var apposition = Regex.IsMatch(sentence, @"\b(?:" + names + "), " + Regex.Escape(title) + ",");
                    if (!before && !apposition)
                    {
                        failures.Add($"{meeting.Id}: {participant.Official.Id} '{title}' is not the title in '{sentence}'");
                    }
                }
                else
                {
                    // Named without a title (not after a capitalised word, not followed by an apposition), by a pronoun, or not at all.
                    foreach (Match name in Regex.Matches(sentence, @"\b(?:" + names + @")\b"))
                    {
                        if (AfterCapitalisedWord(sentence, name.Index) || Regex.IsMatch(sentence[(name.Index + name.Length)..], "^, [a-z]"))
                        {
                            failures.Add($"{meeting.Id}: {participant.Official.Id} has no titleInSource, but '{sentence}' gives one");
                        }
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Whether the word before <paramref name="index"/> is capitalised (part of a title), not a lower-case word, a word with a comma, an opening parenthesis or the sentence's start.</summary>
    private static bool AfterCapitalisedWord(string sentence, int index)
    {
        var word = Regex.Match(sentence[..index], @"(\S+) $");
        return word.Success && !word.Groups[1].Value.EndsWith(',') && char.IsUpper(word.Groups[1].Value[0]);
    }

    private static string Alternation(IEnumerable<string> options)
        => string.Join("|", options.Distinct(StringComparer.Ordinal).OrderByDescending(o => o.Length).Select(Regex.Escape));

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
