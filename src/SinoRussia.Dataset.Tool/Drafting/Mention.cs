using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Where the text names (or stands for) an official.</summary>
internal sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Its start.</param>
    /// <param name="end">Its end (exclusive).</param>
    /// <param name="kind">How it names.</param>
    /// <param name="official">The official a name names.</param>
    public Mention(int start, int end, MentionKind kind, string? official = null)
    {
        Start = start;
        End = end;
        Kind = kind;
        Official = official;
        TitleStart = start;
    }

    /// <summary>Its start.</summary>
    public int Start { get; }

    /// <summary>Its end (exclusive).</summary>
    public int End { get; }

    /// <summary>How it names.</summary>
    public MentionKind Kind { get; }

    /// <summary>The official a name names.</summary>
    public string? Official { get; }

    /// <summary>What a pronoun or a role phrase stands for, once resolved.</summary>
    public string? Resolved { get; set; }

    /// <summary>What a plural role phrase stands for, once resolved.</summary>
    public IReadOnlyList<string>? Officials { get; set; }

    /// <summary>The countries a plural role phrase names ("of China and Russia").</summary>
    public IReadOnlyList<string> Countries { get; set; } = new List<string>();

    /// <summary>Whether it is inside a quotation.</summary>
    public bool InQuotation { get; set; }

    /// <summary>The country a role phrase names ("Chinese": CN).</summary>
    public string? Country { get; set; }

    /// <summary>A role phrase's noun ("foreign minister").</summary>
    public string? Role { get; set; }

    /// <summary>The title given just before a name ("Chinese Foreign Minister").</summary>
    public string? Title { get; set; }

    /// <summary>Where the name's title starts (its own start when it has none).</summary>
    public int TitleStart { get; set; }

    /// <summary>An apposition after a name ("director of the Office of ...").</summary>
    public string? Apposition { get; set; }

    /// <summary>The official it names or stands for: a name's, or a pronoun's or role's once resolved.</summary>
    public string? OfficialId => Kind == MentionKind.Name ? Official : Resolved;

    /// <summary>Whether the mention lies in a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>True inside.</returns>
    public bool IsIn(Sentence sentence) => sentence.Start <= Start && Start < sentence.End;
}
