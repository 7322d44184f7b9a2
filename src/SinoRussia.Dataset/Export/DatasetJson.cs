using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SinoRussia.Dataset;

/// <summary>
/// Writes a <see cref="SinoRussiaDataset"/> as JSON with camelCase names. The shape (documented in README):
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
/// facts are <c>null</c>.
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
        Array(writer, "sources", dataset.Sources, WriteSource);
        Array(writer, "organisations", dataset.Organisations, (w, o) =>
        {
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteString("country", o.Country);
        });
        Array(writer, "mechanisms", dataset.Mechanisms, (w, m) =>
        {
            w.WriteString("id", m.Id);
            w.WriteString("name", m.Name);
        });
        Array(writer, "officials", dataset.Officials, WriteOfficial);
        Array(writer, "meetings", dataset.Meetings, WriteMeeting);
        Array(writer, "quotes", dataset.Quotes, (w, q) =>
        {
            w.WriteString("id", q.Id);
            w.WriteString("text", q.Text);
            w.WriteString("kind", q.Kind.ToCode());
            w.WriteString("speakerId", q.Speaker.Id);
            w.WriteString("meetingId", q.Meeting.Id);
            w.WriteString("sourceId", q.Source.Id);
            Strings(w, "topics", TopicIds(q.Topics));
        });
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("file", s.File);
        w.WriteString("publisher", s.Publisher);
        w.WriteString("title", s.Title);
        w.WriteString("published", s.Published?.ToString());
        w.WriteString("publishedTime", s.PublishedTime);
        w.WriteString("timeZone", s.TimeZone);
        w.WriteString("dateline", s.Dateline);
        w.WriteString("author", s.Author);
        w.WriteString("language", s.Language);
        w.WriteString("notes", s.Notes);
    }

    private static void WriteOfficial(Utf8JsonWriter w, Official o)
    {
        w.WriteString("id", o.Id);
        w.WriteString("name", o.Name);
        Strings(w, "aliases", o.Aliases);
        w.WriteString("country", o.Country);
        Array(w, "positions", o.Positions, (pw, p) =>
        {
            pw.WriteString("title", p.Title);
            pw.WriteString("organisationId", p.Organisation.Id);
            pw.WriteString("start", p.Start.ToString());
            pw.WriteString("end", p.End?.ToString());
            pw.WriteString("note", p.Note);
        });
    }

    private static void WriteMeeting(Utf8JsonWriter w, Meeting m)
    {
        w.WriteString("id", m.Id);
        w.WriteString("title", m.Title);
        w.WriteString("date", m.Date.ToString());
        w.WriteString("datePrecision", m.Date.Precision.ToCode());
        w.WriteString("dateBasis", m.DateBasis.ToCode());
        w.WriteString("dateNote", m.DateNote);
        if (m.Place is { } place)
        {
            w.WriteStartObject("place");
            w.WriteString("city", place.City);
            w.WriteString("country", place.Country);
            w.WriteString("venue", place.Venue);
            w.WriteString("basis", place.Basis.ToCode());
            w.WriteString("note", place.Note);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("place");
        }

        w.WriteString("format", m.Format.ToCode());
        w.WriteString("mechanismId", m.Mechanism?.Id);
        w.WriteString("occasion", m.Occasion);
        Array(w, "participants", m.Participants, (pw, p) =>
        {
            pw.WriteString("officialId", p.Official.Id);
            pw.WriteString("role", p.Role.ToCode());
            pw.WriteString("titleInSource", p.TitleInSource);
            pw.WriteString("post", p.Post?.Title);
        });
        Strings(w, "topics", TopicIds(m.Topics));
        Strings(w, "outcomes", m.Outcomes);
        Strings(w, "sourceIds", Ids(m.Sources));
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
