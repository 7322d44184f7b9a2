namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>One official taking part in a drafted meeting.</summary>
/// <param name="OfficialId">The official's id (a known or a proposed official).</param>
/// <param name="Role"><c>host</c>, <c>guest</c> or <c>participant</c>.</param>
/// <param name="TitleInSource">The title the text gives the official, when it gives one.</param>
internal sealed record DraftParticipant(string OfficialId, ParticipantRole Role, string? TitleInSource);
