using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>What an article's header and footer state, and where its body is.</summary>
internal sealed class ArticleHeader
{
    /// <summary>The publisher, as the data names it when known.</summary>
    public string? Publisher { get; set; }

    /// <summary>The slug of a known publisher ("tass"); null for an unknown one.</summary>
    public string? PublisherSlug { get; set; }

    /// <summary>The headline.</summary>
    public string? Title { get; set; }

    /// <summary>Where the headline is, when there is one.</summary>
    public (int Start, int End)? TitleRegion { get; set; }

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>The publication time, HH:MM.</summary>
    public string? PublishedTime { get; set; }

    /// <summary>The time zone, UTC+HH:MM.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The dateline's city ("Moscow").</summary>
    public string? Dateline { get; set; }

    /// <summary>The dateline as printed ("MOSCOW, December 2").</summary>
    public string? DatelineText { get; set; }

    /// <summary>The dateline's month.</summary>
    public int DatelineMonth { get; set; }

    /// <summary>The dateline's day.</summary>
    public int DatelineDay { get; set; }

    /// <summary>The author, from a byline.</summary>
    public string? Author { get; set; }

    /// <summary>The body's paragraphs, start (inclusive) and end (exclusive).</summary>
    public List<(int Start, int End)> Body { get; } = new();

    /// <summary>What a person must decide about the source record: line (0 for none) and message.</summary>
    public List<(int Line, string Message)> Todos { get; } = new();
}
