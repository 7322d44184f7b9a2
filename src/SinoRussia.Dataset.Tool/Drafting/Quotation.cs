using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A passage in quotation marks within one paragraph ("..." or “...”).</summary>
internal sealed record Quotation
{
    /// <summary>Creates a quotation.</summary>
    /// <param name="open">The opening mark's position.</param>
    /// <param name="close">The closing mark's position; null when the quotation runs on into the next paragraph.</param>
    /// <param name="innerEnd">The end of the words inside the marks.</param>
    /// <param name="paragraph">The paragraph's index.</param>
    /// <param name="mark">The opening mark: '"' or '“'.</param>
    public Quotation(int open, int? close, int innerEnd, int paragraph, char mark)
    {
        Open = open;
        Close = close;
        InnerEnd = innerEnd;
        Paragraph = paragraph;
        Mark = mark;
    }

    /// <summary>The opening mark's position.</summary>
    public int Open { get; }

    /// <summary>The closing mark's position; null when the quotation runs on into the next paragraph.</summary>
    public int? Close { get; }

    /// <summary>Where the words inside the marks start.</summary>
    public int InnerStart => Open + 1;

    /// <summary>Where the words inside the marks end.</summary>
    public int InnerEnd { get; }

    /// <summary>The paragraph's index.</summary>
    public int Paragraph { get; }

    /// <summary>The opening mark.</summary>
    public char Mark { get; }

    /// <summary>The quotation it is part of: paragraphs of one quotation share it.</summary>
    public int Group { get; init; }

    /// <summary>Whether it continues a quotation of the previous paragraph.</summary>
    public bool Continued { get; init; }

    /// <summary>Whether it runs on into the next paragraph (no closing mark).</summary>
    public bool RunsOn => Close is null;

    /// <summary>"title-or-name" for a quoted name or title; otherwise null.</summary>
    public string? Flag { get; init; }

    /// <summary>Where the quotation ends: after its closing mark, or where its words end when it runs on.</summary>
    public int End => Close is { } close ? close + 1 : InnerEnd;

    /// <summary>The words inside the marks, less a comma that closes the quotation before the attribution.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The quoted text.</returns>
    public string Text(string text) => text[InnerStart..TextEnd(text)];

    /// <summary>Where the quoted text ends: before a comma that closes the quotation before the attribution.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The end, exclusive.</returns>
    public int TextEnd(string text)
        => Close is not null && InnerEnd > InnerStart && text[InnerEnd - 1] == ',' ? InnerEnd - 1 : InnerEnd;

    /// <summary>Whether a position lies inside the quotation, its marks included.</summary>
    /// <param name="position">The position.</param>
    /// <returns>True inside.</returns>
    public bool Contains(int position) => Open <= position && position < End;

    /// <summary>Whether any of the quotations that are quotations (not flagged names) contains the position.</summary>
    /// <param name="quotations">The quotations.</param>
    /// <param name="position">The position.</param>
    /// <returns>True inside one.</returns>
    public static bool AnyContains(IEnumerable<Quotation> quotations, int position)
    {
        foreach (var q in quotations)
        {
            if (q.Flag is null && q.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"quotation {Open}-{End}");
}
