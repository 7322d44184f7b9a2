using SinoRussia.Dataset.Generator.Diagnostics;
using SinoRussia.Dataset.Generator.Model;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>
/// One YAML file after the checks that need only its own records (and the sources' texts): each record
/// with its model, and what those checks found. Cached per file by the pipeline; the checks across
/// files (<see cref="DatasetValidator"/>) read only these.
/// </summary>
internal sealed record CheckedFile(
    string Path,
    bool Shipped,
    EquatableArray<Checked<RawSource, SourceModel>> Sources,
    EquatableArray<Checked<RawOrganisation, OrganisationModel>> Organisations,
    EquatableArray<Checked<RawMechanism, MechanismModel>> Mechanisms,
    EquatableArray<Checked<RawTopic, TopicModel>> Topics,
    EquatableArray<Checked<RawOfficial, OfficialModel>> Officials,
    EquatableArray<Checked<RawMeeting, MeetingModel>> Meetings,
    EquatableArray<Checked<RawQuote, QuoteModel>> Quotes,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// A record as read (for the places of its references) and its model. <paramref name="Valid"/> is
/// false when a value the checks across files need did not parse (a meeting's date).
/// </summary>
internal readonly record struct Checked<TRaw, TModel>(TRaw Raw, TModel Model, bool Valid = true);
