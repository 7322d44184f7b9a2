using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>What the mention finder found: the mentions in order, the people proposed as new officials, and new spellings of known ones.</summary>
/// <param name="Mentions">The mentions, by position.</param>
/// <param name="Proposed">People named who are not known officials.</param>
/// <param name="Aliases">New spellings of known officials: the official, the spelling and where it stands.</param>
internal sealed record MentionResult(
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ProposedPerson> Proposed,
    IReadOnlyList<(string OfficialId, string Spelling, int Position)> Aliases);
