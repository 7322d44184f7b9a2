using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>What an official said at a meeting, as a source document gives it.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="kind">Direct quotation or reported statement.</param>
    /// <param name="speaker">Who said it.</param>
    /// <param name="meeting">Where it was said.</param>
    /// <param name="source">The document it is taken from.</param>
    /// <param name="text">The text, verbatim from the document.</param>
    /// <param name="topics">What it is about.</param>
    public Quote(string id, QuoteKind kind, Official speaker, Meeting meeting, Source source, string text, IReadOnlyList<Topic> topics)
    {
        Id = id;
        Kind = kind;
        Speaker = speaker;
        Meeting = meeting;
        Source = source;
        Text = text;
        Topics = ReadOnly.Wrap(topics);
    }

    /// <summary>The stable id, such as <c>tass-2025-12-02-d1</c>.</summary>
    public string Id { get; }

    /// <summary>Direct quotation or reported statement.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Who said it.</summary>
    public Official Speaker { get; }

    /// <summary>Where it was said.</summary>
    public Meeting Meeting { get; }

    /// <summary>The document it is taken from.</summary>
    public Source Source { get; }

    /// <summary>The text, character for character as in the document (checked at compile time).</summary>
    public string Text { get; }

    /// <summary>What it is about.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Speaker.Name}: {Text}";
}
