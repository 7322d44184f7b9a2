using SinoRussia.Dataset.Generator.Diagnostics;

namespace SinoRussia.Dataset.Generator.Model;

// The records as read from YAML, before references are resolved. Every value keeps the span it came
// from so that validation can point at it. All types are equatable values: they are cached between
// generator runs.

/// <summary>A string read from YAML with the span it stands at and its YAML path (<c>meetings[3].format</c>).</summary>
internal readonly record struct Located(string Value, YamlSpan Span, YamlPath Path);

internal sealed record RawSource(
    Located Id,
    Located File,
    Located? Publisher,
    Located? Title,
    Located? Published,
    Located? PublishedTime,
    Located? TimeZone,
    Located? Dateline,
    Located? Author,
    Located? Language,
    Located? Notes);

internal sealed record RawOrganisation(Located Id, Located Name, Located? Country);

internal sealed record RawMechanism(Located Id, Located Name);

internal sealed record RawTopic(Located Id, Located Name);

internal sealed record RawDate(Located Value, Located Precision, Located? Basis, Located? Note, YamlSpan Span);

internal sealed record RawPosition(Located Title, Located Organisation, RawDate Start, RawDate? End, Located? Note);

internal sealed record RawOfficial(
    Located Id,
    Located Name,
    EquatableArray<Located> Aliases,
    Located Country,
    EquatableArray<RawPosition> Positions);

internal sealed record RawPlace(Located? City, Located Country, Located? Venue, Located Basis, Located? Note);

internal sealed record RawParticipant(Located Official, Located Role, Located? TitleInSource);

internal sealed record RawMeeting(
    Located Id,
    Located Title,
    RawDate Date,
    RawPlace? Place,
    Located Format,
    Located? Mechanism,
    Located? Occasion,
    EquatableArray<RawParticipant> Participants,
    EquatableArray<Located> Topics,
    EquatableArray<Located> Outcomes,
    EquatableArray<Located> Sources);

internal sealed record RawQuote(
    Located Id,
    Located Kind,
    Located Speaker,
    Located Meeting,
    Located Source,
    Located Text,
    EquatableArray<Located> Topics);

/// <summary>
/// Everything one YAML file holds, with the diagnostics found while reading it. <paramref name="Shipped"/>
/// marks the package's own data in a consumer's build: reference data, checked against, not re-emitted.
/// </summary>
internal sealed record ParsedFile(
    string Path,
    bool Shipped,
    EquatableArray<RawSource> Sources,
    EquatableArray<RawOrganisation> Organisations,
    EquatableArray<RawMechanism> Mechanisms,
    EquatableArray<RawTopic> Topics,
    EquatableArray<RawOfficial> Officials,
    EquatableArray<RawMeeting> Meetings,
    EquatableArray<RawQuote> Quotes,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A file that could not be read: no records, the reason.</summary>
    public static ParsedFile Failed(string path, bool shipped, DiagnosticInfo reason)
        => new(path, shipped, EquatableArray<RawSource>.Empty, EquatableArray<RawOrganisation>.Empty, EquatableArray<RawMechanism>.Empty,
            EquatableArray<RawTopic>.Empty, EquatableArray<RawOfficial>.Empty, EquatableArray<RawMeeting>.Empty,
            EquatableArray<RawQuote>.Empty, new[] { reason }.ToEquatableArray());
}

/// <summary>A source document's text, matched to a source record by file name; <paramref name="Problem"/> when it cannot be used.</summary>
internal sealed record SourceDocument(string FileName, string Text, DiagnosticInfo? Problem);
