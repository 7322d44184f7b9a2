using System.Text.RegularExpressions;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// Every statement a document attributes to an official is recorded, whole and under its speaker.
/// <list type="bullet">
/// <item>An attributed sentence has a subject and a verb of attribution: "&lt;official&gt; said / stressed
/// / noted ...". The subject is an official's name, alias or surname (with an apposition between
/// commas, or a title the documents give a participant of a meeting before it: "Foreign Minister Wang Yi
/// said"); "he" or "she"; "the diplomat"; or "the" and such a title ("The Chinese foreign minister
/// stressed"). A subject that is not a name stands for the speaker of the latest attribution before it in
/// the document. "&lt;name&gt; extended ... and expressed", "According to &lt;subject&gt;, ..." count too, and
/// so does a headline ("Putin calls for deeper ... cooperation").</item>
/// <item>A sentence without an attribution of its own that follows an attributed sentence in the same
/// paragraph continues that speaker's reported speech ("Sergei Shoigu said that .... Russia and China
/// hold ...") and is checked as his.</item>
/// <item>A checked sentence's content is recorded: its words outside quotation marks (the quotation
/// test checks those) and outside the attribution itself (subject and verb; for a trailing attribution,
/// "..., he said at ...", everything from the comma on) lie inside quotes drawn from the sentence, save
/// at most <see cref="UncoveredWordsAllowed"/> words: room for what ties a reported clause to a
/// quotation ("China will", "and enjoys", "The China-Russia relationship is"), not for a clause of its
/// own. Every quote drawn from the sentence has the speaker the sentence attributes it to.</item>
/// </list>
/// Sentences end at '.', '!' or '?' before white space, but not at an abbreviation such as "U.S." or
/// "U.N.". A sentence that attributes nothing worth recording is in <see cref="SourceTexts.NotStatements"/>.
/// </summary>
public class AttributionTests
{
    /// <summary>The verbs of attribution a sentence is checked for, after its subject.</summary>
    private static readonly string[] Verbs =
    {
        "said", "stressed", "noted", "pointed out", "underscored", "highlighted", "emphasized", "emphasised", "affirmed",
        "recalled", "stated", "told", "added", "reiterated", "mentioned", "urged", "outlined", "thanked", "called on",
        "calls for", "called for", "drew attention", "expressed", "invited", "conveyed",
    };

    /// <summary>The most words of a checked sentence's content that may lie outside every quote drawn from it.</summary>
    private const int UncoveredWordsAllowed = 4;

    /// <summary>A word: letters and digits, with inner hyphens and apostrophes ("China-Russia", "it’s").</summary>
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*");

    /// <summary>The end of the text before a trailing attribution: a comma, or a comma and a closing quotation mark.</summary>
    private static readonly Regex EndsWithComma = new(@",[""”]?$");

    /// <summary>What follows a trailing attribution: the end of the sentence, or a circumstance ("at ...", "on Tuesday as ...").</summary>
    private static readonly Regex EndOrCircumstance = new(@"^\s*(?:[.!?][""”]?\s*$|(?:at|on|in|during|as|while|after|before|when|with)\b)");

    /// <summary>The article (and "top") before a title used as a subject: "The Chinese foreign minister", "the top Chinese diplomat".</summary>
    private static readonly Regex Article = new(@"^[Tt]he (?:top )?");

    private static string Surname(Official official)
    {
        var words = official.Name.Split(' ');
        return official.Country == "CN" ? words[0] : words[^1];
    }

    /// <summary>The options as a regex alternation, longest first, so that "Wang Yi" is tried before "Wang".</summary>
    private static string Alternation(IEnumerable<string> options)
        => string.Join("|", options
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(o => o.Length)
            .ThenBy(o => o, StringComparer.Ordinal)
            .Select(Regex.Escape));

    private static string TextOf(Source source) => SourceTexts.Of(source).Replace("\r\n", "\n");

