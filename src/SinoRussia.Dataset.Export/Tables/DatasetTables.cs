using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Export;

/// <summary>
/// The dataset as flat, keyed tables: the one definition of every exported table and column, from
/// which the CSV files, <c>datapackage.json</c>, the Parquet files and the data dictionary are written.
/// Lists inside a record (aliases, positions, participants, sources, topics, outcomes) become tables
/// of their own with a foreign key to the record. Dates are given three ways: as in the data, to their
/// precision (<c>2025-02</c>), with the precision, and as the first and last day they cover.
/// </summary>
public static class DatasetTables
{
    /// <summary>Every table of <paramref name="dataset"/>, in dependency order (a table comes after the tables it refers to).</summary>
    /// <param name="dataset">The dataset: <see cref="SinoRussiaDataset.Shipped"/> or a project's extended view.</param>
    /// <returns>The tables.</returns>
    public static IReadOnlyList<ExportTable> Build(SinoRussiaDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new[]
        {
            Sources(dataset),
            Organisations(dataset),
            Mechanisms(dataset),
            Topics(),
            Officials(dataset),
            OfficialAliases(dataset),
            Positions(dataset),
            Meetings(dataset),
            Participants(dataset),
            MeetingSources(dataset),
            MeetingTopics(dataset),
            MeetingOutcomes(dataset),
            Quotes(dataset),
            QuoteTopics(dataset),
            Events(dataset),
        };
    }

    private static readonly IReadOnlyList<string> Precisions = Codes.All<DatePrecision>();
    private static readonly IReadOnlyList<string> Bases = Codes.All<FactBasis>();

    private static ExportTable Sources(SinoRussiaDataset dataset) => new TableBuilder<Source>(Keys.Sources, "A source document: a news article or statement the data is taken from.")
        .Text(Keys.Id, true, "The source's id.", s => s.Id)
        .Text(Keys.File, true, "The document's text file in the data's sources folder.", s => s.File)
        .Text(Keys.Publisher, false, "The publisher, where the document states it.", s => s.Publisher)
        .Text(Keys.Title, false, "The headline, where the document has one.", s => s.Title)
        .Text(Keys.Published, false, "The publication date to its precision (ISO 8601), where stated.", s => s.Published?.ToString())
        .Text("published_precision", false, "The precision of published.", s => s.Published?.Precision.ToCode(), Precisions)
        .Date("published_start", false, "The first day published covers.", s => s.Published?.Earliest)
        .Text("published_time", false, "The publication time as printed (HH:mm), where stated.", s => s.PublishedTime)
        .Text("time_zone", false, "The time zone of published_time, where stated.", s => s.TimeZone)
        .Text(Keys.Dateline, false, "The dateline place, where stated.", s => s.Dateline)
        .Text(Keys.Author, false, "The author, where stated.", s => s.Author)
        .Text(Keys.Language, false, "The document's language (BCP 47).", s => s.Language)
        .Text(Keys.Notes, false, "How the curation read the document.", s => s.Notes)
        .Key(Keys.Id)
        .Added(DatasetSchema.Source, s => s.AdditionalFields)
        .Build(dataset.Sources);

    private static ExportTable Organisations(SinoRussiaDataset dataset) => new TableBuilder<Organisation>(Keys.Organisations, "An organisation in which officials hold posts.")
        .Text(Keys.Id, true, "The organisation's id.", o => o.Id)
        .Text(Keys.Name, true, "The organisation's name.", o => o.Name)
        .Text(Keys.Country, false, "ISO 3166-1 alpha-2 code of its country, where it has one.", o => o.Country)
        .Key(Keys.Id)
        .Added(DatasetSchema.Organisation, o => o.AdditionalFields)
        .Build(dataset.Organisations);

    private static ExportTable Mechanisms(SinoRussiaDataset dataset) => new TableBuilder<Mechanism>(Keys.Mechanisms, "A standing mechanism under which meetings are held (for example strategic security consultations).")
        .Text(Keys.Id, true, "The mechanism's id.", m => m.Id)
        .Text(Keys.Name, true, "The mechanism's name.", m => m.Name)
        .Key(Keys.Id)
        .Added(DatasetSchema.Mechanism, m => m.AdditionalFields)
        .Build(dataset.Mechanisms);

