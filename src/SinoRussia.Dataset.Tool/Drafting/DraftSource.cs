using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>The source record of a drafted article: only what the text states.</summary>
/// <param name="Id">The proposed id: publisher slug and date ("tass-2025-12-02"), or "draft-" and the file stem.</param>
/// <param name="File">The article's file name.</param>
/// <param name="Publisher">The publisher, when the text names it.</param>
/// <param name="Title">The headline, when the text has one.</param>
/// <param name="Published">The publication date (ISO), when stated.</param>
/// <param name="PublishedTime">The publication time (HH:MM), when stated.</param>
/// <param name="TimeZone">The time zone (UTC+HH:MM), when stated.</param>
/// <param name="Dateline">The dateline's city, when the text has a dateline.</param>
/// <param name="Author">The author, when the text has a byline.</param>
/// <param name="Language">The language tag: always <c>en</c>.</param>
/// <param name="Todos">What a person must decide about the record, each with its line.</param>
internal sealed record DraftSource(
    string Id,
    string File,
    string? Publisher,
    string? Title,
    string? Published,
    string? PublishedTime,
    string? TimeZone,
    string? Dateline,
    string? Author,
    string Language,
    IReadOnlyList<DraftTodoEntry> Todos);
