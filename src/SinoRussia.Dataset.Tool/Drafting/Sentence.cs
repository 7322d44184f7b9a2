using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A sentence of the body (or the title), with the attributions the speaker tracker found in it.</summary>
/// <param name="Start">Its start.</param>
/// <param name="End">Its end (exclusive).</param>
/// <param name="Paragraph">The paragraph it belongs to (-1 for the title).</param>
/// <param name="IsTitle">Whether it is the title.</param>
internal sealed record Sentence(int Start, int End, int Paragraph, bool IsTitle = false)
{
    /// <summary>The attributions in it ("he said", "according to Wang"), each with its speaker once resolved; empty until the speaker tracker has run.</summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = Array.Empty<Attribution>();

    /// <summary>Whether <paramref name="position"/> lies in it.</summary>
    public bool Contains(int position) => Start <= position && position < End;
}