    private static ExportTable Topics() => new TableBuilder<Topic>(Keys.Topics, "A topic of the dataset's closed topic vocabulary.")
        .Text(Keys.Id, true, "The topic's id.", t => SinoRussia.Dataset.Topics.IdOf(t))
        .Text(Keys.Name, true, "The topic's name.", t => SinoRussia.Dataset.Topics.NameOf(t))
        .Key(Keys.Id)
        .Build(Enum.GetValues<Topic>());

    private static ExportTable Officials(SinoRussiaDataset dataset) => new TableBuilder<Official>(Keys.Officials, "A person who took part in a meeting.")
        .Text(Keys.Id, true, "The official's id.", o => o.Id)
        .Text(Keys.Name, true, "The official's name.", o => o.Name)
        .Text(Keys.Country, true, "ISO 3166-1 alpha-2 code of the country the official serves.", o => o.Country)
        .Key(Keys.Id)
        .Added(DatasetSchema.Official, o => o.AdditionalFields)
        .Build(dataset.Officials);

    private static ExportTable OfficialAliases(SinoRussiaDataset dataset) => new TableBuilder<(Official Official, string Alias)>("official_aliases", "A spelling of an official's name that a document uses.")
        .Text("official_id", true, "The official.", a => a.Official.Id)
        .Text("alias", true, "The spelling.", a => a.Alias)
        .Key("official_id", "alias")
        .References("official_id", Keys.Officials)
        .Build(dataset.Officials.SelectMany(o => o.Aliases.Distinct(StringComparer.Ordinal).Select(a => (o, a))));

    private static ExportTable Positions(SinoRussiaDataset dataset) => new TableBuilder<(Official Official, int Index, Position Position)>(Keys.Positions, "A post an official held, from public record; held from start (inclusive) until end (exclusive).")
        .Text("official_id", true, "The official.", p => p.Official.Id)
        .Integer("position_index", "The post's place in the official's list, from 1.", p => p.Index)
        .Text(Keys.Title, true, "The post's title.", p => p.Position.Title)
        .Text("organisation_id", true, "The organisation the post is in.", p => p.Position.Organisation.Id)
        .Text(Keys.Start, true, "The first day held, to its precision (ISO 8601).", p => p.Position.Start.ToString())
        .Text("start_precision", true, "The precision of start.", p => p.Position.Start.Precision.ToCode(), Precisions)
        .Date("start_date", true, "The first day start covers: the post counts as held from this day.", p => p.Position.Start.Earliest)
        .Text(Keys.End, false, "The first day no longer held, to its precision; empty while held.", p => p.Position.End?.ToString())
        .Text("end_precision", false, "The precision of end.", p => p.Position.End?.Precision.ToCode(), Precisions)
        .Date("end_date", false, "The first day end covers: the post counts as held before this day.", p => p.Position.End?.Earliest)
        .Text(Keys.Note, false, "A note on the record.", p => p.Position.Note)
        .Key("official_id", "position_index")
        .References("official_id", Keys.Officials)
        .References("organisation_id", Keys.Organisations)
        .Build(dataset.Officials.SelectMany(o => o.Positions.Select((p, i) => (o, i + 1, p))));

