#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>
/// Every YAML key of the dataset, written once. The record shapes (<see cref="DatasetSchema"/>) are built
/// from these; the parser, the JSON export, the export tables and the drafting tool name keys through them.
/// </summary>
internal static class Keys
{
    // The top-level lists, one per record kind.
    public const string Sources = "sources";
    public const string Organisations = "organisations";
    public const string Mechanisms = "mechanisms";
    public const string Topics = "topics";
    public const string Officials = "officials";
    public const string Meetings = "meetings";
    public const string Quotes = "quotes";

    // Keys within records.
    public const string Id = "id";
    public const string Name = "name";
    public const string File = "file";
    public const string Publisher = "publisher";
    public const string Title = "title";
    public const string Published = "published";
    public const string PublishedTime = "publishedTime";
    public const string TimeZone = "timeZone";
    public const string Dateline = "dateline";
    public const string Author = "author";
    public const string Language = "language";
    public const string Notes = "notes";
    public const string Country = "country";
    public const string Aliases = "aliases";
    public const string Positions = "positions";
    public const string Organisation = "organisation";
    public const string Start = "start";
    public const string End = "end";
    public const string Note = "note";
    public const string Value = "value";
    public const string Precision = "precision";
    public const string Basis = "basis";
    public const string Date = "date";
    public const string Place = "place";
    public const string City = "city";
    public const string Venue = "venue";
    public const string Format = "format";
    public const string Mechanism = "mechanism";
    public const string Occasion = "occasion";
    public const string Participants = "participants";
    public const string Official = "official";
    public const string Role = "role";
    public const string TitleInSource = "titleInSource";
    public const string Outcomes = "outcomes";
    public const string Kind = "kind";
    public const string Speaker = "speaker";
    public const string Attribution = "attribution";
    public const string Meeting = "meeting";
    public const string Source = "source";
    public const string Text = "text";
}
