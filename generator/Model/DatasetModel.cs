using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Model;

// The records' models, built per file by the checks (RecordChecker) and encoded per file into the
// tables' segments (Emission/SegmentEncoder). References are ids (checked to resolve), never positions,
// so adding a record to one table leaves the others' segments equal and their outputs cached. Every
// type is an equatable value so that unchanged data emits nothing new.

/// <summary>
/// What the checked dataset gives the files written once, whatever its records: the namespace, the
/// topic vocabulary and the named-members option. <paramref name="ContainerClass"/> is null when the
/// generator builds the shipped library itself; in a consumer's build (shipped YAML present) it names
/// the class that holds the merged view, and records with <c>Shipped</c> set are not compiled again.
/// The records themselves never pass through one whole-dataset value: the tables are put together from
/// each file's segments.
/// </summary>
internal sealed record DatasetModel(
    string Namespace,
    string? ContainerClass,
    EquatableArray<TopicModel> Topics)
{
    /// <summary>Which named members to generate: <c>auto</c>, <c>all</c> or <c>none</c> (see GeneratorOptions).</summary>
    public string NamedMembers { get; init; } = "auto";
}

internal sealed record SourceModel(
    string Id,
    string MemberName,
    string File,
    string? Publisher,
    string? Title,
    DateModel? Published,
    string? PublishedTime,
    string? TimeZone,
    string? Dateline,
    string? Author,
    string? Language,
    string? Notes) : EntityModel;

internal sealed record OrganisationModel(string Id, string MemberName, string Name, string? Country) : EntityModel;

internal sealed record MechanismModel(string Id, string MemberName, string Name) : EntityModel;

internal sealed record TopicModel(string Id, string MemberName, string Name) : EntityModel;

/// <summary>A date with its precision: <c>Month</c> and <c>Day</c> are 0 when not known.</summary>
internal sealed record DateModel(int Year, int Month, int Day, DatePrecision Precision);

internal sealed record PositionModel(string Title, string Organisation, DateModel Start, DateModel? End, string? Note);

internal sealed record OfficialModel(
    string Id,
    string MemberName,
    string Name,
    EquatableArray<string> Aliases,
    string Country,
    EquatableArray<PositionModel> Positions) : EntityModel;

internal sealed record PlaceModel(string? City, string Country, string? Venue, FactBasis Basis, string? Note);

internal sealed record ParticipantModel(string Official, ParticipantRole Role, string? TitleInSource);

internal sealed record MeetingModel(
    string Id,
    string MemberName,
    string Title,
    DateModel Date,
    FactBasis DateBasis,
    string? DateNote,
    PlaceModel? Place,
    MeetingFormat Format,
    string? Mechanism,
    string? Occasion,
    EquatableArray<ParticipantModel> Participants,
    EquatableArray<string> Topics,
    EquatableArray<string> Outcomes,
    EquatableArray<string> Sources) : EntityModel;

internal sealed record QuoteModel(
    string Id,
    string MemberName,
    QuoteKind Kind,
    string Speaker,
    string Meeting,
    string Source,
    string Text,
    EquatableArray<string> Topics) : EntityModel
{
    /// <summary>How the speaker is known: <see cref="SpeakerAttribution.Sentence"/> unless the YAML says otherwise.</summary>
    public SpeakerAttribution Attribution { get; init; }
}

/// <summary>
/// What every record has: whether it comes from the shipped dataset (consumer builds only), and the
/// checked values of the schema's added fields it gives (<c>Field.IsAdded</c>), in the shape's order.
/// </summary>
internal abstract record EntityModel
{
    public bool Shipped { get; init; }

    public EquatableArray<AddedValue> Added { get; init; } = EquatableArray<AddedValue>.Empty;
}

/// <summary>An added field's value, as the YAML spells it (a vocabulary's spelling, a date to its precision).</summary>
internal readonly record struct AddedValue(string Key, string Value);
