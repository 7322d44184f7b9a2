namespace SinoRussia.Dataset.Tests;

/// <summary>The prepared indexes and the reverse navigation agree with the LINQ scans they replace.</summary>
public class IndexTests
{
    [Fact]
    public void Indexes_agree_with_linq_scans_for_every_record()
    {
        foreach (var official in Officials.All)
        {
            Meetings.Of(official).ShouldBe(Meetings.All.Where(m => m.Participants.Any(p => p.Official == official)).ToList());
            Quotes.By(official).ShouldBe(Quotes.All.Where(q => q.Speaker == official).ToList());
            official.Meetings.ShouldBe(Meetings.Of(official));
            official.Quotes.ShouldBe(Quotes.By(official));
        }

        foreach (var meeting in Meetings.All)
        {
            Meetings.ById(meeting.Id).ShouldBeSameAs(meeting);
            meeting.Quotes.ShouldBe(Quotes.All.Where(q => q.Meeting == meeting).ToList());
        }

        foreach (var source in Sources.All)
        {
            source.Quotes.ShouldBe(Quotes.All.Where(q => q.Source == source).ToList());
        }

        Meetings.TryGetById("no-such-meeting", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => Meetings.ById("no-such-meeting"));
    }

    [Fact]
    public void Between_returns_the_meetings_whose_dates_overlap_the_range()
    {
        var first = Meetings.All.Min(m => m.Date.Earliest);
        var last = Meetings.All.Max(m => m.Date.Latest);
        for (var from = first.AddDays(-40); from <= last; from = from.AddDays(17))
        {
            foreach (var days in new[] { 0, 1, 30, 400 })
            {
                var to = from.AddDays(days);
                Meetings.Between(from, to).ShouldBe(Meetings.All.Where(m => m.Date.Earliest <= to && m.Date.Latest >= from).ToList(), $"{from}..{to}");
            }
        }

        Meetings.Between(last, first).ShouldBeEmpty();
    }

    [Fact]
    public void Records_built_by_hand_have_no_dataset_to_navigate()
    {
        var official = new Official { Id = "x", Name = "X", Country = "CN", Positions = Array.Empty<Position>() };
        official.Meetings.ShouldBeEmpty();
        official.Quotes.ShouldBeEmpty();
        Meetings.Of(official).ShouldBeEmpty();
        Quotes.By(official).ShouldBeEmpty();
    }

    [Fact]
    public void Sixty_four_threads_touching_a_fresh_store_for_the_first_time_see_the_same_complete_objects()
    {
        // A fresh store over the library's compiled tables: nothing is decoded until the threads race.
        var holders = new[] { "Sources", "Organisations", "Mechanisms", "Officials", "Meetings", "Quotes" }
            .Select(n => typeof(Meetings).Assembly.GetType("SinoRussia.Dataset." + n + "Data", throwOnError: true)!).ToArray();
        var store = SinoRussia.Dataset.Storage.DataStore.Create(holders[0], holders[1], holders[2], holders[3], holders[4], holders[5], null);
        var results = new object[64][];
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
        {
            start.Wait();
            var wangYi = store.Officials.ById("wang-yi");
            results[i] = new object[]
            {
                store.Meetings.All, wangYi, store.Quotes.All[0].Speaker, store.Meetings.Of(wangYi), store.Quotes.By(wangYi),
                store.Meetings.All[0].Participants[0].Official, store.Sources.All[0], store.Meetings.All[^1].Title, store.Quotes.All[^1].Text,
            };
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        for (var column = 0; column < results[0].Length; column++)
        {
            results.ShouldAllBe(r => ReferenceEquals(r[column], results[0][column]), $"value {column}");
        }

        store.Meetings.All.Select(m => m.Id).ShouldBe(Meetings.All.Select(m => m.Id));
        store.Meetings.Of(store.Officials.ById("wang-yi")).Count.ShouldBe(Meetings.Of(Officials.WangYi).Count);
        store.Quotes.All.Select(q => q.Text).ShouldBe(Quotes.All.Select(q => q.Text));
    }

    [Fact]
    public void A_store_merged_with_a_store_of_the_same_tables_puts_every_record_right_after_its_twin()
    {
        // Every key is a tie, the hardest case of the merge: the base record comes first, as a merge keeps it.
        var holders = new[] { "Sources", "Organisations", "Mechanisms", "Officials", "Meetings", "Quotes" }
            .Select(n => typeof(Meetings).Assembly.GetType("SinoRussia.Dataset." + n + "Data", throwOnError: true)!).ToArray();
        var baseStore = SinoRussia.Dataset.Storage.DataStore.Create(holders[0], holders[1], holders[2], holders[3], holders[4], holders[5], null);
        var store = SinoRussia.Dataset.Storage.DataStore.Create(holders[0], holders[1], holders[2], holders[3], holders[4], holders[5], baseStore);

        Twins(store.Meetings.All, baseStore.Meetings.All, m => m.Id);
        Twins(store.Quotes.All, baseStore.Quotes.All, q => q.Id);
        Twins(store.Officials.All, baseStore.Officials.All, o => o.Id);

        static void Twins<T>(IReadOnlyList<T> merged, IReadOnlyList<T> first, Func<T, string> id)
            where T : class
        {
            merged.Count.ShouldBe(2 * first.Count);
            var enumerated = merged.ToList();
            for (var i = 0; i < merged.Count; i++)
            {
                merged[i].ShouldBeSameAs(enumerated[i], "the indexer and the enumerator agree at " + i);
            }

            for (var i = 0; i < first.Count; i++)
            {
                merged[2 * i].ShouldBeSameAs(first[i], "the base record first at " + i);
                merged[(2 * i) + 1].ShouldNotBeSameAs(first[i]);
                id(merged[(2 * i) + 1]).ShouldBe(id(first[i]));
            }

            Should.Throw<ArgumentOutOfRangeException>(() => merged[merged.Count]);
        }
    }
}
