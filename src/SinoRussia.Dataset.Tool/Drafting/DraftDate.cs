namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A meeting's date as drafted, in the schema's terms.</summary>
/// <param name="Value">YYYY-MM-DD, YYYY-MM or YYYY, matching <paramref name="Precision"/>.</param>
/// <param name="Precision"><c>day</c>, <c>month</c> or <c>year</c>.</param>
/// <param name="Basis"><c>stated</c>, <c>dateline</c> or <c>inferred</c>.</param>
/// <param name="Note">How the date was resolved, for any date not plainly stated.</param>
internal sealed record DraftDate(string Value, DatePrecision Precision, FactBasis Basis, string? Note);
