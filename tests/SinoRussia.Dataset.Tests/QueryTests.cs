namespace SinoRussia.Dataset.Tests;

/// <summary>The query helpers users rely on.</summary>
public class QueryTests
{
    [Fact]
    public void Involves_and_meetings_of_agree()
    {
        var linq = Meetings.All.Where(m => m.Involves(Officials.WangYi)).ToList();
        Meetings.Of(Officials.WangYi).ShouldBe(linq);
        linq.ShouldAllBe(m => m.Participants.Any(p => p.Official.Id == "wang-yi"));
        Meetings.All.Except(linq).ShouldAllBe(m => m.Participants.All(p => p.Official.Id != "wang-yi"));
    }

    [Fact]
    public void Quotes_by_speaker_and_at_meeting()
    {
        Quotes.By(Officials.SergeiShoigu).ShouldAllBe(q => q.Speaker == Officials.SergeiShoigu);
        Quotes.By(Officials.SergeiShoigu).ShouldNotBeEmpty();
        Quotes.At(Meetings.WangYiShoigu2025_12_02).ShouldAllBe(q => q.Meeting == Meetings.WangYiShoigu2025_12_02);
        Quotes.All.Count.ShouldBe(Officials.All.Sum(o => Quotes.By(o).Count()));
    }

    [Fact]
    public void Topics_round_trip_through_their_ids()
    {
        foreach (var topic in Topics.All)
        {
            Topics.ById(Topics.IdOf(topic)).ShouldBe(topic);
            Topics.NameOf(topic).ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Partial_dates_know_their_range()
    {
        var month = new PartialDate(2023, 1, 0, DatePrecision.Month);
        month.Earliest.ShouldBe(new DateOnly(2023, 1, 1));
        month.Latest.ShouldBe(new DateOnly(2023, 1, 31));
        month.ToString().ShouldBe("2023-01");
        new PartialDate(2024, 0, 0, DatePrecision.Year).Latest.ShouldBe(new DateOnly(2024, 12, 31));
        new PartialDate(2024, 2, 29, DatePrecision.Day).ToString().ShouldBe("2024-02-29");
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(2025, 2, 29, DatePrecision.Day));
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialDate(2025, 2, 0, DatePrecision.Day));
    }
}
