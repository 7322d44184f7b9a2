using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Writes a draft as YAML in the dataset's schema, through YamlDotNet's emitter: sections
/// <c>sources</c>, <c>officials</c> (proposed), <c>meetings</c> and <c>quotes</c>, every value a
/// double-quoted scalar the emitter escapes, and a <c># TODO:</c> comment where a person must decide,
/// in place of the value when there is none (an undecided speaker, an unresolved date). The emitter
/// writes comments as given, so their text goes through <see cref="YamlComment.Escape"/>, which keeps
/// it on its line.
/// </summary>
internal sealed class DraftYamlWriter
{
    private readonly IEmitter _emitter;

    private DraftYamlWriter(IEmitter emitter) => _emitter = emitter;

    /// <summary>The draft as YAML.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The YAML text, with "\n" line ends, ending with a newline.</returns>
    public static string Write(Draft draft)
    {
        var text = new StringWriter { NewLine = "\n" };
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n");
        new DraftYamlWriter(new Emitter(text, settings)).Document(draft);
        return text.ToString();
    }

    private void Document(Draft draft)
    {
        Emit(new StreamStart());
        Emit(new DocumentStart());
        var source = draft.Source;
        Comment("DRAFT written by `sinorussia-dataset draft` from " + source.File + ": not curated data.");
        Comment("Check every value against the text and resolve every TODO before moving a record into data/.");
        Emit(new MappingStart(null, null, true, MappingStyle.Block));

        Section(Keys.Sources, new[] { source }, s =>
        {
            Pair(Keys.Id, s.Id);
            Pair(Keys.File, s.File);
            Pair(Keys.Publisher, s.Publisher);
            Pair(Keys.Title, s.Title);
            Pair(Keys.Published, s.Published);
            Pair(Keys.PublishedTime, s.PublishedTime);
            Pair(Keys.TimeZone, s.TimeZone);
            Pair(Keys.Dateline, s.Dateline);
            Pair(Keys.Author, s.Author);
            Pair(Keys.Language, s.Language);
            foreach (var todo in s.Todos)
            {
                Todo(todo.ToString());
            }
        });

        foreach (var alias in draft.ProposedAliases)
        {
            Todo($"line {alias.Line}: add \"{alias.Spelling}\" to the aliases of {alias.OfficialId} in data/officials.yaml (a new spelling of a known official)");
        }

        Section(Keys.Officials, draft.ProposedOfficials, official =>
        {
            Pair(Keys.Id, official.Id);
            Pair(Keys.Name, official.Name);
            FlowList(Keys.Aliases, new[] { official.Name });
            if (official.Country is null)
            {
                Todo($"country: the text does not say which country {official.Name} serves");
            }

            Pair(Keys.Country, official.Country);
            FlowList(Keys.Positions, Enumerable.Empty<string>());
            Todo("positions: a new official proposed from the text; add the posts from public record");
        });

        Section(Keys.Meetings, draft.Meetings, meeting => Meeting(meeting, draft.Source.Id));
        Section(Keys.Quotes, draft.Quotes, quote => Quote(quote, draft));

        Emit(new MappingEnd());
        Emit(new DocumentEnd(true));
        Emit(new StreamEnd());
    }

    private void Meeting(DraftMeeting meeting, string sourceId)
    {
        Pair(Keys.Id, meeting.Id);
        Comment($"line {meeting.Line}: " + meeting.Cue);
        Pair(Keys.Title, meeting.Title);
        if (meeting.Date is { } date)
        {
            Mapping(Keys.Date, () =>
            {
                Pair(Keys.Value, date.Value);
                Pair(Keys.Precision, date.Precision.ToCode());
                Pair(Keys.Basis, date.Basis.ToCode());
                Pair(Keys.Note, date.Note);
            });
        }
        else
        {
            Todo(meeting.Todos.FirstOrDefault(t => t.Field == Keys.Date)?.Text ?? "date: the text gives no date for it");
        }

        if (meeting.Place is { } place)
        {
            Mapping(Keys.Place, () =>
            {
                Pair(Keys.City, place.City);
                Pair(Keys.Country, place.Country);
                Pair(Keys.Venue, place.Venue);
                Pair(Keys.Basis, place.Basis.ToCode());
                Pair(Keys.Note, place.Note);
            });
        }

        if (meeting.Format is null)
        {
            Todo(meeting.Todos.FirstOrDefault(t => t.Field == Keys.Format)?.Text ?? "format: " + string.Join(", ", Codes.All<MeetingFormat>()) + "?");
        }

        Pair(Keys.Format, meeting.Format?.ToCode());
        Section(Keys.Participants, meeting.Participants, participant =>
        {
            Pair(Keys.Official, participant.OfficialId);
            Pair(Keys.Role, participant.Role.ToCode());
            Pair(Keys.TitleInSource, participant.TitleInSource);
        });
        FlowList(Keys.Sources, new[] { sourceId });

        // A TODO about the date or the format stands in place of the missing value (above); any other, here.
        foreach (var todo in meeting.Todos.Where(t => !(t.Field == Keys.Date && meeting.Date is null) && !(t.Field == Keys.Format && meeting.Format is null)))
        {
            Todo(todo.Text);
        }
    }

