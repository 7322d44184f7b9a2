using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// The checks across files, over the per-file results (<see cref="RecordChecker"/>): duplicate ids,
/// member names, references, posts held on a meeting's date, a quote fitting its meeting, topics in an
/// extension. Assembles the <see cref="DatasetModel"/>: entities sorted by id (meetings by date, then
/// id) so the result does not depend on file order. Reads ids, dates and references only; every
/// check of one record's own values ran in its file's step.
/// </summary>
internal sealed class DatasetValidator
{
    /// <summary>Names the generated classes already use; an id may not map to one of them.</summary>
    private static readonly string[] ReservedMemberNames =
        {
            "All", "ById", "TryGetById", "Of", "By", "At", "From", "Between", "NameOf", "IdOf", "Current",
            "Sources", "Organisations", "Mechanisms", "Officials", "Meetings", "Quotes", "Topics", "Topic",
            "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

    /// <summary>How many unknown references get a "did you mean": bounds the work on a file full of bad ids.</summary>
    internal const int MaxSuggestions = 100;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private int _suggestionsOffered;
    private readonly HashSet<string> _shippedFiles = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;

    private DatasetValidator(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static (DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics) Validate(
        ImmutableArray<CheckedFile> files,
        SourceTextIndex texts,
        string targetNamespace,
        string? containerClass,
        CancellationToken cancellationToken)
    {
        var validator = new DatasetValidator(cancellationToken);
        var ordered = DatasetOrder.Of(files, f => f.Path, f => f.Shipped).ToImmutableArray();
        foreach (var file in ordered.Where(f => f.Shipped))
        {
            validator._shippedFiles.Add(file.Path);
        }

        var extension = validator._shippedFiles.Count > 0;
        var model = validator.Run(ordered, targetNamespace, extension ? containerClass ?? "ExtendedDataset" : null);
        var all = texts.Problems.Concat(ordered.SelectMany(f => f.Diagnostics)).Concat(validator._diagnostics).ToEquatableArray();
        var hasErrors = all.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return (hasErrors ? null : model, all);
    }

    private DatasetModel Run(ImmutableArray<CheckedFile> files, string targetNamespace, string? containerClass)
    {
        var sources = Unique(files.SelectMany(f => f.Sources), s => s.Raw.Id, "source");
        var organisations = Unique(files.SelectMany(f => f.Organisations), o => o.Raw.Id, "organisation");
        var mechanisms = Unique(files.SelectMany(f => f.Mechanisms), m => m.Raw.Id, "mechanism");
        var topics = Unique(files.SelectMany(f => f.Topics), t => t.Raw.Id, "topic");
        var officials = Unique(files.SelectMany(f => f.Officials), o => o.Raw.Id, "official");
        var meetings = Unique(files.SelectMany(f => f.Meetings), m => m.Raw.Id, "meeting")
            .OrderBy(m => m.Valid ? PartialDateParser.Earliest(m.Model.Date) : 0)
            .ThenBy(m => m.Model.Id, StringComparer.Ordinal)
            .ToList();
        var quotes = Unique(files.SelectMany(f => f.Quotes), q => q.Raw.Id, "quote");

        if (containerClass is not null)
        {
            foreach (var topic in topics.Where(t => !t.Model.Shipped))
            {
                Report(DiagnosticDescriptors.TopicsNotExtensible, topic.Raw.Id.Where, PathOf(topic.Raw.Id), topic.Raw.Id.Value);
            }
        }

        var symbols = new SymbolTable(officials, meetings, Index(sources, s => s.Raw.Id), Index(organisations, o => o.Raw.Id),
            Index(mechanisms, m => m.Raw.Id), Index(topics, t => t.Raw.Id), Index(officials, o => o.Raw.Id), Index(meetings, m => m.Raw.Id));

        CheckMemberNames(sources.Select(s => (s.Raw.Id, s.Model.MemberName)), "source");
        CheckMemberNames(organisations.Select(o => (o.Raw.Id, o.Model.MemberName)), "organisation");
        CheckMemberNames(mechanisms.Select(m => (m.Raw.Id, m.Model.MemberName)), "mechanism");
        CheckMemberNames(topics.Select(t => (t.Raw.Id, t.Model.MemberName)), "topic");
        CheckMemberNames(officials.Select(o => (o.Raw.Id, o.Model.MemberName)), "official");
        CheckMemberNames(meetings.Select(m => (m.Raw.Id, m.Model.MemberName)), "meeting");
        CheckMemberNames(quotes.Select(q => (q.Raw.Id, q.Model.MemberName)), "quote");

        foreach (var position in officials.SelectMany(o => o.Raw.Positions))
        {
            Resolve(position.Organisation, symbols.OrganisationIndex, "organisation");
        }

        foreach (var meeting in meetings)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            CheckMeeting(meeting, symbols);
        }

        foreach (var quote in quotes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            CheckQuote(quote.Raw, quote.Model.Shipped, symbols);
        }

        return new DatasetModel(targetNamespace, containerClass,
            sources.Select(s => s.Model).ToEquatableArray(),
            organisations.Select(o => o.Model).ToEquatableArray(),
            mechanisms.Select(m => m.Model).ToEquatableArray(),
            topics.Select(t => t.Model).ToEquatableArray(),
            officials.Select(o => o.Model).ToEquatableArray(),
            meetings.Select(m => m.Model).ToEquatableArray(),
            quotes.Select(q => q.Model).ToEquatableArray());
    }

    private void CheckMeeting(Checked<RawMeeting, MeetingModel> meeting, SymbolTable symbols)
    {
        var (raw, model) = (meeting.Raw, meeting.Model);
        if (raw.Mechanism is { } m)
        {
            Resolve(m, symbols.MechanismIndex, "mechanism");
        }

        foreach (var participant in raw.Participants)
        {
            var official = Resolve(participant.Official, symbols.OfficialIndex, "official");
            if (official >= 0 && meeting.Valid && !model.Shipped && !HoldsPostOn(symbols.Officials[official].Model, model.Date))
            {
                Report(DiagnosticDescriptors.NoPostOnMeetingDate, participant.Official.Where, PathOf(participant.Official),
                    participant.Official.Value, PartialDateParser.Format(model.Date));
            }
        }

        ResolveAll(raw.Sources, symbols.SourceIndex, "source");
        ResolveAll(raw.Topics, symbols.TopicIndex, "topic");
    }

    private void CheckQuote(RawQuote quote, bool shipped, SymbolTable symbols)
    {
        var speaker = Resolve(quote.Speaker, symbols.OfficialIndex, "official");
        var meeting = Resolve(quote.Meeting, symbols.MeetingIndex, "meeting");
        var source = Resolve(quote.Source, symbols.SourceIndex, "source");
        if (meeting >= 0 && !shipped)
        {
            var atMeeting = symbols.Meetings[meeting].Model;
            if (speaker >= 0 && !atMeeting.Participants.Any(p => p.Official == quote.Speaker.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Speaker.Where, PathOf(quote.Speaker),
                    $"the speaker '{quote.Speaker.Value}'", "a participant", atMeeting.Id);
            }

            if (source >= 0 && !atMeeting.Sources.Any(s => s == quote.Source.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Source.Where, PathOf(quote.Source),
                    $"the source '{quote.Source.Value}'", "one of the sources", atMeeting.Id);
            }
        }

        ResolveAll(quote.Topics, symbols.TopicIndex, "topic");
    }

    private static bool HoldsPostOn(OfficialModel official, DateModel date)
        => official.Positions.Any(p => PostRule.IsHeldOn(p.Start, p.End, date));

    private int Resolve(Located reference, Dictionary<string, int> index, string kind)
    {
        if (index.TryGetValue(reference.Value, out var position))
        {
            return position;
        }

        // "Did you mean" costs an edit distance per candidate: offered for the first unknown references only.
        var suggestion = _suggestionsOffered++ < MaxSuggestions ? Suggestions.DidYouMean(reference.Value, index.Keys) : string.Empty;
        Report(DiagnosticDescriptors.UnknownReference, reference.Where, PathOf(reference), kind, reference.Value, suggestion);
        return -1;
    }

    /// <summary>Checks every reference.</summary>
    private void ResolveAll(EquatableArray<Located> references, Dictionary<string, int> index, string kind)
    {
        foreach (var reference in references)
        {
            Resolve(reference, index, kind);
        }
    }

    private List<T> Unique<T>(IEnumerable<T> records, Func<T, Located> id, string kind)
    {
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        var unique = new List<T>();
        foreach (var record in records)
        {
            var key = id(record);
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, key.Where, PathOf(key), kind, key.Value) with
                {
                    Mentioned = first.Where,
                    MentionSuffix = IsShipped(first) ? " in the shipped dataset" : string.Empty,
                });
                continue;
            }

