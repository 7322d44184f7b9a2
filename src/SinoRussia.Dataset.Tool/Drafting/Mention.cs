using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Where the text names (or stands for) an official. Immutable: each stage that learns more (the
/// mention finder its title and whether it is quoted, the speaker tracker what a pronoun or role stands
/// for) returns a new mention with it.
/// </summary>
/// <param name="Start">Its start.</param>
/// <param name="End">Its end (exclusive).</param>
/// <param name="Kind">How it names.</param>
/// <param name="Official">The official a name names.</param>
internal sealed record Mention(int Start, int End, MentionKind Kind, string? Official = null)
{
    /// <summary>What a pronoun or a role phrase stands for, once resolved.</summary>
    public string? Resolved { get; init; }

    /// <summary>What a plural role phrase stands for, once resolved.</summary>
    public IReadOnlyList<string>? Officials { get; init; }

    /// <summary>The countries a plural role phrase names ("of China and Russia").</summary>
    public IReadOnlyList<string> Countries { get; init; } = Array.Empty<string>();

    /// <summary>Whether it is inside a quotation.</summary>
    public bool InQuotation { get; init; }

    /// <summary>The country a role phrase names ("Chinese": CN).</summary>
    public string? Country { get; init; }

    /// <summary>A role phrase's noun ("foreign minister").</summary>
    public string? Role { get; init; }

    /// <summary>The title given just before a name ("Chinese Foreign Minister").</summary>
    public string? Title { get; init; }

    /// <summary>Where the name's title starts (its own start when it has none).</summary>
    public int TitleStart { get; init; } = Start;

    /// <summary>An apposition after a name ("director of the Office of ...").</summary>
    public string? Apposition { get; init; }

    /// <summary>The official it names or stands for: a name's, or a pronoun's or role's once resolved.</summary>
    public string? OfficialId => Kind == MentionKind.Name ? Official : Resolved;

    /// <summary>Whether the mention lies in a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>True inside.</returns>
    public bool IsIn(Sentence sentence) => sentence.Start <= Start && Start < sentence.End;
}
