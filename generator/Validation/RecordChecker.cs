using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// The checks of one file's records that need nothing from other files but the sources' texts:
/// vocabularies, dates, country codes, a post ending before it starts, a meeting without sources, an
/// own source without its document, and quotes and outcomes verbatim in their sources. Builds each
/// record's model. Runs per file in the pipeline, so an edit re-checks the edited file only.
/// </summary>
internal sealed partial class RecordChecker
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly bool _shipped;
    private readonly SourceTextIndex _texts;
    private readonly Dictionary<string, CitableSource> _sources;

    private RecordChecker(bool shipped, SourceTextIndex texts)
    {
        _shipped = shipped;
        _texts = texts;
        _sources = texts.ById();
    }

    public static CheckedFile Check(ParsedFile file, SourceTextIndex texts, CancellationToken cancellationToken)
    {
        var checker = new RecordChecker(file.Shipped, texts);
        var sources = file.Sources.Select(s => new Checked<RawSource, SourceModel>(s, checker.BuildSource(s))).ToEquatableArray();
        var organisations = file.Organisations.Select(o => new Checked<RawOrganisation, OrganisationModel>(o,
            new OrganisationModel(o.Id.Value, Member(o.Id), o.Name.Value, checker.Country(o.Country, "organisation"))
            {
                Shipped = file.Shipped,
                Added = checker.AddedFields(o, DatasetSchema.Organisation),
            })).ToEquatableArray();
        var mechanisms = file.Mechanisms.Select(m => new Checked<RawMechanism, MechanismModel>(m,
            new MechanismModel(m.Id.Value, Member(m.Id), m.Name.Value) { Shipped = file.Shipped, Added = checker.AddedFields(m, DatasetSchema.Mechanism) })).ToEquatableArray();
        var topics = file.Topics.Select(t => new Checked<RawTopic, TopicModel>(t,
            new TopicModel(t.Id.Value, Member(t.Id), t.Name.Value) { Shipped = file.Shipped })).ToEquatableArray();
        var officials = file.Officials.Select(o => new Checked<RawOfficial, OfficialModel>(o, checker.BuildOfficial(o))).ToEquatableArray();

        var meetings = new List<Checked<RawMeeting, MeetingModel>>(file.Meetings.Count);
        foreach (var meeting in file.Meetings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            meetings.Add(checker.BuildMeeting(meeting));
        }

        var quotes = new List<Checked<RawQuote, QuoteModel>>(file.Quotes.Count);
        foreach (var quote in file.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            quotes.Add(new Checked<RawQuote, QuoteModel>(quote, checker.BuildQuote(quote)));
        }

        return new CheckedFile(file.Path, file.Shipped, sources, organisations, mechanisms, topics, officials,
            meetings.ToEquatableArray(), quotes.ToEquatableArray(), file.Diagnostics.Concat(checker._diagnostics).ToEquatableArray());
    }

    private SourceModel BuildSource(RawSource source)
    {
        if (!_shipped && !_texts.HasDocument(PathText.FileName(source.File.Value)))
        {
            Report(DiagnosticDescriptors.MissingSourceDocument, source.File, source.Id.Value, source.File.Value);
        }

        DateModel? published = null;
        if (source.Published is { } publishedValue)
        {
            published = PartialDateParser.TryParse(publishedValue.Value, out var error);
            if (published is null)
            {
                Report(DiagnosticDescriptors.InvalidDate, publishedValue, publishedValue.Value, error);
            }
        }

        return new SourceModel(source.Id.Value, Member(source.Id), source.File.Value, source.Publisher?.Value, source.Title?.Value,
            published, source.PublishedTime?.Value, source.TimeZone?.Value, source.Dateline?.Value, source.Author?.Value,
            source.Language?.Value, source.Notes?.Value) { Shipped = _shipped, Added = AddedFields(source, DatasetSchema.Source) };
    }

    private OfficialModel BuildOfficial(RawOfficial official)
    {
        var country = Country(official.Country, "official") ?? string.Empty;
        var positions = new List<PositionModel>();
        foreach (var position in official.Positions)
        {
            var start = ParseDate(position.Start);
            var end = position.End is null ? null : ParseDate(position.End);
            if (start is not null && end is not null && PartialDateParser.Earliest(end) < PartialDateParser.Earliest(start))
            {
                // At the end date's mapping, named by its value's path.
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EndBeforeStart, position.End!.Where, position.End.Value.Path.ToString(),
                    PartialDateParser.Format(end), PartialDateParser.Format(start)));
            }

            if (start is not null)
            {
                positions.Add(new PositionModel(position.Title.Value, position.Organisation.Value, start, end, position.Note?.Value));
            }
        }

        return new OfficialModel(official.Id.Value, Member(official.Id), official.Name.Value,
            official.Aliases.Select(a => a.Value).ToEquatableArray(), country, positions.ToEquatableArray())
        {
            Shipped = _shipped,
            Added = AddedFields(official, DatasetSchema.Official),
        };
    }

    private Checked<RawMeeting, MeetingModel> BuildMeeting(RawMeeting meeting)
    {
        var date = ParseDate(meeting.Date);
        var basis = meeting.Date.Basis is { } b ? Vocab(b, Vocabularies.Bases) : null;

        PlaceModel? place = null;
        if (meeting.Place is { } rawPlace)
        {
            place = new PlaceModel(rawPlace.City?.Value, Country(rawPlace.Country, "place") ?? string.Empty, rawPlace.Venue?.Value,
                Vocab(rawPlace.Basis, Vocabularies.Bases) ?? default, rawPlace.Note?.Value);
        }

        var format = Vocab(meeting.Format, Vocabularies.Formats) ?? default;
        var participants = meeting.Participants
            .Select(p => new ParticipantModel(p.Official.Value, Vocab(p.Role, Vocabularies.Roles) ?? default, p.TitleInSource?.Value))
            .ToEquatableArray();

        if (meeting.Sources.Count == 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingRequiredField, meeting.Id.Where, meeting.Id.Path.Parent, Keys.Sources));
        }

        if (!_shipped)
        {
            CheckOutcomes(meeting);
        }

        var model = new MeetingModel(meeting.Id.Value, Member(meeting.Id), meeting.Title.Value,
            date ?? new DateModel(1, 0, 0, DatePrecision.Year), basis ?? default, meeting.Date.Note?.Value, place, format, meeting.Mechanism?.Value,
            meeting.Occasion?.Value, participants,
            meeting.Topics.Select(t => t.Value).ToEquatableArray(),
            meeting.Outcomes.Select(o => o.Value).ToEquatableArray(),
            meeting.Sources.Select(s => s.Value).ToEquatableArray()) { Shipped = _shipped, Added = AddedFields(meeting, DatasetSchema.Meeting) };
        return new Checked<RawMeeting, MeetingModel>(meeting, model, date is not null);
    }

    /// <summary>
    /// Outcomes are checked against every source text that is available, looked up once for all
    /// outcomes. Found in none: an error when every text was there (SRD0009), else a warning that
    /// names the texts it could not be checked against (SRD0023), never silence. A source that does
    /// not resolve is reported by the checks across files.
    /// </summary>
    private void CheckOutcomes(RawMeeting meeting)
    {
        if (meeting.Outcomes.Count == 0)
        {
            return;
        }

        var cited = meeting.Sources.Select(s => _sources.TryGetValue(s.Value, out var source) ? source : null).OfType<CitableSource>().ToList();
        if (cited.Count == 0)
        {
            return;
        }

        var available = cited.Where(s => s.Text is not null).ToList();
        foreach (var outcome in meeting.Outcomes)
        {
            if (available.Any(s => VerbatimCheck.Occurs(outcome.Value, s.Text!)))
            {
                continue;
            }

            if (available.Count == cited.Count)
            {
                var first = available[0];
                Report(DiagnosticDescriptors.NotVerbatim, outcome, "outcome", first.Id, first.File,
                    VerbatimCheck.ClosestPassage(outcome.Value, first.Text!));
            }
            else
            {
                // An own source without its text is already an error (SRD0010); a shipped one's text is not in the package.
                foreach (var missing in cited.Where(s => s.Text is null && s.Shipped))
                {
                    Report(DiagnosticDescriptors.CannotCheckVerbatim, outcome, "outcome", missing.Id, PathText.FileName(missing.File));
                }
            }
        }
    }

    private QuoteModel BuildQuote(RawQuote quote)
    {
        var kind = Vocab(quote.Kind, Vocabularies.QuoteKinds) ?? default;
        if (!_shipped && _sources.TryGetValue(quote.Source.Value, out var source))
        {
            var what = kind == QuoteKind.Direct ? "direct quote" : "reported statement";
            if (source.Text is null && source.Shipped)
            {
                Report(DiagnosticDescriptors.CannotCheckVerbatim, quote.Text, what, source.Id, PathText.FileName(source.File));
            }
            else if (source.Text is { } text && !VerbatimCheck.Occurs(quote.Text.Value, text))
            {
                Report(DiagnosticDescriptors.NotVerbatim, quote.Text, what, source.Id, source.File,
                    VerbatimCheck.ClosestPassage(quote.Text.Value, text));
            }
        }

        var attribution = quote.Attribution is { } a ? Vocab(a, Vocabularies.Attributions) : null;
        return new QuoteModel(quote.Id.Value, Member(quote.Id), kind, quote.Speaker.Value, quote.Meeting.Value, quote.Source.Value, quote.Text.Value,
            quote.Topics.Select(t => t.Value).ToEquatableArray())
        {
            Shipped = _shipped,
            Attribution = attribution ?? default,
            Added = AddedFields(quote, DatasetSchema.Quote),
        };
    }

    private DateModel? ParseDate(RawDate raw)
    {
        if (!Vocabularies.Precisions.TryParse(raw.Precision.Value, out var precision))
        {
            Report(DiagnosticDescriptors.InvalidValue, raw.Precision, raw.Precision.Value, Vocabularies.Precisions.Expected);
            return null;
        }

        var date = PartialDateParser.TryParse(raw.Value.Value, precision, out var error);
        if (date is null)
        {
            Report(DiagnosticDescriptors.InvalidDate, raw.Value, raw.Value.Value, error);
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

        Report(DiagnosticDescriptors.InvalidValue, value, value.Value, vocabulary.Expected);
        return null;
    }

    private string? Country(Located? value, string what)
    {
        if (value is not { } country)
        {
            return null;
        }

        if (CountryCheck.Expected(country.Value, what) is { } expected)
        {
            Report(DiagnosticDescriptors.InvalidValue, country, country.Value, expected);
        }

        return country.Value;
    }

    private static string Member(Located id) => IdentifierNames.ToMemberName(id.Value);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, Located at, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, at, arguments));
}
