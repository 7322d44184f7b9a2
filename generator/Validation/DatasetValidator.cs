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
/// Checks the records of all files together (duplicate ids, references, dates, vocabularies, posts,
/// verbatim quotes) and resolves them into a <see cref="DatasetModel"/>. Entities are sorted by id
/// (meetings by date, then id) so the result does not depend on file order.
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
    private readonly HashSet<string> _unusableDocuments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shippedFiles = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;

    // What the records are checked against, set once all files are read (Run).
    private Lookups _lookups = null!;

    private DatasetValidator(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static (DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics) Validate(
        ImmutableArray<ParsedFile> files,
        ImmutableArray<SourceDocument> documents,
        string targetNamespace,
        string? containerClass,
        CancellationToken cancellationToken)
    {
        var validator = new DatasetValidator(cancellationToken);

        // Shipped files first: when an own record repeats a shipped id, the own record is the duplicate.
        var ordered = files.OrderBy(f => f.Shipped ? 0 : 1).ThenBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        foreach (var file in ordered.Where(f => f.Shipped))
        {
            validator._shippedFiles.Add(file.Path);
        }

        var extension = validator._shippedFiles.Count > 0;
        var model = validator.Run(ordered, documents, targetNamespace, extension ? containerClass ?? "ExtendedDataset" : null);
        var parseDiagnostics = ordered.SelectMany(f => f.Diagnostics);
        var all = parseDiagnostics.Concat(validator._diagnostics).ToEquatableArray();
        var hasErrors = all.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return (hasErrors ? null : model, all);
    }

    private DatasetModel Run(ImmutableArray<ParsedFile> files, ImmutableArray<SourceDocument> documents, string targetNamespace, string? containerClass)
    {
        var sources = Unique(files.SelectMany(f => f.Sources), s => s.Id, "source");
        var organisations = Unique(files.SelectMany(f => f.Organisations), o => o.Id, "organisation");
        var mechanisms = Unique(files.SelectMany(f => f.Mechanisms), m => m.Id, "mechanism");
        var topics = Unique(files.SelectMany(f => f.Topics), t => t.Id, "topic");
        var officials = Unique(files.SelectMany(f => f.Officials), o => o.Id, "official");
        var rawMeetings = Unique(files.SelectMany(f => f.Meetings), m => m.Id, "meeting");
        var quotes = Unique(files.SelectMany(f => f.Quotes), q => q.Id, "quote");

        var meetingDates = rawMeetings.ToDictionary(m => m.Id.Value, m => ParseDate(m.Date), StringComparer.Ordinal);
        if (containerClass is not null)
        {
            foreach (var topic in topics.Where(t => !IsShipped(t.Id)))
            {
                Report(DiagnosticDescriptors.TopicsNotExtensible, topic.Id.Where, PathOf(topic.Id), topic.Id.Value);
            }
        }

        var meetings = rawMeetings
            .OrderBy(m => meetingDates[m.Id.Value] is { } d ? PartialDateParser.Earliest(d) : 0)
            .ThenBy(m => m.Id.Value, StringComparer.Ordinal)
            .ToList();

        var sourceIndex = Index(sources, s => s.Id);
        var organisationIndex = Index(organisations, o => o.Id);
        var mechanismIndex = Index(mechanisms, m => m.Id);
        var topicIndex = Index(topics, t => t.Id);
        var officialIndex = Index(officials, o => o.Id);
        var meetingIndex = Index(meetings, m => m.Id);

        CheckMemberNames(sources.Select(s => s.Id), "source");
        CheckMemberNames(organisations.Select(o => o.Id), "organisation");
        CheckMemberNames(mechanisms.Select(m => m.Id), "mechanism");
        CheckMemberNames(topics.Select(t => t.Id), "topic");
        CheckMemberNames(officials.Select(o => o.Id), "official");
        CheckMemberNames(meetings.Select(m => m.Id), "meeting");
        CheckMemberNames(quotes.Select(q => q.Id), "quote");

        var documentTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.FileName, StringComparer.Ordinal))
        {
            if (document.Problem is { } problem)
            {
                _diagnostics.Add(problem);
                _unusableDocuments.Add(document.FileName);
                continue;
            }

            if (!documentTexts.ContainsKey(document.FileName))
            {
                documentTexts.Add(document.FileName, VerbatimCheck.Normalise(document.Text));
            }
        }

        var sourceModels = sources.Select(s => BuildSource(s, documentTexts)).ToEquatableArray();
        var organisationModels = organisations.Select(o => new OrganisationModel(o.Id.Value, Member(o.Id), o.Name.Value, Country(o.Country, "organisation")) { Shipped = IsShipped(o.Id) }).ToEquatableArray();
        var mechanismModels = mechanisms.Select(m => new MechanismModel(m.Id.Value, Member(m.Id), m.Name.Value) { Shipped = IsShipped(m.Id) }).ToEquatableArray();
        var topicModels = topics.Select(t => new TopicModel(t.Id.Value, Member(t.Id), t.Name.Value) { Shipped = IsShipped(t.Id) }).ToEquatableArray();
        var officialModels = officials.Select(o => BuildOfficial(o, organisationIndex)).ToEquatableArray();

        _lookups = new Lookups(officialModels, officialIndex, mechanismIndex, topicIndex, sourceIndex, meetingIndex, sources, meetings,
            sources.Select(s => Text(s, documentTexts)).ToArray());
        var meetingModels = new List<MeetingModel>(meetings.Count);
        foreach (var meeting in meetings)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            meetingModels.Add(BuildMeeting(meeting, meetingDates[meeting.Id.Value]));
        }

        var quoteModels = new List<QuoteModel>(quotes.Count);
        foreach (var quote in quotes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            quoteModels.Add(BuildQuote(quote));
        }

        return new DatasetModel(targetNamespace, containerClass, sourceModels, organisationModels, mechanismModels, topicModels,
            officialModels, meetingModels.ToEquatableArray(), quoteModels.ToEquatableArray());
    }

    private SourceModel BuildSource(RawSource source, Dictionary<string, string> documentTexts)
    {
        var fileName = FileName(source.File.Value);
        if (!IsShipped(source.Id) && !documentTexts.ContainsKey(fileName) && !_unusableDocuments.Contains(fileName))
        {
            Report(DiagnosticDescriptors.MissingSourceDocument, source.File.Where, PathOf(source.File), source.Id.Value, source.File.Value);
        }

        DateModel? published = null;
        if (source.Published is { } publishedValue)
        {
            var precision = publishedValue.Value.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day };
            published = PartialDateParser.TryParse(publishedValue.Value, precision, out var error);
            if (published is null)
            {
                Report(DiagnosticDescriptors.InvalidDate, publishedValue.Where, PathOf(publishedValue), publishedValue.Value, error);
            }
        }

        return new SourceModel(source.Id.Value, Member(source.Id), source.File.Value, source.Publisher?.Value, source.Title?.Value,
            published, source.PublishedTime?.Value, source.TimeZone?.Value, source.Dateline?.Value, source.Author?.Value,
            source.Language?.Value, source.Notes?.Value) { Shipped = IsShipped(source.Id) };
    }

    private OfficialModel BuildOfficial(RawOfficial official, Dictionary<string, int> organisationIndex)
    {
        var country = Country(official.Country, "official") ?? string.Empty;
        var positions = new List<PositionModel>();
        foreach (var position in official.Positions)
        {
            Resolve(position.Organisation, organisationIndex, "organisation");
            var start = ParseDate(position.Start);
            var end = position.End is null ? null : ParseDate(position.End);
            if (start is not null && end is not null && PartialDateParser.Earliest(end) < PartialDateParser.Earliest(start))
            {
                Report(DiagnosticDescriptors.EndBeforeStart, position.End!.Where, PathOf(position.End.Value),
                    PartialDateParser.Format(end), PartialDateParser.Format(start));
            }

            if (start is not null)
            {
                positions.Add(new PositionModel(position.Title.Value, position.Organisation.Value, start, end, position.Note?.Value));
            }
        }

        return new OfficialModel(official.Id.Value, Member(official.Id), official.Name.Value,
            official.Aliases.Select(a => a.Value).ToEquatableArray(), country, positions.ToEquatableArray()) { Shipped = IsShipped(official.Id) };
    }

    private MeetingModel BuildMeeting(RawMeeting meeting, DateModel? date)
    {
        var (officials, officialIndex, mechanismIndex, topicIndex, sourceIndex) = (_lookups.Officials, _lookups.OfficialIndex, _lookups.MechanismIndex, _lookups.TopicIndex, _lookups.SourceIndex);
        var shipped = IsShipped(meeting.Id);
        var basis = meeting.Date.Basis is { } b ? Vocab(b, Vocabularies.Bases) : null;

        PlaceModel? place = null;
        if (meeting.Place is { } rawPlace)
        {
            place = new PlaceModel(rawPlace.City?.Value, Country(rawPlace.Country, "place") ?? string.Empty, rawPlace.Venue?.Value,
                Vocab(rawPlace.Basis, Vocabularies.Bases) ?? default, rawPlace.Note?.Value);
        }

        var format = Vocab(meeting.Format, Vocabularies.Formats) ?? default;
        if (meeting.Mechanism is { } m)
        {
            Resolve(m, mechanismIndex, "mechanism");
        }

        var participants = new List<ParticipantModel>();
        foreach (var participant in meeting.Participants)
        {
            var official = Resolve(participant.Official, officialIndex, "official");
            var role = Vocab(participant.Role, Vocabularies.Roles) ?? default;
            if (official >= 0 && date is not null && !shipped && !HoldsPostOn(officials[official], date))
            {
                Report(DiagnosticDescriptors.NoPostOnMeetingDate, participant.Official.Where, PathOf(participant.Official),
                    participant.Official.Value, PartialDateParser.Format(date));
            }

            participants.Add(new ParticipantModel(participant.Official.Value, role, participant.TitleInSource?.Value));
        }

        if (meeting.Sources.Count == 0)
        {
            Report(DiagnosticDescriptors.MissingRequiredField, meeting.Id.Where, meeting.Id.Path.Parent, Keys.Sources);
        }

        var sourceIds = meeting.Sources.Select(s => Resolve(s, sourceIndex, "source")).ToList();

        // Outcomes are checked against every source text that is available, looked up once for all
        // outcomes. Found in none: an error when every text was there (SRD0009), else a warning that
        // names the texts it could not be checked against (SRD0023), never silence.
        var checkOutcomes = !shipped && meeting.Outcomes.Count > 0 && sourceIds.Any(i => i >= 0);
        var texts = checkOutcomes
            ? sourceIds.Where(i => i >= 0).Select(i => (Source: _lookups.Sources[i], Text: _lookups.SourceTexts[i])).ToList()
            : new List<(RawSource Source, string? Text)>();
        var available = texts.Where(t => t.Text is not null).ToList();
        foreach (var outcome in checkOutcomes ? meeting.Outcomes : EquatableArray<Located>.Empty)
        {
            if (available.Any(t => VerbatimCheck.Occurs(outcome.Value, t.Text!)))
            {
                continue;
            }

            if (available.Count == texts.Count)
            {
                var (first, text) = available[0];
                Report(DiagnosticDescriptors.NotVerbatim, outcome.Where, PathOf(outcome), "outcome", first.Id.Value, first.File.Value,
                    VerbatimCheck.ClosestPassage(outcome.Value, text!));
            }
            else
            {
                // An own source without its text is already an error (SRD0010); a shipped one's text is not in the package.
                foreach (var (missing, _) in texts.Where(t => t.Text is null && IsShipped(t.Source.Id)))
                {
                    Report(DiagnosticDescriptors.CannotCheckVerbatim, outcome.Where, PathOf(outcome), "outcome", missing.Id.Value, FileName(missing.File.Value));
                }
            }
        }

        return new MeetingModel(meeting.Id.Value, Member(meeting.Id), meeting.Title.Value,
            date ?? new DateModel(1, 0, 0, DatePrecision.Year), basis ?? default, meeting.Date.Note?.Value, place, format, meeting.Mechanism?.Value,
            meeting.Occasion?.Value, participants.ToEquatableArray(),
            ResolveAll(meeting.Topics, topicIndex, "topic"),
            meeting.Outcomes.Select(o => o.Value).ToEquatableArray(),
            meeting.Sources.Select(s => s.Value).ToEquatableArray()) { Shipped = shipped };
    }

    private QuoteModel BuildQuote(RawQuote quote)
    {
        var sources = _lookups.Sources;
        var shipped = IsShipped(quote.Id);
        var kind = Vocab(quote.Kind, Vocabularies.QuoteKinds) ?? default;
        var speaker = Resolve(quote.Speaker, _lookups.OfficialIndex, "official");
        var meeting = Resolve(quote.Meeting, _lookups.MeetingIndex, "meeting");
        var source = Resolve(quote.Source, _lookups.SourceIndex, "source");
        if (source >= 0 && !shipped && _lookups.SourceTexts[source] is null && IsShipped(sources[source].Id))
        {
            Report(DiagnosticDescriptors.CannotCheckVerbatim, quote.Text.Where, PathOf(quote.Text),
                kind == QuoteKind.Direct ? "direct quote" : "reported statement", sources[source].Id.Value, FileName(sources[source].File.Value));
        }
        else if (source >= 0 && !shipped && _lookups.SourceTexts[source] is { } text && !VerbatimCheck.Occurs(quote.Text.Value, text))
        {
            Report(DiagnosticDescriptors.NotVerbatim, quote.Text.Where, PathOf(quote.Text),
                kind == QuoteKind.Direct ? "direct quote" : "reported statement", sources[source].Id.Value, sources[source].File.Value,
                VerbatimCheck.ClosestPassage(quote.Text.Value, text));
        }

        if (meeting >= 0 && !shipped)
        {
            var atMeeting = _lookups.Meetings[meeting];
            if (speaker >= 0 && !atMeeting.Participants.Any(p => p.Official.Value == quote.Speaker.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Speaker.Where, PathOf(quote.Speaker),
                    $"the speaker '{quote.Speaker.Value}'", "a participant", atMeeting.Id.Value);
            }

            if (source >= 0 && !atMeeting.Sources.Any(s => s.Value == quote.Source.Value))
            {
                Report(DiagnosticDescriptors.QuoteDoesNotFitMeeting, quote.Source.Where, PathOf(quote.Source),
                    $"the source '{quote.Source.Value}'", "one of the sources", atMeeting.Id.Value);
            }
        }

        return new QuoteModel(quote.Id.Value, Member(quote.Id), kind, quote.Speaker.Value, quote.Meeting.Value, quote.Source.Value, quote.Text.Value,
            ResolveAll(quote.Topics, _lookups.TopicIndex, "topic")) { Shipped = shipped };
    }

    private static bool HoldsPostOn(OfficialModel official, DateModel date)
        => official.Positions.Any(p => PostRule.IsHeldOn(p.Start, p.End, date));

    private static string? Text(RawSource source, Dictionary<string, string> documentTexts)
        => documentTexts.TryGetValue(FileName(source.File.Value), out var text) ? text : null;

    private static string FileName(string path) => PathText.FileName(path);

    private DateModel? ParseDate(RawDate raw)
    {
        if (!Vocabularies.Precisions.TryParse(raw.Precision.Value, out var precision))
        {
            Report(DiagnosticDescriptors.InvalidValue, raw.Precision.Where, PathOf(raw.Precision), raw.Precision.Value, Vocabularies.Precisions.Expected);
            return null;
        }

        var date = PartialDateParser.TryParse(raw.Value.Value, precision, out var error);
        if (date is null)
        {
            Report(DiagnosticDescriptors.InvalidDate, raw.Value.Where, PathOf(raw.Value), raw.Value.Value, error);
        }

        return date;
    }

    private TEnum? Vocab<TEnum>(Located value, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (vocabulary.TryParse(value.Value, out var member))
        {
            return member;
        }

        Report(DiagnosticDescriptors.InvalidValue, value.Where, PathOf(value), value.Value, vocabulary.Expected);
        return null;
    }

    private string? Country(Located? value, string what)
    {
        if (value is not { } country)
        {
            return null;
        }

        if (!Countries.IsAssigned(country.Value))
        {
            var expected = $"an officially assigned ISO 3166-1 alpha-2 country code for the {what}, such as CN or RU";
            if (Countries.Suggest(country.Value) is { } meant)
            {
                expected += $"; did you mean {meant} ({Countries.Name(meant)})?";
            }

            Report(DiagnosticDescriptors.InvalidValue, country.Where, PathOf(country), country.Value, expected);
        }

        return country.Value;
    }

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

    /// <summary>Checks every reference and keeps the ids, in their order.</summary>
    private EquatableArray<string> ResolveAll(EquatableArray<Located> references, Dictionary<string, int> index, string kind)
    {
        foreach (var reference in references)
        {
            Resolve(reference, index, kind);
        }

        return references.Select(r => r.Value).ToEquatableArray();
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

    private void CheckMemberNames(IEnumerable<Located> ids, string kind)
    {
        var used = ReservedMemberNames.ToDictionary(n => n, _ => "(a generated member)", StringComparer.Ordinal);

        // Shipped ids first, so that a clash is reported at the project's own record.
        foreach (var id in ids.OrderBy(i => IsShipped(i) ? 0 : 1))
        {
            var name = IdentifierNames.ToMemberName(id.Value);
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

    private static string Member(Located id) => IdentifierNames.ToMemberName(id.Value);

    private static string PathOf(Located value) => value.Path.ToString();

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, ValueRef at, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, at, arguments));
}

/// <summary>What meetings and quotes are checked against: the resolved officials, the id indexes, and each source's document text (null when missing).</summary>
internal sealed record Lookups(
    EquatableArray<OfficialModel> Officials,
    Dictionary<string, int> OfficialIndex,
    Dictionary<string, int> MechanismIndex,
    Dictionary<string, int> TopicIndex,
    Dictionary<string, int> SourceIndex,
    Dictionary<string, int> MeetingIndex,
    List<RawSource> Sources,
    List<RawMeeting> Meetings,
    string?[] SourceTexts);