    private static ExportTable Meetings(SinoRussiaDataset dataset) => new TableBuilder<Meeting>(Keys.Meetings, "A meeting, call or talks between Chinese and Russian officials.")
        .Text(Keys.Id, true, "The meeting's id.", m => m.Id)
        .Text(Keys.Title, true, "A one-line description.", m => m.Title)
        .Text(Keys.Date, true, "The date to its precision (ISO 8601).", m => m.Date.ToString())
        .Text("date_precision", true, "The precision of date.", m => m.Date.Precision.ToCode(), Precisions)
        .Date("date_start", true, "The first day date covers.", m => m.Date.Earliest)
        .Date("date_end", true, "The last day date covers.", m => m.Date.Latest)
        .Text("date_basis", true, "Whether a document states the date (stated), only its dateline gives it (dateline), or it is inferred.", m => m.DateBasis.ToCode(), Bases)
        .Text("date_note", false, "How an inferred date was worked out.", m => m.DateNote)
        .Text("place_city", false, "The city, where known.", m => m.Place?.City)
        .Text("place_country", false, "ISO 3166-1 alpha-2 code of the place's country, where known.", m => m.Place?.Country)
        .Text("place_venue", false, "The venue, where stated.", m => m.Place?.Venue)
        .Text("place_basis", false, "How the place is known.", m => m.Place?.Basis.ToCode(), Bases)
        .Text("place_note", false, "How an inferred place was worked out.", m => m.Place?.Note)
        .Text(Keys.Format, true, "How the meeting was held.", m => m.Format.ToCode(), Codes.All<MeetingFormat>())
        .Text("mechanism_id", false, "The standing mechanism it was held under, if any.", m => m.Mechanism?.Id)
        .Text(Keys.Occasion, false, "The event it was held at or for, if any.", m => m.Occasion)
        .Key(Keys.Id)
        .References("mechanism_id", Keys.Mechanisms)
        .Added(DatasetSchema.Meeting, m => m.AdditionalFields)
        .Build(dataset.Meetings);

    private static ExportTable Participants(SinoRussiaDataset dataset) => new TableBuilder<(Meeting Meeting, int Index, Participant Participant)>(Keys.Participants, "An official's part in a meeting.")
        .Text("meeting_id", true, "The meeting.", p => p.Meeting.Id)
        .Text("official_id", true, "The official.", p => p.Participant.Official.Id)
        .Integer("participant_index", "The participant's place in the meeting's list, from 1.", p => p.Index)
        .Text(Keys.Role, true, "Host, guest, or participant where nobody hosts.", p => p.Participant.Role.ToCode(), Codes.All<ParticipantRole>())
        .Text("title_in_source", false, "The title the document gives the participant.", p => p.Participant.TitleInSource)
        .Key("meeting_id", "official_id")
        .References("meeting_id", Keys.Meetings)
        .References("official_id", Keys.Officials)
        .Build(dataset.Meetings.SelectMany(m => m.Participants.Select((p, i) => (m, i + 1, p))));

    private static ExportTable MeetingSources(SinoRussiaDataset dataset) => new TableBuilder<(Meeting Meeting, Source Source)>("meeting_sources", "A document that reports a meeting.")
        .Text("meeting_id", true, "The meeting.", x => x.Meeting.Id)
        .Text("source_id", true, "The document.", x => x.Source.Id)
        .Key("meeting_id", "source_id")
        .References("meeting_id", Keys.Meetings)
        .References("source_id", Keys.Sources)
        .Build(dataset.Meetings.SelectMany(m => m.Sources.Select(s => (m, s))));

    private static ExportTable MeetingTopics(SinoRussiaDataset dataset) => new TableBuilder<(Meeting Meeting, Topic Topic)>("meeting_topics", "A topic a meeting discussed, as its documents report.")
        .Text("meeting_id", true, "The meeting.", x => x.Meeting.Id)
        .Text("topic_id", true, "The topic.", x => SinoRussia.Dataset.Topics.IdOf(x.Topic))
        .Key("meeting_id", "topic_id")
        .References("meeting_id", Keys.Meetings)
        .References("topic_id", Keys.Topics)
        .Build(dataset.Meetings.SelectMany(m => m.Topics.Select(t => (m, t))));

    private static ExportTable MeetingOutcomes(SinoRussiaDataset dataset) => new TableBuilder<(Meeting Meeting, int Index, string Text)>("meeting_outcomes", "An outcome of a meeting, excerpted verbatim from a document.")
        .Text("meeting_id", true, "The meeting.", x => x.Meeting.Id)
        .Integer("outcome_index", "The outcome's place in the meeting's list, from 1.", x => x.Index)
        .Text(Keys.Text, true, "The excerpt.", x => x.Text)
        .Key("meeting_id", "outcome_index")
        .References("meeting_id", Keys.Meetings)
        .Build(dataset.Meetings.SelectMany(m => m.Outcomes.Select((o, i) => (m, i + 1, o))));

