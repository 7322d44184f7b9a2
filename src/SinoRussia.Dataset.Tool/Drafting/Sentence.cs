using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A sentence of the article (or its headline), with the attributions found in it.</summary>
internal sealed class Sentence
{
    /// <summary>Creates a sentence.</summary>
    /// <param name="start">Its first character.</param>
    /// <param name="end">Its end (exclusive).</param>
    /// <param name="paragraph">Its paragraph's index (-1 for the headline).</param>
    /// <param name="isTitle">Whether it is the headline.</param>
    public Sentence(int start, int end, int paragraph, bool isTitle = false)
    {
        Start = start;
        End = end;
        Paragraph = paragraph;
        IsTitle = isTitle;
    }

    /// <summary>Its first character.</summary>
    public int Start { get; }

    /// <summary>Its end (exclusive).</summary>
    public int End { get; }

    /// <summary>Its paragraph's index (-1 for the headline).</summary>
    public int Paragraph { get; }

    /// <summary>Whether it is the headline.</summary>
    public bool IsTitle { get; }

    /// <summary>The attributions in it, in order.</summary>
    public List<Attribution> Attributions { get; } = new();

    /// <summary>Whether a position is in the sentence.</summary>
    /// <param name="position">The position.</param>
    /// <returns>True inside.</returns>
    public bool Contains(int position) => Start <= position && position < End;
}
