using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Threading;

namespace SinoRussia.Dataset;

/// <summary>
/// The quotes, ordered by id, with the lookups users run prepared once on first use: by speaker, by
/// meeting and by source document. An index groups by the ids the quotes store, so building one
/// reads every quote's fields but resolves no official, meeting or source.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QuoteCollection : RecordCollection<Quote>
{
    private readonly Lazy<Dictionary<string, ReadOnlyCollection<Quote>>> _bySpeaker;
    private readonly Lazy<Dictionary<string, ReadOnlyCollection<Quote>>> _byMeeting;
    private readonly Lazy<Dictionary<string, ReadOnlyCollection<Quote>>> _bySource;

    internal QuoteCollection(Func<Storage.RecordList<Quote>> own, QuoteCollection? baseCollection)
        : base(own, q => q.Id, baseCollection, null)
    {
        _bySpeaker = Index(q => q.SpeakerId);
        _byMeeting = Index(q => q.MeetingId);
        _bySource = Index(q => q.SourceId);
    }

    /// <summary>The quotes whose speaker is <paramref name="speaker"/>, ordered by id.</summary>
    /// <param name="speaker">The speaker.</param>
    /// <returns>The quotes; empty when there are none.</returns>
    public IReadOnlyList<Quote> By(Official speaker) => Lookup(_bySpeaker, speaker.Id, q => q.Speaker == speaker);

    /// <summary>The quotes said at <paramref name="meeting"/>, ordered by id.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The quotes; empty when there are none.</returns>
    public IReadOnlyList<Quote> At(Meeting meeting) => Lookup(_byMeeting, meeting.Id, q => q.Meeting == meeting);

    /// <summary>The quotes taken from <paramref name="source"/>, ordered by id.</summary>
    /// <param name="source">The source document.</param>
    /// <returns>The quotes; empty when there are none.</returns>
    public IReadOnlyList<Quote> From(Source source) => Lookup(_bySource, source.Id, q => q.Source == source);

    /// <summary>
    /// Ids are unique within a dataset, but a record built by hand may share an id with a stored one:
    /// the final check keeps only quotes that refer to this very object.
    /// </summary>
    private static IReadOnlyList<Quote> Lookup(Lazy<Dictionary<string, ReadOnlyCollection<Quote>>> index, string id, Predicate<Quote> same)
    {
        if (!index.Value.TryGetValue(id, out var quotes))
        {
            return Array.Empty<Quote>();
        }

        foreach (var quote in quotes)
        {
            if (!same(quote))
            {
                return new List<Quote>(quotes).FindAll(same);
            }
        }

        return quotes;
    }

    private Lazy<Dictionary<string, ReadOnlyCollection<Quote>>> Index(Func<Quote, string> key)
        => new(() => Grouping.By(Keyed(Items, key), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    private static IEnumerable<(string, Quote)> Keyed(Quote[] quotes, Func<Quote, string> key)
    {
        foreach (var quote in quotes)
        {
            yield return (key(quote), quote);
        }
    }
}
