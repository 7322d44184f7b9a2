using SinoRussia.Dataset.Storage;
using SinoRussia.Dataset.Tool.Exporting;

namespace SinoRussia.Dataset.Tool.Tests;

/// <summary>
/// A consumer's merged view touched for the first time by 64 threads at once: a fresh store over the
/// project's compiled tables, on a fresh store over the shipped ones, so nothing is decoded before the
/// race. Every thread sees the same, complete objects.
/// </summary>
public sealed class MergedViewConcurrencyTests : TempFolderTest
{

    [Fact]
    public void Sixty_four_threads_on_a_fresh_merged_view_see_the_same_complete_objects()
    {
        File.WriteAllText(Path.Combine(Folder, "meetings.yaml"), CheckTests.GoodMeeting);
        var loaded = FolderDataset.Load(Folder);
        loaded.Errors.ShouldBeEmpty();
        Type[] Holders(System.Reflection.Assembly assembly) => new[] { "SourcesData", "OrganisationsData", "MechanismsData", "OfficialsData", "MeetingsData", "QuotesData" }
            .Select(name => assembly.GetTypes().Single(t => t.Name == name)).ToArray();
        var shippedHolders = Holders(typeof(Meeting).Assembly);
        var ownHolders = Holders(loaded.Assembly!);
        var shipped = DataStore.Create(shippedHolders[0], shippedHolders[1], shippedHolders[2], shippedHolders[3], shippedHolders[4], shippedHolders[5], null);
        var merged = DataStore.Create(ownHolders[0], ownHolders[1], ownHolders[2], ownHolders[3], ownHolders[4], ownHolders[5], shipped);

        var results = new object[64][];
        var between = new string[64];
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
        {
            start.Wait();
            var wangYi = merged.Officials.ById("wang-yi");
            var own = merged.Meetings.ById("putin-wang-yi-2023-02-22");
            results[i] = new object[]
            {
                merged.Meetings.All, wangYi, own, own.Participants[0].Official, merged.Meetings.Of(wangYi), merged.Quotes.By(wangYi),
                merged.Dataset, wangYi.Meetings,
            };
            // A range query builds its answer on each call: its contents, not its reference, must agree.
            between[i] = string.Join(",", merged.Meetings.Between(new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28)).Select(m => m.Id));
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        for (var column = 0; column < results[0].Length; column++)
        {
            var first = results[0][column];
            var differing = results.Count(r => !ReferenceEquals(r[column], first));
            differing.ShouldBe(0, $"value {column} ({first.GetType().Name}) differs between threads");
        }

        between.Distinct().ShouldBe(new[] { "wang-yi-patrushev-2023-02-21,putin-wang-yi-2023-02-22" });
        merged.Meetings.All.Count.ShouldBe(Meetings.All.Count + 1);
        merged.Meetings.Of(merged.Officials.ById("wang-yi")).Select(m => m.Id).ShouldContain("putin-wang-yi-2023-02-22");
        merged.Meetings.Between(new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28)).Select(m => m.Id)
            .ShouldBe(new[] { "wang-yi-patrushev-2023-02-21", "putin-wang-yi-2023-02-22" });
        merged.Officials.ById("wang-yi").ShouldBeSameAs(shipped.Officials.ById("wang-yi"), "the merged view shares the shipped records");
    }
}
