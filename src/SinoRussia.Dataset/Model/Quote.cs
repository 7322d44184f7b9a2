using System;
using System.Collections.Generic;
using System.Threading;
using SinoRussia.Dataset.Storage;

namespace SinoRussia.Dataset;

/// <summary>What an official said at a meeting, as a source document gives it.</summary>
public sealed class Quote
{
    private readonly TableData? _data;
    private readonly int _idReference;
    private readonly int _offset;
    private string? _id;
    private Details? _details;

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
        _id = id;
        _details = new Details(kind, speaker.Id, meeting.Id, source.Id, text, ReadOnly.Wrap(topics))
        {
            Speaker = speaker,
            Meeting = meeting,
            Source = source,
        };
    }

    internal Quote(TableData data, int idReference, int offset)
    {
        _data = data;
        _idReference = idReference;
        _offset = offset;
    }

    /// <summary>The stable id, such as <c>tass-2025-12-02-d1</c>.</summary>
    public string Id => _id ??= _data!.RequiredString(_idReference);

    /// <summary>Direct quotation or reported statement.</summary>
    public QuoteKind Kind => D.Kind;

    /// <summary>
    /// How <see cref="Speaker"/> is known: named by the sentence (<see cref="SpeakerAttribution.Sentence"/>),
    /// or only by the paragraph-continuation rule (<see cref="SpeakerAttribution.Continuation"/>).
    /// </summary>
    public SpeakerAttribution Attribution
    {
        get => D.Attribution;
        init => _details = D with { Attribution = value };
    }

    /// <summary>Who said it.</summary>
    public Official Speaker => D.Speaker ??= _data!.Store.Officials.ById(D.SpeakerId);

    /// <summary>Where it was said.</summary>
    public Meeting Meeting => D.Meeting ??= _data!.Store.Meetings.ById(D.MeetingId);

    /// <summary>The document it is taken from.</summary>
    public Source Source => D.Source ??= _data!.Store.Sources.ById(D.SourceId);

    /// <summary>The text, character for character as in the document (checked at compile time).</summary>
    public string Text => D.Text;

    /// <summary>What it is about.</summary>
    public IReadOnlyList<Topic> Topics => D.Topics;

    /// <inheritdoc />
    public override string ToString() => $"{Speaker.Name}: {Text}";

    /// <summary>The id of the speaker, without resolving the official.</summary>
    internal string SpeakerId => D.SpeakerId;

    /// <summary>The id of the meeting, without resolving it.</summary>
    internal string MeetingId => D.MeetingId;

    /// <summary>The id of the source, without resolving it.</summary>
    internal string SourceId => D.SourceId;

    private Details D => _details ?? Load();

    private Details Load()
    {
        var data = _data!;
        var reader = data.Reader(_offset);
        var kind = (QuoteKind)reader.ReadInt();
        var speaker = data.RequiredString(reader.ReadInt());
        var meeting = data.RequiredString(reader.ReadInt());
        var source = data.RequiredString(reader.ReadInt());
        var text = data.RequiredString(reader.ReadInt());
        var topics = RecordDecoder.ReadTopics(data, ref reader);
        var attribution = (SpeakerAttribution)reader.ReadInt();
        var details = new Details(kind, speaker, meeting, source, text, topics.Length == 0 ? Array.Empty<Topic>() : ReadOnly.Wrap(topics)) { Attribution = attribution };
        return Interlocked.CompareExchange(ref _details, details, null) ?? details;
    }

    /// <summary>
    /// Everything but the id, read on first use; the resolved references are cached here too (a race
    /// stores the same object twice), so a quote nobody asks about stays a small object.
    /// </summary>
    private sealed record Details(QuoteKind Kind, string SpeakerId, string MeetingId, string SourceId, string Text, IReadOnlyList<Topic> Topics)
    {
        public SpeakerAttribution Attribution { get; init; }

        public Official? Speaker;
        public Meeting? Meeting;
        public Source? Source;
    }
}
