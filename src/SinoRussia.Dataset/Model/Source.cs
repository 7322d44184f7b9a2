using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>A source document the records are drawn from. Fields the document does not state are null.</summary>
public sealed class Source
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private Details? _details;

    /// <summary>Creates a source.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="file">The document's original file name.</param>
    /// <param name="publisher">The publisher, where known.</param>
    /// <param name="title">The headline, where the document has one.</param>
    /// <param name="published">The publication date, where stated.</param>
    /// <param name="publishedTime">The publication time as printed (<c>HH:mm</c>), where stated.</param>
    /// <param name="timeZone">The time zone of <paramref name="publishedTime"/>, where stated.</param>
    /// <param name="dateline">The dateline place, where there is one.</param>
    /// <param name="author">The author, where named.</param>
    /// <param name="language">The language of the text (BCP 47).</param>
    /// <param name="notes">How the fields were read from the document.</param>
    public Source(string id, string file, string? publisher, string? title, PartialDate? published, string? publishedTime,
        string? timeZone, string? dateline, string? author, string? language, string? notes)
    {
        _id = id;
        _details = new Details(file, publisher, title, published, publishedTime, timeZone, dateline, author, language, notes);
    }

    internal Source(TableData data, int idReference, int offset)
    {
        _data = data;
        _idReference = idReference;
        _offset = offset;
    }

    /// <summary>The stable id, such as <c>tass-2025-12-02</c>.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>The document's original file name.</summary>
    public string File => D.File;

    /// <summary>The publisher, where known.</summary>
    public string? Publisher => D.Publisher;

    /// <summary>The headline, where the document has one.</summary>
    public string? Title => D.Title;

    /// <summary>The publication date, where stated.</summary>
    public PartialDate? Published => D.Published;

    /// <summary>The publication time as printed, where stated.</summary>
    public string? PublishedTime => D.PublishedTime;

    /// <summary>The time zone of <see cref="PublishedTime"/>, where stated.</summary>
    public string? TimeZone => D.TimeZone;

    /// <summary>The dateline place, where there is one.</summary>
    public string? Dateline => D.Dateline;

    /// <summary>The author, where named.</summary>
    public string? Author => D.Author;

    /// <summary>The language of the text (BCP 47), such as <c>en</c>.</summary>
    public string? Language => D.Language;

    /// <summary>How the fields were read from the document, and what it leaves unstated.</summary>
    public string? Notes => D.Notes;

    /// <summary>The quotes taken from this document, in the dataset it belongs to (empty for a source built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _data?.Store.Quotes.From(this) ?? Array.Empty<Quote>();

    /// <summary>What the document states of itself, as a reader would cite it: publisher, publication
    /// date and title, those it states, joined by ", " (<c>TASS, 2025-12-02</c>); the id when it states none.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Publisher is { } publisher)
        {
            parts.Add(publisher);
        }

        if (Published is { } published)
        {
            parts.Add(published.ToString());
        }

        if (Title is { } title)
        {
            parts.Add(title);
        }

        return parts.Count == 0 ? Id : string.Join(", ", parts);
    }

    private Details D => _details ?? Load();

    private Details Load()
    {
        var data = _data!;
        var reader = data.Reader(_offset);
        var file = data.RequiredString(reader.ReadInt());
        var publisher = data.String(reader.ReadInt());
        var title = data.String(reader.ReadInt());
        var published = reader.ReadDate();
        var details = new Details(file, publisher, title, published, data.String(reader.ReadInt()), data.String(reader.ReadInt()),
            data.String(reader.ReadInt()), data.String(reader.ReadInt()), data.String(reader.ReadInt()), data.String(reader.ReadInt()));
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }

    private sealed record Details(
        string File, string? Publisher, string? Title, PartialDate? Published, string? PublishedTime,
        string? TimeZone, string? Dateline, string? Author, string? Language, string? Notes);
}