            seen.Add(key.Value, key);
            unique.Add(record);
        }

        return unique.OrderBy(r => id(r).Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks the member names (made per file, with the models) against each other and the generated members.</summary>
    private void CheckMemberNames(IEnumerable<(Located Id, string MemberName)> ids, string kind)
    {
        var used = ReservedMemberNames.ToDictionary(n => n, _ => "(a generated member)", StringComparer.Ordinal);

        // Shipped ids first, so that a clash is reported at the project's own record.
        foreach (var (id, name) in ids.OrderBy(i => IsShipped(i.Id) ? 0 : 1))
        {
            if (used.TryGetValue(name, out var other))
            {
                Report(DiagnosticDescriptors.MemberNameCollision, id.Where, PathOf(id), kind, id.Value, name, other);
                continue;
            }

            used.Add(name, id.Value);
        }
    }

    private static Dictionary<string, int> Index<T>(List<T> items, Func<T, Located> id)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            index[id(items[i]).Value] = i;
        }

        return index;
    }

    private bool IsShipped(Located id) => _shippedFiles.Contains(id.Where.FilePath);

    private static string PathOf(Located value) => value.Path.ToString();

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, ValueRef at, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, at, arguments));
}

/// <summary>The collected symbol table the checks across files read: the kept officials and meetings, and every kind's ids with their place in the kept records.</summary>
internal sealed record SymbolTable(
    List<Checked<RawOfficial, OfficialModel>> Officials,
    List<Checked<RawMeeting, MeetingModel>> Meetings,
    Dictionary<string, int> SourceIndex,
    Dictionary<string, int> OrganisationIndex,
    Dictionary<string, int> MechanismIndex,
    Dictionary<string, int> TopicIndex,
    Dictionary<string, int> OfficialIndex,
    Dictionary<string, int> MeetingIndex);
