namespace SinoRussia.Dataset.Generator.Model;

// The validated dataset, references resolved to indices into the sorted entity lists. This is what
// emission reads; it is an equatable value so that unchanged data emits nothing new.

/// <summary>
/// The whole dataset. <paramref name="ContainerClass"/> is null when the generator builds the shipped
/// library itself; in a consumer's build (shipped YAML present) it names the class that holds the
/// merged view, and records with <c>Shipped</c> set are emitted as references to the shipped ones.
/// </summary>
internal sealed record DatasetModel(
    string Namespace,
    string? ContainerClass,
    EquatableArray<SourceModel> Sources,
    EquatableArray<OrganisationModel> Organisations,
    EquatableArray<MechanismModel> Mechanisms,
    EquatableArray<TopicModel> Topics,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<MeetingModel> Meetings,
    EquatableArray<QuoteModel> Quotes);

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
internal sealed record DateModel(int Year, int Month, int Day, string Precision);

internal sealed record PositionModel(string Title, int Organisation, DateModel Start, DateModel? End, string? Note);

internal sealed record OfficialModel(
    string Id,
    string MemberName,
    string Name,
    EquatableArray<string> Aliases,
    string Country,
    EquatableArray<PositionModel> Positions) : EntityModel;

internal sealed record PlaceModel(string? City, string Country, string? Venue, string Basis, string? Note);

internal sealed record ParticipantModel(int Official, string Role, string? TitleInSource);

internal sealed record MeetingModel(
    string Id,
    string MemberName,
    string Title,
    DateModel Date,
    string DateBasis,
    string? DateNote,
    PlaceModel? Place,
    string Format,
    int Mechanism,
    string? Occasion,
    EquatableArray<ParticipantModel> Participants,
    EquatableArray<int> Topics,
    EquatableArray<string> Outcomes,
    EquatableArray<int> Sources) : EntityModel;

internal sealed record QuoteModel(
    string Id,
    string MemberName,
    string Kind,
    int Speaker,
    int Meeting,
    int Source,
    string Text,
    EquatableArray<int> Topics) : EntityModel;

/// <summary>What every record has: whether it comes from the shipped dataset (consumer builds only).</summary>
internal abstract record EntityModel
{
    public bool Shipped { get; init; }
}
