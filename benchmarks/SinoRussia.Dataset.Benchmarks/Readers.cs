using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SinoRussia.Dataset.Benchmarks;

// What a user would do instead of compiling the data in: read the JSON export with System.Text.Json
// source generation, or read the YAML at run time with YamlDotNet. Both build plain objects with the
// same fields the compiled records have.

public sealed record JsonDataset(List<JsonSource> Sources, List<JsonOrganisation> Organisations, List<JsonMechanism> Mechanisms,
    List<JsonOfficial> Officials, List<JsonMeeting> Meetings, List<JsonQuote> Quotes);

public sealed record JsonSource(string Id, string File, string? Publisher, string? Title, string? Published, string? PublishedTime,
    string? TimeZone, string? Dateline, string? Author, string? Language, string? Notes);

public sealed record JsonOrganisation(string Id, string Name, string? Country);

public sealed record JsonMechanism(string Id, string Name);

public sealed record JsonPosition(string Title, string OrganisationId, string Start, string? End, string? Note);

public sealed record JsonOfficial(string Id, string Name, List<string> Aliases, string Country, List<JsonPosition> Positions);

public sealed record JsonPlace(string? City, string Country, string? Venue, string Basis, string? Note);

public sealed record JsonParticipant(string OfficialId, string Role, string? TitleInSource, string? Post);

public sealed record JsonMeeting(string Id, string Title, string Date, string DatePrecision, string DateBasis, string? DateNote, JsonPlace? Place,
    string Format, string? MechanismId, string? Occasion, List<JsonParticipant> Participants, List<string> Topics, List<string> Outcomes, List<string> SourceIds);

public sealed record JsonQuote(string Id, string Text, string Kind, string SpeakerId, string MeetingId, string SourceId, List<string> Topics);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonDataset))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}

public sealed class YamlFile
{
    public List<YamlRecord>? Sources { get; set; }
    public List<YamlRecord>? Organisations { get; set; }
    public List<YamlRecord>? Mechanisms { get; set; }
    public List<YamlRecord>? Topics { get; set; }
    public List<YamlRecord>? Officials { get; set; }
    public List<YamlMeeting>? Meetings { get; set; }
    public List<YamlQuote>? Quotes { get; set; }
}

/// <summary>The fields of sources, organisations, mechanisms, topics and officials, one class for all (absent keys stay null).</summary>
public sealed class YamlRecord
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? File { get; set; }
    public string? Publisher { get; set; }
    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? PublishedTime { get; set; }
    public string? TimeZone { get; set; }
    public string? Dateline { get; set; }
    public string? Author { get; set; }
    public string? Language { get; set; }
    public string? Notes { get; set; }
    public string? Country { get; set; }
    public List<string>? Aliases { get; set; }
    public List<YamlPosition>? Positions { get; set; }
}

public sealed class YamlDate
{
    public string Value { get; set; } = "";
    public string Precision { get; set; } = "";
    public string? Basis { get; set; }
    public string? Note { get; set; }
}

public sealed class YamlPosition
{
    public string Title { get; set; } = "";
    public string Organisation { get; set; } = "";
    public YamlDate? Start { get; set; }
    public YamlDate? End { get; set; }
    public string? Note { get; set; }
}

public sealed class YamlPlace
{
    public string? City { get; set; }
    public string Country { get; set; } = "";
    public string? Venue { get; set; }
    public string? Basis { get; set; }
    public string? Note { get; set; }
}

public sealed class YamlParticipant
{
    public string Official { get; set; } = "";
    public string Role { get; set; } = "";
    public string? TitleInSource { get; set; }
}

public sealed class YamlMeeting
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public YamlDate Date { get; set; } = new();
    public YamlPlace? Place { get; set; }
    public string Format { get; set; } = "";
    public string? Mechanism { get; set; }
    public string? Occasion { get; set; }
    public List<YamlParticipant>? Participants { get; set; }
    public List<string>? Topics { get; set; }
    public List<string>? Outcomes { get; set; }
    public List<string>? Sources { get; set; }
}

public sealed class YamlQuote
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Speaker { get; set; } = "";
    public string Meeting { get; set; } = "";
    public string Source { get; set; } = "";
    public string Text { get; set; } = "";
    public List<string>? Topics { get; set; }
    public string? Attribution { get; set; }
}

public static class Readers
{
    public static JsonDataset ReadJson(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, BenchmarkJsonContext.Default.JsonDataset)!;
    }

    public static (List<YamlMeeting> Meetings, List<YamlQuote> Quotes) ReadYaml(IEnumerable<string> files)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var meetings = new List<YamlMeeting>();
        var quotes = new List<YamlQuote>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            var parsed = deserializer.Deserialize<YamlFile>(reader);
            if (parsed?.Meetings is { } m)
            {
                meetings.AddRange(m);
            }

            if (parsed?.Quotes is { } q)
            {
                quotes.AddRange(q);
            }
        }

        return (meetings, quotes);
    }
}