    private static ExportTable Quotes(SinoRussiaDataset dataset) => new TableBuilder<Quote>(Keys.Quotes, "What an official said at a meeting, as a document gives it.")
        .Text(Keys.Id, true, "The quote's id.", q => q.Id)
        .Text(Keys.Kind, true, "direct: the words inside the document's quotation marks, verbatim; reported: an excerpt of the document's sentence that reports it.", q => q.Kind.ToCode(), Codes.All<QuoteKind>())
        .Text("speaker_id", true, "The official who said it.", q => q.Speaker.Id)
        .Text(Keys.Attribution, true, "How the speaker is known: sentence: the sentence names them; continuation: only the paragraph-continuation rule gives them (the sentence names nobody).", q => q.Attribution.ToCode(), Codes.All<SpeakerAttribution>())
        .Text("meeting_id", true, "The meeting it was said at.", q => q.Meeting.Id)
        .Text("source_id", true, "The document it is taken from.", q => q.Source.Id)
        .Text(Keys.Text, true, "The words, verbatim as in the document.", q => q.Text)
        .Key(Keys.Id)
        .References("speaker_id", Keys.Officials)
        .References("meeting_id", Keys.Meetings)
        .References("source_id", Keys.Sources)
        .Added(DatasetSchema.Quote, q => q.AdditionalFields)
        .Build(dataset.Quotes);

    private static ExportTable Events(SinoRussiaDataset dataset) => new TableBuilder<MeetingEvent>("events", "A meeting as a directed, dated event of the event-data field (CAMEO 04x, PLOVER CONSULT), one per ordered pair of participants from different countries; the rule that coded it is given (docs/event-coding.md).")
        .Text(Keys.Id, true, "The event's id: meeting id, source official id and target official id.", e => e.Id)
        .Text("meeting_id", true, "The meeting.", e => e.Meeting.Id)
        .Text(Keys.Date, true, "The meeting's date to its precision (ISO 8601).", e => e.Date.ToString())
        .Date("date_start", true, "The first day date covers.", e => e.Date.Earliest)
        .Date("date_end", true, "The last day date covers.", e => e.Date.Latest)
        .Text("source_actor", true, "CAMEO-style code of the source actor: ISO 3166-1 alpha-3 country and GOV.", e => e.SourceActor)
        .Text("source_official_id", true, "The official acting.", e => e.SourceOfficial.Id)
        .Text("target_actor", true, "CAMEO-style code of the target actor.", e => e.TargetActor)
        .Text("target_official_id", true, "The official acted towards.", e => e.TargetOfficial.Id)
        .Text("cameo_code", true, "The CAMEO event code (04x: consult).", e => e.Cameo.ToCode(), Enum.GetValues<CameoCode>().Select(c => c.ToCode()).ToArray())
        .Text("plover_event", true, "The PLOVER event type.", _ => EventCoding.PloverEvent, new[] { EventCoding.PloverEvent })
        .Text("plover_mode", false, "The PLOVER CONSULT mode; empty where no mode applies.", e => e.PloverMode.ToCodebookName(),
            Enum.GetValues<PloverMode>().Select(m => m.ToCodebookName()).OfType<string>().ToArray())
        .Text("rule", true, "The coding rule that gave the codes (docs/event-coding.md).", e => e.Rule)
        .Text("source_ids", true, "The documents that report the meeting, space-separated.", e => string.Join(" ", e.Sources.Select(s => s.Id)))
        .Key(Keys.Id)
        .References("meeting_id", Keys.Meetings)
        .References("source_official_id", Keys.Officials)
        .References("target_official_id", Keys.Officials)
        .Build(EventCoding.Code(dataset.Meetings));

    private static ExportTable QuoteTopics(SinoRussiaDataset dataset) => new TableBuilder<(Quote Quote, Topic Topic)>("quote_topics", "A topic a quote is about.")
        .Text("quote_id", true, "The quote.", x => x.Quote.Id)
        .Text("topic_id", true, "The topic.", x => SinoRussia.Dataset.Topics.IdOf(x.Topic))
        .Key("quote_id", "topic_id")
        .References("quote_id", Keys.Quotes)
        .References("topic_id", Keys.Topics)
        .Build(dataset.Quotes.SelectMany(q => q.Topics.Select(t => (q, t))));
}