    /// <summary>
    /// A sentence the check applies to: the officials it attributes its content to (null where a pronoun
    /// has nobody before it to stand for), whether it only continues an earlier sentence's speech, and
    /// the spans of the text that are attribution rather than content.
    /// </summary>
    private sealed record CheckedSentence(Match Sentence, IReadOnlyList<Official?> Speakers, bool Continuation, IReadOnlyList<(int Start, int End)> Attribution);

    /// <summary>How the documents name the officials they attribute statements to, and the sentences a document attributes.</summary>
    private sealed class Attributions
    {
        private readonly Dictionary<string, Official> _byName;
        private readonly Dictionary<string, List<Official>> _byTitle;
        private readonly Regex _said;
        private readonly Regex _accordingTo;

        public Attributions()
        {
            _byName = Officials.All
                .SelectMany(o => o.Aliases.Append(o.Name).Append(Surname(o)).Select(name => (Name: name, Official: o)))
                .GroupBy(x => x.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Official, StringComparer.Ordinal);

            // The titles the documents give participants of the meetings (titleInSource), in lower case: a
            // title is recorded where a meeting is reported ("Chinese Foreign Minister Wang Yi" at the Kremlin),
            // and a document may use it elsewhere ("The Chinese foreign minister stressed" in TASS).
            _byTitle = Meetings.All
                .SelectMany(m => m.Participants)
                .Where(p => p.TitleInSource is not null)
                .GroupBy(p => p.TitleInSource!.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Official).Distinct().ToList(), StringComparer.Ordinal);

            var names = Alternation(_byName.Keys);
            var titles = _byTitle.Count == 0 ? "(?!)" : Alternation(_byTitle.Keys);
            var subject = @"(?<subject>\b(?:" + names + @")|\b[Hh]e|\b[Ss]he|\b[Tt]he (?:top )?(?:Chinese |Russian )?(?:diplomat|(?i:" + titles + ")))";

            // [title] subject [, apposition,] [also] [<verb> ... and] verb [that]
            _said = new Regex(
                @"(?:\b(?i:" + titles + ") )?" + subject
                + @"(?:, [^,]+,)? (?:also )?(?:(?<between>(?!and\b)[a-z]+\b[^,;.""“”]*?) and )??(?:"
                + string.Join("|", Verbs.Select(Regex.Escape)) + @")\b(?: that\b)?");
            _accordingTo = new Regex(@"\b[Aa]ccording to " + subject + ",");
        }

        /// <summary>The official a subject stands for: a name's; a title's; otherwise (he, she, the diplomat) the latest speaker's.</summary>
        private Official? Resolve(string subject, Official? latest)
        {
            if (_byName.TryGetValue(subject, out var named))
            {
                return named;
            }

            if (_byTitle.TryGetValue(Article.Replace(subject, string.Empty).ToLowerInvariant(), out var titled))
            {
                return latest is not null && titled.Contains(latest) ? latest : titled[0];
            }

            return latest;
        }

