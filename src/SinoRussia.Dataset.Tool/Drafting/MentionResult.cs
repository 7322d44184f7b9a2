using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>The mentions of an article and what they propose.</summary>
internal sealed class MentionResult
{
    /// <summary>The mentions, in the text's order.</summary>
    public List<Mention> Mentions { get; } = new();

    /// <summary>People named who are not known officials.</summary>
    public List<ProposedPerson> Proposed { get; } = new();

    /// <summary>New spellings of known officials: the official, the spelling and where it is.</summary>
    public List<(string OfficialId, string Spelling, int Position)> Aliases { get; } = new();
}
