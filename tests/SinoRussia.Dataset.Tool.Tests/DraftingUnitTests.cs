using SinoRussia.Dataset.Tool.Drafting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>The drafting stages one at a time: the sentence splitter, date phrases and their resolution, name matching.</summary>
public class DraftingUnitTests
{
    private static readonly KnownOfficial Shoigu = new("sergei-shoigu", "Sergei Shoigu", new[] { "Shoigu" }, "RU");
    private static readonly KnownOfficial WangYi = new("wang-yi", "Wang Yi", new[] { "Wang" }, "CN");

    private static List<string> Sentences(string text)
    {
        var paragraphs = new List<(int Start, int End)>();
        var start = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            paragraphs.Add((start, start + paragraph.Length));
            start += paragraph.Length + 1;
        }

        var (quotations, _) = QuotationFinder.Find(new ArticleText(text), paragraphs);
        return SentenceSplitter.Split(text, paragraphs, quotations).Select(s => text[s.Start..s.End].Trim()).ToList();
    }

    [Fact]
    public void A_sentence_ends_at_a_full_stop_before_a_new_sentence()
        => Sentences("Wang Yi met Shoigu. They talked. Then they left!")
            .ShouldBe(new[] { "Wang Yi met Shoigu.", "They talked.", "Then they left!" });

    [Fact]
    public void Abbreviations_and_initials_end_no_sentence()
        => Sentences("The U.S. and the U.N. were named by Mr. Wang. J.R. Smith agreed.")
            .ShouldBe(new[] { "The U.S. and the U.N. were named by Mr. Wang.", "J.R. Smith agreed." });

    [Fact]
    public void A_quotation_is_not_split_and_its_closing_mark_can_end_the_sentence()
        => Sentences("Wang said: \"We agree. We act.\" The diplomat left.")
            .ShouldBe(new[] { "Wang said: \"We agree. We act.\"", "The diplomat left." });

    [Fact]
    public void Paragraphs_are_split_apart()
        => Sentences("First paragraph without a stop\nSecond one.").ShouldBe(new[] { "First paragraph without a stop", "Second one." });

    public static TheoryData<string, string, string, DatePrecision, FactBasis> Dates() => new()
    {
        // phrase in a sentence, publication date, the value drafted, precision, basis
        { "They met on February 28, 2025.", "2025-03-01", "2025-02-28", DatePrecision.Day, FactBasis.Stated },
        { "They met on 4 March.", "2025-03-05", "2025-03-04", DatePrecision.Day, FactBasis.Inferred },
        { "They met on Tuesday.", "2025-03-05", "2025-03-04", DatePrecision.Day, FactBasis.Inferred },
        { "They met yesterday.", "2025-03-05", "2025-03-04", DatePrecision.Day, FactBasis.Inferred },
        { "They met last month.", "2025-03-05", "2025-02", DatePrecision.Month, FactBasis.Inferred },
        { "They met at the end of last year.", "2025-03-05", "2024-12", DatePrecision.Month, FactBasis.Inferred },
        { "They met last year.", "2025-03-05", "2024", DatePrecision.Year, FactBasis.Inferred },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_phrase_resolves_against_the_publication_date(string sentence, string published, string value, DatePrecision precision, FactBasis basis)
    {
        var phrase = DatePhrases.Find(sentence, 0, sentence.Length).ShouldHaveSingleItem();
        var (date, reason) = DateResolver.Resolve(phrase, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        date.ShouldNotBeNull(reason);
        (date.Value, date.Precision, date.Basis).ShouldBe((value, precision, basis));
        if (basis == FactBasis.Inferred)
        {
            date.Note.ShouldNotBeNullOrWhiteSpace("an inferred date says how");
        }
    }

    [Fact]
    public void A_relative_date_without_a_publication_date_is_left_unresolved()
    {
        var phrase = DatePhrases.Find("They met on Tuesday.", 0, 20).ShouldHaveSingleItem();
        var (date, reason) = DateResolver.Resolve(phrase, null);
        date.ShouldBeNull();
        reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_impossible_day_is_no_date()
    {
        var phrase = DatePhrases.Find("They met on February 30, 2025.", 0, 30).ShouldHaveSingleItem();
        DateResolver.Resolve(phrase, null).Date.ShouldBeNull();
    }

    [Fact]
    public void Names_match_by_full_name_surname_and_a_close_spelling()
    {
        var index = new NameIndex(new[] { Shoigu, WangYi });
        index.ByFullName("Sergei Shoigu").ShouldBe("sergei-shoigu");
        index.ByFullName("Sergei Lavrov").ShouldBeNull();
        index.BySurname("Shoigu").ShouldBe("sergei-shoigu");
        index.CloseOfficial(new[] { "Sergey", "Shoigu" }).ShouldBe("sergei-shoigu", "a transliteration within two edits");
        index.CloseOfficial(new[] { "Wang", "Yi" }).ShouldBe("wang-yi", "surname first");
        index.CloseOfficial(new[] { "Boris", "Shoigu" }).ShouldBeNull("more than two edits");
        index.CloseOfficial(new[] { "Sergei", "Lavrov" }).ShouldBeNull("another surname");
        index.FullNames!.IsMatch("said Sergei Shoigu.").ShouldBeTrue();
        index.FullNames.IsMatch("said Sergei Shoiguov.").ShouldBeFalse("a name is matched as whole words");
    }

    [Fact]
    public void The_gazetteer_knows_every_place_and_publisher_the_shipped_data_records_and_its_lists_agree_with_the_data()
    {
        var cities = Gazetteer.ShippedCities().ToList();
        cities.ShouldNotBeEmpty();
        var listedCities = Gazetteer.ListedCities();
        foreach (var (city, country) in cities)
        {
            Gazetteer.Cities[city].ShouldBe(country);
            if (listedCities.TryGetValue(city, out var listed))
            {
                listed.ShouldBe(country, $"the list puts {city} in another country than the data does");
            }
        }

        var listedVenues = Gazetteer.ListedVenues();
        foreach (var (venue, place) in Gazetteer.ShippedVenues())
        {
            Gazetteer.Venues[venue].ShouldBe(place);
            if (listedVenues.TryGetValue(venue, out var listed))
            {
                listed.ShouldBe(place, $"the list puts {venue} elsewhere than the data does");
            }
        }

        // The slug comes from the shipped ids (tass-2025-12-02: tass); where the list names the same
        // publisher, it must give the data's name and slug.
        var publishers = Gazetteer.ShippedPublishers().ToList();
        publishers.Count.ShouldBeGreaterThanOrEqualTo(4);
        publishers.ShouldContain(("TASS", "tass"));
        foreach (var (name, slug) in publishers)
        {
            Gazetteer.Publisher(name).ShouldBe((name, slug));
            Gazetteer.ListedPublishers().Where(p => p.Slug == slug || p.Name == name).ShouldAllBe(p => p.Name == name && p.Slug == slug, name);
        }

        // A handle only the list has, joined to the publisher the data names; a publisher only the list has.
        Gazetteer.Publisher("AzerNewsAz").ShouldBe(("AzerNews", "azernews"));
        Gazetteer.Publisher("Xinhua").ShouldBe(("Xinhua", "xinhua"));
    }

    [Fact]
    public void Every_title_in_source_the_shipped_data_records_ends_with_a_word_the_drafter_reads_as_a_title()
    {
        // The word lists are the drafter's own, but they must know the titles the documents give that the
        // data records (titleInSource; a post's formal name, "President of the Russian Federation", never
        // stands before a name): such a title before a name ("Russian Security Council Secretary Sergei
        // Shoigu") is read as a title only when its last word is a title word.
        var titles = SinoRussiaDataset.Shipped.Meetings.SelectMany(m => m.Participants).Select(p => p.TitleInSource)
            .OfType<string>()
            .Distinct()
            .ToList();
        titles.Count.ShouldBeGreaterThan(5);
        titles.Where(t => !Vocabulary.TitleWords.Contains(Vocabulary.BaseWord(t.Split(' ')[^1]))).ShouldBeEmpty();
    }
}