        /// <summary>The attributed sentences of the text and the sentences that continue them, in document order.</summary>
        public IEnumerable<CheckedSentence> Sentences(string text)
        {
            Official? latest = null;
            var paragraphOfLatest = -2;
            foreach (var sentence in SourceTexts.Sentences(text))
            {
                var paragraph = text.LastIndexOf('\n', sentence.Index);
                var attributions = _said.Matches(sentence.Value).Cast<Match>().Select(m => (Found: m, AccordingTo: false))
                    .Concat(_accordingTo.Matches(sentence.Value).Cast<Match>().Select(m => (Found: m, AccordingTo: true)))
                    .OrderBy(a => a.Found.Index)
                    .ToList();
                if (attributions.Count == 0)
                {
                    if (paragraph == paragraphOfLatest && latest is not null)
                    {
                        yield return new CheckedSentence(sentence, new[] { latest }, true, Array.Empty<(int Start, int End)>());
                    }

                    continue;
                }

                var speakers = new List<Official?>();
                var spans = new List<(int Start, int End)>();
                foreach (var (match, accordingTo) in attributions)
                {
                    latest = Resolve(match.Groups["subject"].Value, latest);
                    speakers.Add(latest);
                    var start = sentence.Index + match.Index;
                    var end = start + match.Length;
                    var before = sentence.Value[..match.Index].TrimEnd();
                    var after = sentence.Value[(match.Index + match.Length)..];
                    var between = match.Groups["between"];
                    if (!accordingTo && EndsWithComma.IsMatch(before) && EndOrCircumstance.IsMatch(after))
                    {
                        // A trailing attribution ("..., Wang said."): the content is what comes before its comma.
                        spans.Add((sentence.Index + before.Length - 1, sentence.Index + sentence.Length));
                    }
                    else if (!accordingTo && between.Success)
                    {
                        // "Putin extended his greetings ... and expressed": what he extended is content.
                        spans.Add((start, sentence.Index + between.Index));
                        spans.Add((sentence.Index + between.Index + between.Length, end));
                    }
                    else
                    {
                        spans.Add((start, end));
                    }
                }

                paragraphOfLatest = paragraph;
                yield return new CheckedSentence(sentence, speakers, false, spans);
            }
        }
    }

    /// <summary>The checked sentences of a document whose content is not recorded, or recorded under another speaker, each with why.</summary>
    private static List<string> Unrecorded(Source source, bool withExclusions)
    {
        var text = TextOf(source);
        var drawn = Quotes.All
            .Where(q => q.Source == source)
            .SelectMany(q => SourceTexts.Occurrences(text, q.Text).Select(o => (o.Start, o.End, Quote: q)))
            .ToList();
        var quoted = SourceTexts.QuotedRanges(text);
        var unrecorded = new List<string>();
        foreach (var check in new Attributions().Sentences(text))
        {
            var sentence = check.Sentence;
            if (withExclusions && SourceTexts.NotStatements.Keys.Any(excerpt => sentence.Value.Contains(excerpt, StringComparison.Ordinal)))
            {
                continue;
            }

            var start = sentence.Index;
            var end = sentence.Index + sentence.Length;
            var fromIt = drawn.Where(d => d.Start < end && start < d.End).ToList();
            var otherSpeaker = fromIt.Where(d => !check.Speakers.Contains(d.Quote.Speaker)).Select(d => d.Quote.Id).ToList();
            var covered = fromIt.Select(d => (d.Start, d.End)).Concat(quoted).Concat(check.Attribution).ToList();
            var uncovered = Word.Matches(sentence.Value).Cast<Match>()
                .Where(w => !covered.Any(c => c.Start <= start + w.Index && start + w.Index < c.End))
                .Select(w => w.Value)
                .ToList();
            if (check.Speakers.Any(s => s is null) || otherSpeaker.Count > 0 || uncovered.Count > UncoveredWordsAllowed)
            {
                unrecorded.Add(sentence.Value
                    + $"\n    {(check.Continuation ? "continues the speech of" : "attributed to")}: {string.Join(", ", check.Speakers.Select(s => s?.Id ?? "(nobody named before it)"))}"
                    + $"\n    quotes drawn from it with another speaker: [{string.Join(", ", otherSpeaker)}]"
                    + $"\n    words no quote covers ({uncovered.Count}): {string.Join(" ", uncovered)}");
            }
        }

        return unrecorded;
    }

    public static TheoryData<string> SourceIds() => new(Sources.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_statement_a_document_attributes_to_an_official_is_recorded_whole_under_its_speaker(string sourceId)
    {
        Unrecorded(Sources.ById(sourceId), withExclusions: true).ShouldBeEmpty(sourceId);
    }

    [Fact]
    public void The_check_finds_the_attributions_of_every_document_and_every_exclusion_is_still_needed()
    {
        var checkedSentences = Sources.All.SelectMany(s => new Attributions().Sentences(TextOf(s))).ToList();
        CheckedSentence Find(string excerpt) => checkedSentences.Single(c => c.Sentence.Value.Contains(excerpt, StringComparison.Ordinal));
        IEnumerable<string?> SpeakersOf(string excerpt) => Find(excerpt).Speakers.Select(o => o?.Id);

        // Name then verb, an apposition between commas, a title before the name.
        SpeakersOf("Sergei Shoigu said that").ShouldBe(new[] { "sergei-shoigu" });
        SpeakersOf("Wang Yi, director of the Office").ShouldBe(new[] { "wang-yi" });
        SpeakersOf("Chinese Foreign Minister Wang Yi said.").ShouldBe(new[] { "wang-yi" });
        // A pronoun, "the diplomat" or a title stands for the latest speaker: Wang Yi's "He noted" follows a
        // sentence that names Putin last, and China Daily's "he added" follows Rudenko.
        SpeakersOf("He highlighted that").ShouldBe(new[] { "vladimir-putin" });
        SpeakersOf("He noted that under the leadership").ShouldBe(new[] { "wang-yi" });
        SpeakersOf("Moscow is ready to work with Beijing").ShouldBe(new[] { "andrey-rudenko" });
        SpeakersOf("The diplomat also said").ShouldBe(new[] { "wang-yi" });
        SpeakersOf("The Chinese foreign minister stressed").ShouldBe(new[] { "wang-yi" });
        SpeakersOf("According to the top Chinese diplomat").ShouldBe(new[] { "wang-yi" });
        // Two verbs joined by "and".
        SpeakersOf("and expressed satisfaction").ShouldBe(new[] { "vladimir-putin" });
        // A headline, and greetings passed on, are attributed like the statements they stand beside.
        SpeakersOf("Putin calls for deeper Russia, China strategic cooperation").ShouldBe(new[] { "vladimir-putin" });
        SpeakersOf("conveyed warm regards from President Xi Jinping").ShouldBe(new[] { "wang-yi" });
        // A sentence that continues the speech of the paragraph's speaker.
        Find("The establishment of the Russia-China comprehensive").Continuation.ShouldBeTrue();
        SpeakersOf("The establishment of the Russia-China comprehensive").ShouldBe(new[] { "sergei-shoigu" });
        // No sentence ends at an abbreviation.
        Find("Russia-U.S. contact, as well as").Sentence.Value.ShouldEndWith("sustainable plan for peace.");
        Find("the U.N. Security Council, China and Russia").Sentence.Value.ShouldStartWith("As two major victors of WWII");

        var unrecordedWithoutExclusions = Sources.All.SelectMany(s => Unrecorded(s, withExclusions: false)).ToList();
        foreach (var excerpt in SourceTexts.NotStatements.Keys)
        {
            unrecordedWithoutExclusions.ShouldContain(u => u.Contains(excerpt, StringComparison.Ordinal), excerpt);
        }
    }

    [Fact]
    public void Greetings_passed_on_and_the_headline_are_recorded_like_the_greetings_putin_extended()
    {
        // "Putin extended his sincere greetings to Chinese President Xi Jinping and expressed ..." is recorded
        // (unattributed-report-2025-r7); Wang Yi's "conveyed warm regards from President Xi Jinping" and the
        // headline "Putin calls for deeper Russia, China strategic cooperation" are recorded alike, each whole
        // under its speaker, as reported quotes of the Kremlin meeting.
        var kremlin = Meetings.ById("putin-wang-yi-2025-04-01");
        Quote Containing(string excerpt) => Quotes.All.Single(q => q.Text.Contains(excerpt, StringComparison.Ordinal));

        foreach (var (excerpt, speaker) in new[]
        {
            ("Putin extended his sincere greetings to Chinese President Xi Jinping", Officials.VladimirPutin),
            ("conveyed warm regards from President Xi Jinping to President Putin", Officials.WangYi),
            ("Putin calls for deeper Russia, China strategic cooperation", Officials.VladimirPutin),
        })
        {
            var quote = Containing(excerpt);
            quote.Kind.ShouldBe(QuoteKind.Reported, excerpt);
            quote.Speaker.ShouldBe(speaker, excerpt);
            quote.Meeting.ShouldBe(kremlin, excerpt);
        }

        // The headline is the source's title, recorded as it stands.
        Containing("Putin calls for deeper").Text.ShouldBe(Sources.ById("unattributed-report-2025").Title);
        SourceTexts.NotStatements.Keys.ShouldNotContain(k => k.Contains("regards", StringComparison.Ordinal) || k.Contains("greetings", StringComparison.Ordinal));
    }

    /// <summary>
    /// The quotes whose speaker only the paragraph-continuation rule gives: every sentence they are drawn
    /// from continues a paragraph whose speaker an earlier sentence names, and none attributes anything
    /// itself; and the quotes that run on from an attributed sentence into sentences that continue it.
    /// </summary>
    private static (List<string> Only, List<string> Partly) ContinuationQuotes()
    {
        var only = new List<string>();
        var partly = new List<string>();
        foreach (var source in Sources.All)
        {
            var text = TextOf(source);
            var sentences = new Attributions().Sentences(text).ToList();
            foreach (var quote in Quotes.All.Where(q => q.Source == source))
            {
                var from = SourceTexts.Occurrences(text, quote.Text)
                    .SelectMany(o => sentences.Where(c => c.Sentence.Index < o.End && o.Start < c.Sentence.Index + c.Sentence.Length))
                    .ToList();
                if (from.Count > 0 && from.All(c => c.Continuation))
                {
                    only.Add(quote.Id);
                }
                else if (from.Any(c => c.Continuation))
                {
                    partly.Add(quote.Id);
                }
            }
        }

        return (only, partly);
    }

    [Fact]
    public void The_quotes_given_a_speaker_only_by_the_continuation_of_a_paragraph_are_these()
    {
        // The quotes whose speaker only the continuation rule gives are marked so in the data
        // (attribution: continuation, carried by the JSON and the exports), and no other quote is.
        var (only, partly) = ContinuationQuotes();
        Quotes.All.Where(q => q.Attribution == SpeakerAttribution.Continuation).Select(q => q.Id).Order(StringComparer.Ordinal)
            .ShouldBe(only.Order(StringComparer.Ordinal), "the data marks exactly the quotes the detector finds");
        only.Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            "azernews-2023-02-22-d4",       // "I want to fully join ..." after '"It’s necessary ...," he said.'
            "mfa-china-2025-02-28-r11",     // Shoigu's paragraph, after "Sergei Shoigu said that ..."
            "mfa-china-2025-02-28-r12",
            "mfa-china-2025-02-28-r13",     // after "Sergei Shoigu thanked China ..."
            "mfa-china-2025-02-28-r3",      // Wang Yi's paragraph, after "Wang Yi pointed out that ..."
            "mfa-china-2025-02-28-r9",      // Wang Yi's paragraph, after "Wang Yi said, history ..."
            "unattributed-report-2025-r14", // after Putin's "He highlighted that ..."
            "unattributed-report-2025-r15", // after "Wang recalled ..."
        });

        // Quotes whose first or last sentence attributes them (so the speaker is stated) and whose other
        // sentences continue it: not marked by the proposal, listed so that a change is seen.
        partly.Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            "mfa-china-2025-02-28-r10", "mfa-china-2025-02-28-r2", "mfa-china-2025-02-28-r4", "mfa-china-2025-02-28-r8",
            "tass-2025-12-02-d3", "tass-2025-12-02-d4", "unattributed-report-2025-r12",
        });
    }
}
