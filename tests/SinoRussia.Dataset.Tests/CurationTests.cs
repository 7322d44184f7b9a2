namespace SinoRussia.Dataset.Tests;

/// <summary>
/// What the five documents report, pinned: a change to these numbers is a change to the curation and
/// must be made on purpose. The per-document list says where each meeting comes from.
/// </summary>
public class CurationTests
{
    [Fact]
    public void Each_document_yields_its_principal_meeting_and_the_meetings_it_mentions()
    {
        string[] Of(string sourceId) => Meetings.All.Where(m => m.Sources.Any(s => s.Id == sourceId)).Select(m => m.Id).Order(StringComparer.Ordinal).ToArray();

        // TASS: the consultations, and the two Xi-Putin meetings in Moscow and Beijing it mentions.
        Of("tass-2025-12-02").ShouldBe(new[] { "wang-yi-shoigu-2025-12-02", "xi-putin-beijing-2025-09-02", "xi-putin-moscow-2025-05-08" });
        // Chinese MFA: the Beijing meeting, the phone call and the virtual meeting before it.
        Of("mfa-china-2025-02-28").ShouldBe(new[] { "wang-yi-shoigu-2025-02-28", "xi-putin-phone-2025-02-24", "xi-putin-virtual-2025-01-21" });
        // Undated report: the Kremlin meeting and the 'multiple discussions' with Lavrov during the visit
        // (two days of talks, 31 March and 1 April, from public record).
        Of("unattributed-report-2025").ShouldBe(new[] { "putin-wang-yi-2025-04-01", "wang-yi-lavrov-2025-03-31", "wang-yi-lavrov-2025-04-01" });
        // China Daily: the meeting with Rudenko, the Xi-Putin meeting in Kazan, and the two earlier Xi-Putin
        // meetings of 2024 its 'their third meeting this year' implies (Beijing and Astana, from public record).
        Of("china-daily-2024-10-31").ShouldBe(new[] { "wang-yi-rudenko-2024-10-30", "xi-putin-astana-2024-07-03", "xi-putin-beijing-2024-05-16", "xi-putin-kazan-2024-10-22" });
        // AzerNews: the meeting with Patrushev and the virtual meeting 'at the end of last year'.
        Of("azernews-2023-02-22").ShouldBe(new[] { "wang-yi-patrushev-2023-02-21", "xi-putin-virtual-2022-12-30" });

        Meetings.All.Count.ShouldBe(15);
        Quotes.All.Count(q => q.Kind == QuoteKind.Direct).ShouldBe(13);
        Quotes.All.Count(q => q.Kind == QuoteKind.Reported).ShouldBe(47);
        Officials.All.Select(o => o.Id).Order(StringComparer.Ordinal).ShouldBe(new[]
        {
            "andrey-rudenko", "nikolai-patrushev", "sergei-lavrov", "sergei-shoigu", "vladimir-putin", "wang-yi", "xi-jinping",
        });
    }

    [Fact]
    public void Wang_yi_was_director_and_not_foreign_minister_between_december_2022_and_july_2023()
    {
        var feb2023 = Officials.WangYi.PostsOn(new DateOnly(2023, 2, 21)).Select(p => p.Title).ToList();
        feb2023.ShouldContain("Director of the Office of the Central Foreign Affairs Commission");
        feb2023.ShouldNotContain("Minister of Foreign Affairs");
        feb2023.ShouldContain("State Councilor");
        Officials.WangYi.PostsOn(new DateOnly(2023, 3, 12)).Select(p => p.Title).ShouldNotContain("State Councilor");
        Officials.WangYi.PostsOn(new DateOnly(2022, 12, 29)).Select(p => p.Title).ShouldContain("Minister of Foreign Affairs");
        Officials.WangYi.PostOn(new DateOnly(2024, 10, 30))!.Title.ShouldBe("Minister of Foreign Affairs");
        Meetings.WangYiPatrushev2023_02_21.ParticipantFor(Officials.WangYi)!.Post!.Organisation.Id.ShouldBe("cfac-office");
    }

    [Fact]
    public void Shoigu_succeeded_patrushev_as_security_council_secretary_in_may_2024()
    {
        Officials.NikolaiPatrushev.PostOn(new DateOnly(2023, 2, 21))!.Organisation.Id.ShouldBe("russia-security-council");
        Officials.NikolaiPatrushev.PostsOn(new DateOnly(2024, 6, 1)).ShouldNotContain(p => p.Organisation.Id == "russia-security-council");
        Officials.SergeiShoigu.PostOn(new DateOnly(2024, 5, 11))!.Organisation.Id.ShouldBe("russia-mod");
        Officials.SergeiShoigu.PostOn(new DateOnly(2025, 2, 28))!.Organisation.Id.ShouldBe("russia-security-council");
    }

