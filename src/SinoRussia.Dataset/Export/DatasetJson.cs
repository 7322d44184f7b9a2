using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Dataset;

/// <summary>
/// Writes a <see cref="SinoRussiaDataset"/> as JSON with camelCase names, named through the schema's
/// <c>Keys</c> and <c>JsonNames</c>; data/schema/export/dataset.schema.json is its JSON Schema, written
/// from the same definition, and a test validates the output against it. The shape:
/// <code>
/// {
///   "sources":       [{ "id", "file", "publisher", "title", "published", "publishedTime", "timeZone", "dateline", "author", "language", "notes" }],
///   "organisations": [{ "id", "name", "country" }],
///   "mechanisms":    [{ "id", "name" }],
///   "officials":     [{ "id", "name", "aliases": [], "country", "positions": [{ "title", "organisationId", "start", "end", "note" }] }],
///   "meetings":      [{ "id", "title", "date", "datePrecision", "dateBasis", "dateNote",
///                       "place": { "city", "country", "venue", "basis", "note" } | null, "format", "mechanismId", "occasion",
///                       "participants": [{ "officialId", "role", "titleInSource", "post" }], "topics": [], "outcomes": [], "sourceIds": [] }],
///   "quotes":        [{ "id", "text", "kind", "speakerId", "meetingId", "sourceId", "topics": [] }]
/// }
/// </code>
/// Dates are ISO 8601 to their precision (<c>2025-02-28</c>, <c>2025-01</c>, <c>2025</c>); vocabulary
/// values are the YAML spellings (<c>in-person</c>, <c>host</c>, <c>direct</c>, <c>inferred</c>); absent
/// facts are <c>null</c>. The schema's added fields (<c>Field.Added</c>) follow a record's own, under their keys.
/// </summary>
public static class DatasetJson
{
    /// <summary>Serialises <paramref name="dataset"/> to a JSON string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(SinoRussiaDataset dataset, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, dataset, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="dataset"/> as UTF-8 JSON to <paramref name="stream"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void Write(Stream stream, SinoRussiaDataset dataset, bool indented = true)
    {
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(stream, options);
        writer.WriteStartObject();
        Array(writer, Keys.Sources, dataset.Sources, WriteSource);
        Array(writer, Keys.Organisations, dataset.Organisations, (w, o) =>
        {
            w.WriteString(Keys.Id, o.Id);
            w.WriteString(Keys.Name, o.Name);
            w.WriteString(Keys.Country, o.Country);
            AddedFields(w, DatasetSchema.Organisation, o.AdditionalFields);
        });
        Array(writer, Keys.Mechanisms, dataset.Mechanisms, (w, m) =>
        {
            w.WriteString(Keys.Id, m.Id);
            w.WriteString(Keys.Name, m.Name);
            AddedFields(w, DatasetSchema.Mechanism, m.AdditionalFields);
        });
        Array(writer, Keys.Officials, dataset.Officials, WriteOfficial);
        Array(writer, Keys.Meetings, dataset.Meetings, WriteMeeting);
        Array(writer, Keys.Quotes, dataset.Quotes, (w, q) =>
        {
            w.WriteString(Keys.Id, q.Id);
            w.WriteString(Keys.Text, q.Text);
            w.WriteString(Keys.Kind, q.Kind.ToCode());
            w.WriteString(JsonNames.Reference(Keys.Speaker), q.Speaker.Id);
            w.WriteString(Keys.Attribution, q.Attribution.ToCode());
            w.WriteString(JsonNames.Reference(Keys.Meeting), q.Meeting.Id);
            w.WriteString(JsonNames.Reference(Keys.Source), q.Source.Id);
            Strings(w, Keys.Topics, TopicIds(q.Topics));
            AddedFields(w, DatasetSchema.Quote, q.AdditionalFields);
        });
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteString(Keys.Id, s.Id);
        w.WriteString(Keys.File, s.File);
        w.WriteString(Keys.Publisher, s.Publisher);
        w.WriteString(Keys.Title, s.Title);
        w.WriteString(Keys.Published, s.Published?.ToString());
        w.WriteString(Keys.PublishedTime, s.PublishedTime);
        w.WriteString(Keys.TimeZone, s.TimeZone);
        w.WriteString(Keys.Dateline, s.Dateline);
        w.WriteString(Keys.Author, s.Author);
        w.WriteString(Keys.Language, s.Language);
        w.WriteString(Keys.Notes, s.Notes);
        AddedFields(w, DatasetSchema.Source, s.AdditionalFields);
    }

