using SinoRussia.Dataset.Generator.Diagnostics;

namespace SinoRussia.Dataset.Generator.Model;

// The records as read from YAML, before references are resolved. Every value keeps where it came
// from (its file and number; the position is in the file's span table) so that validation can point
// at it. All types are equatable values: they are cached between generator runs.

/// <summary>A string read from YAML with where it stands and its YAML path (<c>meetings[3].format</c>).</summary>
internal readonly record struct Located(string Value, ValueRef Where, YamlPath Path);

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
    Located? Notes) : RawRecord;

internal sealed record RawOrganisation(Located Id, Located Name, Located? Country) : RawRecord;

internal sealed record RawMechanism(Located Id, Located Name) : RawRecord;

internal sealed record RawTopic(Located Id, Located Name);

internal sealed record RawDate(Located Value, Located Precision, Located? Basis, Located? Note, ValueRef Where);

internal sealed record RawPosition(Located Title, Located Organisation, RawDate Start, RawDate? End, Located? Note);

internal sealed record RawOfficial(
    Located Id,
    Located Name,
    EquatableArray<Located> Aliases,
    Located Country,
    EquatableArray<RawPosition> Positions) : RawRecord;

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
    EquatableArray<Located> Sources) : RawRecord;

internal sealed record RawQuote(
    Located Id,
    Located Kind,
    Located Speaker,
    Located Meeting,
    Located Source,
    Located Text,
    EquatableArray<Located> Topics) : RawRecord
{
    /// <summary>How the speaker is known (optional: the sentence names them).</summary>
    public Located? Attribution { get; init; }
}

/// <summary>The value of an added field (<c>Field.IsAdded</c>) as read, under its key.</summary>
internal readonly record struct RawAddedField(string Key, Located Value);

/// <summary>What every record of a top-level list has besides its own fields: the values of the schema's added fields it gives.</summary>
internal abstract record RawRecord
{
    public EquatableArray<RawAddedField> Added { get; init; } = EquatableArray<RawAddedField>.Empty;
}

/// <summary>
/// Everything one YAML file holds, with the diagnostics found while reading it and the positions of its
/// values (<paramref name="Spans"/>, by <see cref="ValueRef.Chunk"/> and <see cref="ValueRef.Index"/>). <paramref name="Shipped"/>
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
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<SpanChunk> Spans)
{
    /// <summary>A file that could not be read: no records, the reason.</summary>
    public static ParsedFile Failed(string path, bool shipped, DiagnosticInfo reason)
        => new(path, shipped, EquatableArray<RawSource>.Empty, EquatableArray<RawOrganisation>.Empty, EquatableArray<RawMechanism>.Empty,
            EquatableArray<RawTopic>.Empty, EquatableArray<RawOfficial>.Empty, EquatableArray<RawMeeting>.Empty,
            EquatableArray<RawQuote>.Empty, new[] { reason }.ToEquatableArray(), EquatableArray<SpanChunk>.Empty);

    /// <summary>The records without the positions: equal after an edit that only moves values.</summary>
    public ParsedFile WithoutSpans() => Spans.Count == 0 ? this : this with { Spans = EquatableArray<SpanChunk>.Empty };

    /// <summary>The positions of the values.</summary>
    public SpanTable SpanTable => new(Path, Spans);
}

/// <summary>A source document's text, matched to a source record by file name; <paramref name="Problem"/> when it cannot be used.</summary>
internal sealed record SourceDocument(string FileName, string Text, DiagnosticInfo? Problem);
