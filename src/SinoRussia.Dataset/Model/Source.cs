namespace SinoRussia.Dataset;

/// <summary>A source document the records are drawn from. Fields the document does not state are null.</summary>
public sealed class Source
{
    /// <summary>Creates a source; the generator calls this for every YAML record.</summary>
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
        Id = id;
        File = file;
        Publisher = publisher;
        Title = title;
        Published = published;
        PublishedTime = publishedTime;
        TimeZone = timeZone;
        Dateline = dateline;
        Author = author;
        Language = language;
        Notes = notes;
    }

    /// <summary>The stable id, such as <c>tass-2025-12-02</c>.</summary>
    public string Id { get; }

    /// <summary>The document's original file name.</summary>
    public string File { get; }

    /// <summary>The publisher, where known.</summary>
    public string? Publisher { get; }

    /// <summary>The headline, where the document has one.</summary>
    public string? Title { get; }

    /// <summary>The publication date, where stated.</summary>
    public PartialDate? Published { get; }

    /// <summary>The publication time as printed, where stated.</summary>
    public string? PublishedTime { get; }

    /// <summary>The time zone of <see cref="PublishedTime"/>, where stated.</summary>
    public string? TimeZone { get; }

    /// <summary>The dateline place, where there is one.</summary>
    public string? Dateline { get; }

    /// <summary>The author, where named.</summary>
    public string? Author { get; }

    /// <summary>The language of the text (BCP 47), such as <c>en</c>.</summary>
    public string? Language { get; }

    /// <summary>How the fields were read from the document, and what it leaves unstated.</summary>
    public string? Notes { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
