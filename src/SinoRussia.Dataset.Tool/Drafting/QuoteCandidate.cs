using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A quote while it is being drafted: its text's span, its speaker and what is left to decide.</summary>
internal sealed class QuoteCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="kind"><c>direct</c> or <c>reported</c>.</param>
    /// <param name="text">The text, verbatim.</param>
    /// <param name="start">Where the text starts in the article.</param>
    /// <param name="speaker">The speaker, or null.</param>
    /// <param name="cue">The attribution's words.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="flag">A flag, or null.</param>
    public QuoteCandidate(QuoteKind kind, string text, int start, string? speaker, string? cue, int line, string? flag)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Speaker = speaker;
        Cue = cue;
        Line = line;
        Flag = flag;
    }

    /// <summary><c>direct</c> or <c>reported</c>.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The text, verbatim.</summary>
    public string Text { get; }

    /// <summary>Where the text starts in the article.</summary>
    public int Start { get; }

    /// <summary>The speaker, or null.</summary>
    public string? Speaker { get; }

    /// <summary>The attribution's words.</summary>
    public string? Cue { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>A flag, or null.</summary>
    public string? Flag { get; }

    /// <summary>What a person must decide.</summary>
    public List<DraftTodo> Todos { get; } = new();
}