    [Fact]
    public void Dates_the_documents_state_only_by_weekday_are_marked_inferred()
    {
        Meetings.WangYiRudenko2024_10_30.DateBasis.ShouldBe(FactBasis.Inferred);
        Meetings.WangYiPatrushev2023_02_21.DateBasis.ShouldBe(FactBasis.Inferred);
        Meetings.PutinWangYi2025_04_01.DateBasis.ShouldBe(FactBasis.Inferred);
        Meetings.PutinWangYi2025_04_01.Place!.Basis.ShouldBe(FactBasis.Inferred, "the document names the Kremlin, not the city");
        Meetings.WangYiShoigu2025_02_28.DateBasis.ShouldBe(FactBasis.Stated);
        Meetings.WangYiShoigu2025_12_02.Place!.Basis.ShouldBe(FactBasis.Dateline);
        Meetings.WangYiShoigu2025_12_02.Mechanism.ShouldBe(Mechanisms.StrategicSecurityConsultation);
    }

    [Fact]
    public void Meetings_whose_content_no_document_gives_have_no_topics()
    {
        // The readout names the virtual meeting only as 'their virtual meeting at the beginning of the year';
        // no document says what was discussed on 31 March; the two 2024 meetings are only implied.
        foreach (var id in new[] { "xi-putin-virtual-2025-01-21", "wang-yi-lavrov-2025-03-31", "xi-putin-beijing-2024-05-16", "xi-putin-astana-2024-07-03" })
        {
            Meetings.ById(id).Topics.ShouldBeEmpty(id);
        }
    }

    [Fact]
    public void The_kazan_meeting_has_only_the_topic_the_document_gives_it_and_the_notes_say_what_it_says()
    {
        // All China Daily says of the Kazan meeting: the heads of state met on the sidelines of the summit,
        // and 'the two leaders reached new consensuses during their meeting in Kazan' (not what about).
        const string said = "the two leaders reached new consensuses during their meeting in Kazan";
        var source = Sources.ById("china-daily-2024-10-31");
        SourceTexts.Of(source).ShouldContain(said);
        Meetings.ById("xi-putin-kazan-2024-10-22").Topics.Select(Topics.IdOf).ShouldBe(new[] { "leaders-agreements" });
        source.Notes.ShouldNotBeNull();
        source.Notes.ShouldContain($"'{said}'");
    }

    [Fact]
    public void Shoigus_defence_post_ends_with_the_decree_the_note_names_from_public_record()
    {
        var defence = Officials.SergeiShoigu.Positions.Single(p => p.Organisation.Id == "russia-mod");
        (defence.End?.Earliest).ShouldBe(new DateOnly(2024, 5, 12));
        defence.Note.ShouldNotBeNull();
        defence.Note.ShouldStartWith("From public record, not stated in the dataset's documents:");
        defence.Note.ShouldContain("decree of 12 May 2024");

        // No document of the dataset states it: none mentions a decree.
        Sources.All.ShouldAllBe(s => !SourceTexts.Of(s).Contains("decree", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Xi_jinpings_party_posts_and_putins_acting_presidency_and_premierships_are_recorded_from_public_record()
    {
        string[] TitlesOn(Official official, int year, int month, int day) => official.PostsOn(new DateOnly(year, month, day)).Select(p => p.Title).ToArray();

        TitlesOn(Officials.XiJinping, 2012, 11, 14).ShouldBeEmpty();
        TitlesOn(Officials.XiJinping, 2012, 11, 15).ShouldBe(new[] { "General Secretary of the CPC Central Committee", "Chairman of the CPC Central Military Commission" }, ignoreOrder: true);
        TitlesOn(Officials.XiJinping, 2025, 2, 28).ShouldBe(new[] { "President of the People's Republic of China", "General Secretary of the CPC Central Committee", "Chairman of the CPC Central Military Commission" }, ignoreOrder: true);

        TitlesOn(Officials.VladimirPutin, 1999, 8, 15).ShouldBeEmpty();
        TitlesOn(Officials.VladimirPutin, 1999, 8, 16).ShouldBe(new[] { "Prime Minister of the Russian Federation" });
        TitlesOn(Officials.VladimirPutin, 1999, 12, 31).ShouldBe(new[] { "Prime Minister of the Russian Federation", "Acting President of the Russian Federation" }, ignoreOrder: true);
        TitlesOn(Officials.VladimirPutin, 2000, 5, 7).ShouldBe(new[] { "President of the Russian Federation" });
        TitlesOn(Officials.VladimirPutin, 2008, 5, 7).ShouldBeEmpty();
        TitlesOn(Officials.VladimirPutin, 2008, 5, 8).ShouldBe(new[] { "Prime Minister of the Russian Federation" });
        TitlesOn(Officials.VladimirPutin, 2012, 5, 7).ShouldBe(new[] { "President of the Russian Federation" });

        // On every meeting date the post a participant is shown with is still the presidency.
        foreach (var meeting in Meetings.All)
        {
            foreach (var participant in meeting.Participants.Where(p => p.Official == Officials.XiJinping || p.Official == Officials.VladimirPutin))
            {
                participant.Post!.Title.ShouldStartWith("President of ", customMessage: meeting.Id);
            }
        }

        // None of these is in the documents: each says it is from public record.
        var added = new[] { Officials.XiJinping, Officials.VladimirPutin }.SelectMany(o => o.Positions)
            .Where(p => !p.Title.StartsWith("President of ", StringComparison.Ordinal)).ToList();
        added.Count.ShouldBe(5);
        added.ShouldAllBe(p => p.Note != null && p.Note.StartsWith("From public record, not stated in the dataset's documents:"));
    }
}