    private void Quote(DraftQuote quote, Draft draft)
    {
        Pair(Keys.Id, quote.Id);
        Comment($"line {quote.Line}" + (quote.SpeakerCue is null ? string.Empty : ": " + quote.SpeakerCue));
        Pair(Keys.Kind, quote.Kind.ToCode());
        if (quote.SpeakerId is null)
        {
            Todo(quote.Todos.FirstOrDefault(t => t.Field == Keys.Speaker)?.Text ?? "speaker undecided");
        }

        Pair(Keys.Speaker, quote.SpeakerId);
        if (quote.MeetingId is null)
        {
            Todo(quote.Todos.FirstOrDefault(t => t.Field == Keys.Meeting)?.Text ?? "meeting: which meeting was it said at?");
        }
        else if (draft.Meetings.FirstOrDefault(m => m.Id == quote.MeetingId) is { Date: null } undated)
        {
            // The meeting cannot be checked until it has a date, nor can a quote that refers to it.
            Todo($"meeting: '{undated.Id}' has no date yet; date it before this quote can be checked");
        }

        Pair(Keys.Meeting, quote.MeetingId);
        Pair(Keys.Source, draft.Source.Id);
        Pair(Keys.Text, quote.Text);
        if (quote.Flag is not null)
        {
            Comment("flag: " + quote.Flag);
        }

        foreach (var todo in quote.Todos.Where(t => t.Field is not (Keys.Speaker or Keys.Meeting)))
        {
            Todo(todo.Text);
        }
    }

    /// <summary>A key and a list of mappings, one an item; <c>key: []</c> when there are none.</summary>
    private void Section<T>(string key, IReadOnlyCollection<T> items, System.Action<T> write)
    {
        Emit(Key(key));
        Emit(new SequenceStart(null, null, true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var item in items)
        {
            Emit(new MappingStart(null, null, true, MappingStyle.Block));
            write(item);
            Emit(new MappingEnd());
        }

        Emit(new SequenceEnd());
    }

    private void Mapping(string key, System.Action write)
    {
        Emit(Key(key));
        Emit(new MappingStart(null, null, true, MappingStyle.Block));
        write();
        Emit(new MappingEnd());
    }

    private void FlowList(string key, IEnumerable<string> values)
    {
        Emit(Key(key));
        Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        foreach (var value in values)
        {
            Emit(Value(value));
        }

        Emit(new SequenceEnd());
    }

    /// <summary>A key and its value; nothing when the value is null (the key is left out, as the schema allows).</summary>
    private void Pair(string key, string? value)
    {
        if (value is not null)
        {
            Emit(Key(key));
            Emit(Value(value));
        }
    }

    private void Todo(string message) => Comment("TODO: " + message);

    private void Comment(string text) => Emit(new Comment(YamlComment.Escape(text), false));

    private void Emit(ParsingEvent parsingEvent) => _emitter.Emit(parsingEvent);

    /// <summary>A key: one of the schema's, written plain.</summary>
    private static Scalar Key(string key) => new(null, null, key, ScalarStyle.Plain, true, false);

    /// <summary>A value from the article or the draft: always double-quoted, escaped by the emitter.</summary>
    private static Scalar Value(string value) => new(null, null, value, ScalarStyle.DoubleQuoted, false, true);
}
