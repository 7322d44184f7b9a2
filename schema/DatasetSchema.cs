using System.Collections.Generic;

#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

/// <summary>
/// The dataset's shape, defined once: every record kind, its keys, what each holds and whether it is
/// required. The parser takes its allowed keys from here, the JSON Schemas in data/schema are written
/// from it (a test fails when they are stale) and the vocabularies and the country table it names are
/// the ones the checks and the runtime use.
/// </summary>
internal static class DatasetSchema
{
    private const string IdDescription = "A stable kebab-case id.";

    public static readonly Shape PostDate = new(
        Field.Of(Keys.Value, FieldKind.DateValue, required: true, "YYYY-MM-DD, YYYY-MM or YYYY, matching the precision."),
        Field.Closed(Keys.Precision, Vocabularies.Precisions, required: true),
        Field.Of(Keys.Note, FieldKind.FreeText, description: "How the date is known, where not plainly stated."));

    public static readonly Shape MeetingDate = new(
        Field.Of(Keys.Value, FieldKind.DateValue, required: true, "YYYY-MM-DD, YYYY-MM or YYYY, matching the precision."),
        Field.Closed(Keys.Precision, Vocabularies.Precisions, required: true),
        Field.Closed(Keys.Basis, Vocabularies.Bases, required: true),
        Field.Of(Keys.Note, FieldKind.FreeText, description: "How the date is known, where not plainly stated."));

    public static readonly Shape Source = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.File, FieldKind.FreeText, required: true, "The document's file name; its text must be an AdditionalFiles item with SinoRussiaDataset=\"source\"."),
        Field.Of(Keys.Publisher, FieldKind.Text),
        Field.Of(Keys.Title, FieldKind.Text),
        Field.Of(Keys.Published, FieldKind.DateValue),
        Field.Of(Keys.PublishedTime, FieldKind.Time),
        Field.Of(Keys.TimeZone, FieldKind.TimeZone),
        Field.Of(Keys.Dateline, FieldKind.Text),
        Field.Of(Keys.Author, FieldKind.Text),
        Field.Of(Keys.Language, FieldKind.FreeText, description: "BCP 47 language tag."),
        Field.Of(Keys.Notes, FieldKind.FreeText));

    public static readonly Shape Organisation = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.Name, FieldKind.Text, required: true),
        Field.Of(Keys.Country, FieldKind.Country));

    public static readonly Shape Mechanism = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.Name, FieldKind.Text, required: true));

    public static readonly Shape Topic = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.Name, FieldKind.Text, required: true));

    public static readonly Shape Position = new(
        Field.Of(Keys.Title, FieldKind.Text, required: true),
        Field.Reference(Keys.Organisation, Keys.Organisations, required: true),
        Field.Mapping(Keys.Start, PostDate, required: true),
        Field.Mapping(Keys.End, PostDate),
        Field.Of(Keys.Note, FieldKind.FreeText));

    public static readonly Shape Official = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.Name, FieldKind.Text, required: true),
        Field.List(Keys.Aliases, Field.Of(Keys.Aliases, FieldKind.Text)),
        Field.Of(Keys.Country, FieldKind.Country, required: true),
        Field.List(Keys.Positions, Field.Mapping(Keys.Positions, Position), required: true));

    public static readonly Shape Place = new(
        Field.Of(Keys.City, FieldKind.Text),
        Field.Of(Keys.Country, FieldKind.Country, required: true),
        Field.Of(Keys.Venue, FieldKind.Text),
        Field.Closed(Keys.Basis, Vocabularies.Bases, required: true),
        Field.Of(Keys.Note, FieldKind.FreeText));

    public static readonly Shape Participant = new(
        Field.Reference(Keys.Official, Keys.Officials, required: true),
        Field.Closed(Keys.Role, Vocabularies.Roles, required: true),
        Field.Of(Keys.TitleInSource, FieldKind.Text));

    public static readonly Shape Meeting = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Of(Keys.Title, FieldKind.Text, required: true),
        Field.Mapping(Keys.Date, MeetingDate, required: true),
        Field.Mapping(Keys.Place, Place),
        Field.Closed(Keys.Format, Vocabularies.Formats, required: true),
        Field.Reference(Keys.Mechanism, Keys.Mechanisms),
        Field.Of(Keys.Occasion, FieldKind.Text),
        Field.List(Keys.Participants, Field.Mapping(Keys.Participants, Participant), required: true, nonEmpty: true),
        Field.List(Keys.Topics, Field.Reference(Keys.Topics, Keys.Topics)),
        Field.List(Keys.Outcomes, Field.Of(Keys.Outcomes, FieldKind.FreeText, description: "An excerpt of one of the meeting's sources, verbatim.")),
        Field.List(Keys.Sources, Field.Reference(Keys.Sources, Keys.Sources), required: true, nonEmpty: true));

    public static readonly Shape Quote = new(
        Field.Of(Keys.Id, FieldKind.Id, required: true, IdDescription),
        Field.Closed(Keys.Kind, Vocabularies.QuoteKinds, required: true),
        Field.Reference(Keys.Speaker, Keys.Officials, required: true),
        Field.Closed(Keys.Attribution, Vocabularies.Attributions, Vocabularies.Attributions.ToCode(SpeakerAttribution.Sentence),
            "How the speaker is known: sentence (the default) when the quote's sentence names them; continuation when only the paragraph-continuation rule gives them."),
        Field.Reference(Keys.Meeting, Keys.Meetings, required: true),
        Field.Reference(Keys.Source, Keys.Sources, required: true),
        Field.Of(Keys.Text, FieldKind.Text, required: true, "Verbatim from the source document."),
        Field.List(Keys.Topics, Field.Reference(Keys.Topics, Keys.Topics)));

    /// <summary>The top-level lists, one per record kind, in the order the generator reads them.</summary>
    public static readonly IReadOnlyList<Section> Sections = new[]
    {
        new Section(Keys.Sources, Source, "sources"),
        new Section(Keys.Organisations, Organisation, "organisations"),
        new Section(Keys.Mechanisms, Mechanism, "organisations"),
        new Section(Keys.Topics, Topic, "topics"),
        new Section(Keys.Officials, Official, "officials"),
        new Section(Keys.Meetings, Meeting, "meetings"),
        new Section(Keys.Quotes, Quote, "quotes"),
    };

    /// <summary>The keys a dataset file may have at its top level.</summary>
    public static readonly string[] TopLevelKeys = KeysOf(Sections);

    /// <summary>The shape of an item of the top-level list <paramref name="key"/>, or null.</summary>
    public static Shape? ItemOf(string key)
    {
        foreach (var section in Sections)
        {
            if (section.Key == key)
            {
                return section.Item;
            }
        }

        return null;
    }

    private static string[] KeysOf(IReadOnlyList<Section> sections)
    {
        var keys = new string[sections.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = sections[i].Key;
        }

        return keys;
    }
}

/// <summary>A top-level list: its key, the shape of its items and the JSON Schema file (data/schema/NAME.schema.json) that describes it.</summary>
internal sealed class Section
{
    public Section(string key, Shape item, string schemaFile)
    {
        Key = key;
        Item = item;
        SchemaFile = schemaFile;
    }

    public string Key { get; }

    public Shape Item { get; }

    public string SchemaFile { get; }
}
