using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>What an article's header and footer state, and where its body is. Immutable: the header reader builds it with <c>with</c>.</summary>
internal sealed record ArticleHeader
{
    /// <summary>The publisher, as the data names it when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>The slug of a known publisher ("tass"); null for an unknown one.</summary>
    public string? PublisherSlug { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>Where the headline is, when there is one.</summary>
    public (int Start, int End)? TitleRegion { get; init; }

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The publication time, HH:MM.</summary>
    public string? PublishedTime { get; init; }

    /// <summary>The time zone, UTC+HH:MM.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The dateline's city ("Moscow").</summary>
    public string? Dateline { get; init; }

    /// <summary>The dateline as printed ("MOSCOW, December 2").</summary>
    public string? DatelineText { get; init; }

    /// <summary>The dateline's month.</summary>
    public int DatelineMonth { get; init; }

    /// <summary>The dateline's day.</summary>
    public int DatelineDay { get; init; }

    /// <summary>The author, from a byline.</summary>
    public string? Author { get; init; }

    /// <summary>The body's paragraphs, start (inclusive) and end (exclusive).</summary>
    public IReadOnlyList<(int Start, int End)> Body { get; init; } = Array.Empty<(int Start, int End)>();

    /// <summary>What a person must decide about the source record: line (0 for none) and message.</summary>
    public IReadOnlyList<DraftTodoEntry> Todos { get; init; } = Array.Empty<DraftTodoEntry>();
}
