namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Where a meeting took place, as drafted.</summary>
/// <param name="City">The city, when named or inferred from a venue.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code.</param>
/// <param name="Venue">The venue, when the text names one ("the Kremlin").</param>
/// <param name="Basis"><c>stated</c>, <c>dateline</c> or <c>inferred</c>.</param>
/// <param name="Note">How the place was resolved, when not plainly stated.</param>
internal sealed record DraftPlace(string? City, string Country, string? Venue, FactBasis Basis, string? Note);
