using System.Text.Json;

namespace SinoRussia.Dataset.Tests;

/// <summary>The JSON export has the documented shape and carries every record.</summary>
public class JsonExportTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(SinoRussiaDataset.Shipped.ToJson()).RootElement;

    [Fact]
    public void Top_level_arrays_hold_every_record()
    {
        Root.GetProperty("sources").GetArrayLength().ShouldBe(Sources.All.Count);
        Root.GetProperty("officials").GetArrayLength().ShouldBe(Officials.All.Count);
        Root.GetProperty("meetings").GetArrayLength().ShouldBe(Meetings.All.Count);
        Root.GetProperty("quotes").GetArrayLength().ShouldBe(Quotes.All.Count);
    }

    [Fact]
    public void Records_have_the_documented_fields()
    {
        foreach (var source in Root.GetProperty("sources").EnumerateArray())
        {
            source.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            source.GetProperty("file").GetString().ShouldEndWith(".txt");
        }

        foreach (var official in Root.GetProperty("officials").EnumerateArray())
        {
            official.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            official.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
            official.GetProperty("aliases").ValueKind.ShouldBe(JsonValueKind.Array);
            official.GetProperty("positions").GetArrayLength().ShouldBeGreaterThan(0);
        }

        var officialIds = Officials.All.Select(o => o.Id).ToHashSet();
        var meetingIds = Meetings.All.Select(m => m.Id).ToHashSet();
        var sourceIds = Sources.All.Select(s => s.Id).ToHashSet();
        foreach (var meeting in Root.GetProperty("meetings").EnumerateArray())
        {
            meetingIds.ShouldContain(meeting.GetProperty("id").GetString()!);
            DateOnly.TryParse(meeting.GetProperty("date").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _).ShouldBeTrue();
            meeting.GetProperty("participants").EnumerateArray().ShouldAllBe(p => officialIds.Contains(p.GetProperty("officialId").GetString()!));
            meeting.GetProperty("sourceIds").EnumerateArray().ShouldAllBe(s => sourceIds.Contains(s.GetString()!));
            meeting.TryGetProperty("place", out _).ShouldBeTrue();
        }

        foreach (var quote in Root.GetProperty("quotes").EnumerateArray())
        {
            new[] { "direct", "reported" }.ShouldContain(quote.GetProperty("kind").GetString());
            officialIds.ShouldContain(quote.GetProperty("speakerId").GetString()!);
            meetingIds.ShouldContain(quote.GetProperty("meetingId").GetString()!);
            sourceIds.ShouldContain(quote.GetProperty("sourceId").GetString()!);
            Quotes.ById(quote.GetProperty("id").GetString()!).Text.ShouldBe(quote.GetProperty("text").GetString());
        }
    }
}
