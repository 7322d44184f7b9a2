using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace SinoRussia.Dataset.Tests;

/// <summary>
/// Records are built with object initializers (init properties), not long constructors; the members a
/// record must be given are the keys the YAML schema requires, so what the compiler insists on in C# is
/// what the generator insists on in YAML.
/// </summary>
public class RecordConstructionTests
{
    /// <summary>Each record type and where its items stand in a schema file: (file, path of the item's object schema).</summary>
    public static TheoryData<string, string, string> Records() => new()
    {
        { nameof(Source), "sources", "sources" },
        { nameof(Organisation), "organisations", "organisations" },
        { nameof(Mechanism), "organisations", "mechanisms" },
        { nameof(Official), "officials", "officials" },
        { nameof(Position), "officials", "officials/positions" },
        { nameof(Meeting), "meetings", "meetings" },
        { nameof(Place), "meetings", "meetings/place" },
        { nameof(Participant), "meetings", "meetings/participants" },
        { nameof(Quote), "quotes", "quotes" },
    };

    /// <summary>Members a record built by hand must be given though no YAML key gives them, and why.</summary>
    private static readonly (string Type, string Member, string Why)[] RequiredWithoutKey =
    {
        (nameof(Participant), nameof(Participant.MeetingDate), "the meeting's date, which a participant carries to give the post held on it (Post); in YAML it is the meeting's date key"),
        (nameof(Meeting), nameof(Meeting.DateBasis), "the key date.basis, required inside the required date: kept on the meeting because PartialDate is a plain date shared with posts and sources"),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_member_is_required_exactly_when_the_schema_requires_its_key(string type, string file, string path)
    {
        var item = Item(file, path);
        var required = item["required"]!.AsArray().Select(k => k!.GetValue<string>()).ToHashSet();
        var keys = item["properties"]!.AsObject().Select(p => p.Key).ToList();
        var record = typeof(Meeting).Assembly.GetType($"{typeof(Meeting).Namespace}.{type}")!;
        foreach (var key in keys)
        {
            var property = record.GetProperty(char.ToUpperInvariant(key[0]) + key[1..]);
            property.ShouldNotBeNull($"{type} has no property for the key '{key}'");
            (property.GetCustomAttribute<RequiredMemberAttribute>() is not null).ShouldBe(required.Contains(key), $"{type}.{property.Name} (key '{key}')");
            property.SetMethod.ShouldNotBeNull($"{type}.{property.Name} has no init accessor");
            property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().ShouldContain(typeof(IsExternalInit), $"{type}.{property.Name} is settable after construction");
        }

        // And no member is required that no required key gives, but for those listed with their reason.
        var requiredWithoutKey = record.GetProperties()
            .Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            .Select(p => p.Name)
            .Where(name => !required.Contains(char.ToLowerInvariant(name[0]) + name[1..]))
            .ToList();
        requiredWithoutKey.ShouldBe(RequiredWithoutKey.Where(r => r.Type == type).Select(r => r.Member).ToList());
        record.GetConstructors().Select(c => c.GetParameters().Length).ShouldBe(new[] { 0 }, $"{type} has a public constructor with parameters");
    }

    [Fact]
    public void A_record_built_by_hand_has_the_defaults_the_yaml_has_when_a_key_is_left_out()
    {
        var organisation = new Organisation { Id = "o", Name = "O" };
        var official = new Official { Id = "x", Name = "X", Country = "CN", Positions = new[] { new Position { Title = "T", Organisation = organisation, Start = new PartialDate(2020, 1, 1, DatePrecision.Day) } } };
        var source = new Source { Id = "s", File = "s.txt" };
        var meeting = new Meeting
        {
            Id = "m", Title = "M", Date = new PartialDate(2024, 1, 1, DatePrecision.Day), DateBasis = FactBasis.Stated, Format = MeetingFormat.Phone,
            Participants = new[] { new Participant { Official = official, Role = ParticipantRole.Participant, MeetingDate = new PartialDate(2024, 1, 1, DatePrecision.Day) } },
            Sources = new[] { source },
        };
        var quote = new Quote { Id = "q", Kind = QuoteKind.Reported, Speaker = official, Meeting = meeting, Source = source, Text = "t" };

        official.Aliases.ShouldBeEmpty();
        meeting.Topics.ShouldBeEmpty();
        meeting.Outcomes.ShouldBeEmpty();
        meeting.Place.ShouldBeNull();
        quote.Topics.ShouldBeEmpty();
        quote.Attribution.ShouldBe(SpeakerAttribution.Sentence);
        quote.Speaker.ShouldBeSameAs(official);
        meeting.Participants[0].Post!.Title.ShouldBe("T");
        meeting.Quotes.ShouldBeEmpty();
    }

    [Fact]
    public void A_record_read_from_the_data_is_the_same_whichever_member_is_read_first()
    {
        // Details are read on first use through the table; the id alone, or any member, starts it.
        var fromId = Meetings.All[^1];
        var byId = Meetings.ById(fromId.Id);
        byId.ShouldBeSameAs(fromId);
        byId.Participants.ShouldNotBeEmpty();
        byId.Sources.ShouldAllBe(s => Sources.ById(s.Id) == s);
        Quotes.All[0].Speaker.ShouldBeSameAs(Officials.ById(Quotes.All[0].Speaker.Id));
    }

    private static JsonObject Item(string file, string path)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTexts.Root, "data", "schema", file + ".schema.json")))!;
        JsonNode node = schema;
        foreach (var key in path.Split('/'))
        {
            node = node["properties"]![key]!;
            node = node["items"] ?? node;
        }

        return node.AsObject();
    }
}