    private static void WriteOfficial(Utf8JsonWriter w, Official o)
    {
        w.WriteString(Keys.Id, o.Id);
        w.WriteString(Keys.Name, o.Name);
        Strings(w, Keys.Aliases, o.Aliases);
        w.WriteString(Keys.Country, o.Country);
        Array(w, Keys.Positions, o.Positions, (pw, p) =>
        {
            pw.WriteString(Keys.Title, p.Title);
            pw.WriteString(JsonNames.Reference(Keys.Organisation), p.Organisation.Id);
            pw.WriteString(Keys.Start, p.Start.ToString());
            pw.WriteString(Keys.End, p.End?.ToString());
            pw.WriteString(Keys.Note, p.Note);
        });
        AddedFields(w, DatasetSchema.Official, o.AdditionalFields);
    }

    private static void WriteMeeting(Utf8JsonWriter w, Meeting m)
    {
        w.WriteString(Keys.Id, m.Id);
        w.WriteString(Keys.Title, m.Title);
        w.WriteString(Keys.Date, m.Date.ToString());
        w.WriteString(JsonNames.DatePrecision, m.Date.Precision.ToCode());
        w.WriteString(JsonNames.DateBasis, m.DateBasis.ToCode());
        w.WriteString(JsonNames.DateNote, m.DateNote);
        if (m.Place is { } place)
        {
            w.WriteStartObject(Keys.Place);
            w.WriteString(Keys.City, place.City);
            w.WriteString(Keys.Country, place.Country);
            w.WriteString(Keys.Venue, place.Venue);
            w.WriteString(Keys.Basis, place.Basis.ToCode());
            w.WriteString(Keys.Note, place.Note);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(Keys.Place);
        }

        w.WriteString(Keys.Format, m.Format.ToCode());
        w.WriteString(JsonNames.Reference(Keys.Mechanism), m.Mechanism?.Id);
        w.WriteString(Keys.Occasion, m.Occasion);
        Array(w, Keys.Participants, m.Participants, (pw, p) =>
        {
            pw.WriteString(JsonNames.Reference(Keys.Official), p.Official.Id);
            pw.WriteString(Keys.Role, p.Role.ToCode());
            pw.WriteString(Keys.TitleInSource, p.TitleInSource);
            pw.WriteString(JsonNames.Post, p.Post?.Title);
        });
        Strings(w, Keys.Topics, TopicIds(m.Topics));
        Strings(w, Keys.Outcomes, m.Outcomes);
        Strings(w, JsonNames.SourceIds, Ids(m.Sources));
        AddedFields(w, DatasetSchema.Meeting, m.AdditionalFields);
    }

    /// <summary>Every added field of <paramref name="shape"/> (<c>Field.IsAdded</c>) under its key, as the YAML spells it; null when the record leaves it out.</summary>
    private static void AddedFields(Utf8JsonWriter w, Shape shape, IReadOnlyDictionary<string, string> values)
    {
        foreach (var field in shape.AddedFields)
        {
            w.WriteString(field.Key, values.TryGetValue(field.Key, out var value) ? value : null);
        }
    }

    private static IEnumerable<string> TopicIds(IEnumerable<Topic> topics)
    {
        foreach (var topic in topics)
        {
            yield return SinoRussia.Dataset.Topics.IdOf(topic);
        }
    }

    private static IEnumerable<string> Ids(IEnumerable<Source> sources)
    {
        foreach (var source in sources)
        {
            yield return source.Id;
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, System.Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
