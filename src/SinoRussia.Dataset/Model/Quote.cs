using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

// A record read from compiled data has its required members from its table, read when first asked for:
// the compiler cannot see that (CS8618 on the constructor marked SetsRequiredMembers).
#pragma warning disable CS8618

namespace SinoRussia.Dataset;

/// <summary>What an official said at a meeting, as a source document gives it.</summary>
public sealed class Quote
{
    private StoredRecord<Details> _stored;

    /// <summary>Creates a quote: set its properties in an object initializer.</summary>
    public Quote() => _stored = StoredRecord<Details>.BuiltByHand();

    [SetsRequiredMembers] // its required members are read from the table when first asked for (hence no CS8618 here)
    internal Quote(IStoredTable table, int idReference, int offset) => _stored = new(table, idReference, offset);

    /// <summary>The stable id, such as <c>tass-2025-12-02-d1</c>.</summary>
    public required string Id { get => _stored.Id; init => _stored.SetId(value); }

    /// <summary>Direct quotation or reported statement.</summary>
    public required QuoteKind Kind { get => D.Kind; init => _stored.Building.Kind = value; }

    /// <summary>
    /// How <see cref="Speaker"/> is known: named by the sentence (<see cref="SpeakerAttribution.Sentence"/>,
    /// the default), or only by the paragraph-continuation rule (<see cref="SpeakerAttribution.Continuation"/>).
    /// </summary>
    public SpeakerAttribution Attribution { get => D.Attribution; init => _stored.Building.Attribution = value; }

    /// <summary>Who said it.</summary>
    public required Official Speaker
    {
        get => D.Speaker ??= _stored.Table!.Links.Official(D.SpeakerId);
        init => (_stored.Building.Speaker, _stored.Building.SpeakerId) = (value, value.Id);
    }

    /// <summary>Where it was said.</summary>
    public required Meeting Meeting
    {
        get => D.Meeting ??= _stored.Table!.Links.Meeting(D.MeetingId);
        init => (_stored.Building.Meeting, _stored.Building.MeetingId) = (value, value.Id);
    }

    /// <summary>The document it is taken from.</summary>
    public required Source Source
    {
        get => D.Source ??= _stored.Table!.Links.Source(D.SourceId);
        init => (_stored.Building.Source, _stored.Building.SourceId) = (value, value.Id);
    }

    /// <summary>The text, character for character as in the document (checked at compile time).</summary>
    public required string Text { get => D.Text; init => _stored.Building.Text = value; }

    /// <summary>What it is about.</summary>
    public IReadOnlyList<Topic> Topics { get => D.Topics; init => _stored.Building.Topics = ReadOnly.Wrap(value); }

    /// <summary>
    /// The values of the schema's added fields this quote gives, by YAML key, spelled as in the YAML: fields
    /// declared with <c>Field.Added</c> that have no member of their own yet. Empty when it gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> AdditionalFields { get => D.AdditionalFields; init => _stored.Building.AdditionalFields = ReadOnly.Wrap(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Speaker.Name}: {Text}";

    /// <summary>The id of the speaker, without resolving the official.</summary>
    internal string SpeakerId => D.SpeakerId;

    /// <summary>The id of the meeting, without resolving it.</summary>
    internal string MeetingId => D.MeetingId;

    /// <summary>The id of the source, without resolving it.</summary>
    internal string SourceId => D.SourceId;

    private Details D => _stored.Read(static (table, offset, _) => table.ReadQuote(offset), 0);

    /// <summary>
    /// Everything but the id, read on first use; the resolved references are cached here too (a race
    /// stores the same object twice), so a quote nobody asks about stays a small object.
    /// </summary>
    internal sealed class Details : RecordDetails
    {
        public QuoteKind Kind { get; set; }

        public string SpeakerId { get; set; } = string.Empty;

        public string MeetingId { get; set; } = string.Empty;

        public string SourceId { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public IReadOnlyList<Topic> Topics { get; set; } = Array.Empty<Topic>();

        public SpeakerAttribution Attribution { get; set; }

        public Official? Speaker;
        public Meeting? Meeting;
        public Source? Source;
    }
}
