using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>A source document the records are drawn from. Fields the document does not state are null.</summary>
public sealed class Source
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates a source: set its properties in an object initializer.</summary>
    public Source() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Source(IStoredTable table, int idReference, int offset) => _stored = new(table, idReference, offset);

    /// <summary>The stable id, such as <c>tass-2025-12-02</c>.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>The document's original file name.</summary>
    public required string File { get => D.File; init => _stored.Building.File = value; }

    /// <summary>The publisher, where known.</summary>
    public string? Publisher { get => D.Publisher; init => _stored.Building.Publisher = value; }

    /// <summary>The headline, where the document has one.</summary>
    public string? Title { get => D.Title; init => _stored.Building.Title = value; }

    /// <summary>The publication date, where stated.</summary>
    public PartialDate? Published { get => D.Published; init => _stored.Building.Published = value; }

    /// <summary>The publication time as printed (<c>HH:mm</c>), where stated.</summary>
    public string? PublishedTime { get => D.PublishedTime; init => _stored.Building.PublishedTime = value; }

    /// <summary>The time zone of <see cref="PublishedTime"/>, where stated.</summary>
    public string? TimeZone { get => D.TimeZone; init => _stored.Building.TimeZone = value; }

    /// <summary>The dateline place, where there is one.</summary>
    public string? Dateline { get => D.Dateline; init => _stored.Building.Dateline = value; }

    /// <summary>The author, where named.</summary>
    public string? Author { get => D.Author; init => _stored.Building.Author = value; }

    /// <summary>The language of the text (BCP 47), such as <c>en</c>.</summary>
    public string? Language { get => D.Language; init => _stored.Building.Language = value; }

    /// <summary>How the fields were read from the document, and what it leaves unstated.</summary>
    public string? Notes { get => D.Notes; init => _stored.Building.Notes = value; }

    /// <summary>The quotes taken from this document, in the dataset it belongs to (empty for a source built by hand).</summary>
    public IReadOnlyList<Quote> Quotes => _stored.Table?.Links.QuotesFrom(this) ?? Array.Empty<Quote>();

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

    /// <summary>
    /// The values of the schema's added fields this source gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    private Details D => _stored.Read(static (table, offset, _) => table.ReadSource(offset), 0);

    /// <summary>Everything but the id, read on first use.</summary>
    internal sealed class Details : RecordDetails
    {
        public string File { get; set; } = string.Empty;

        public string? Publisher { get; set; }

        public string? Title { get; set; }

        public PartialDate? Published { get; set; }

        public string? PublishedTime { get; set; }

        public string? TimeZone { get; set; }

        public string? Dateline { get; set; }

        public string? Author { get; set; }

        public string? Language { get; set; }

        public string? Notes { get; set; }
    }
}
