using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A quote while it is being drafted: what the text gives of it. Immutable: a later stage that adds a TODO returns a new candidate.</summary>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Text">The words, verbatim.</param>
/// <param name="Start">Where they start in the article.</param>
/// <param name="Speaker">The official it is attributed to, when resolved.</param>
/// <param name="Cue">The attribution's words ("he said"), when there is one.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Flag">Why it may not be a quote at all (a title in quotation marks), when it may not.</param>
internal sealed record QuoteCandidate(QuoteKind Kind, string Text, int Start, string? Speaker, string? Cue, int Line, string? Flag)
{
    /// <summary>What a person must decide about it, so far.</summary>
    public IReadOnlyList<DraftTodo> Todos { get; init; } = Array.Empty<DraftTodo>();
}
