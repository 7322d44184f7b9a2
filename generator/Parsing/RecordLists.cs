using System.Collections.Generic;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Parsing;

/// <summary>The records read so far from a file or a piece of one, by top-level list.</summary>
internal sealed class RecordLists
{
    public List<RawSource> Sources { get; } = new();
    public List<RawOrganisation> Organisations { get; } = new();
    public List<RawMechanism> Mechanisms { get; } = new();
    public List<RawTopic> Topics { get; } = new();
    public List<RawOfficial> Officials { get; } = new();
    public List<RawMeeting> Meetings { get; } = new();
    public List<RawQuote> Quotes { get; } = new();

    public int Count => Sources.Count + Organisations.Count + Mechanisms.Count + Topics.Count + Officials.Count + Meetings.Count + Quotes.Count;

    public void Clear()
    {
        Sources.Clear();
        Organisations.Clear();
        Mechanisms.Clear();
        Topics.Clear();
        Officials.Clear();
        Meetings.Clear();
        Quotes.Clear();
    }

    /// <summary>Adds the records of a piece read on its own, after those read before it.</summary>
    public void AddRange(ParsedFile chunk)
    {
        Sources.AddRange(chunk.Sources);
        Organisations.AddRange(chunk.Organisations);
        Mechanisms.AddRange(chunk.Mechanisms);
        Topics.AddRange(chunk.Topics);
        Officials.AddRange(chunk.Officials);
        Meetings.AddRange(chunk.Meetings);
        Quotes.AddRange(chunk.Quotes);
    }

    public ParsedFile ToFile(string path, bool shipped, EquatableArray<DiagnosticInfo> diagnostics, EquatableArray<SpanChunk> spans)
        => new(path, shipped, Sources.ToEquatableArray(), Organisations.ToEquatableArray(), Mechanisms.ToEquatableArray(), Topics.ToEquatableArray(),
            Officials.ToEquatableArray(), Meetings.ToEquatableArray(), Quotes.ToEquatableArray(), diagnostics, spans);
}
