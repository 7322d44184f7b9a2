using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Writes a draft as YAML in the dataset's schema: sections <c>sources</c>, <c>officials</c> (proposed),
/// <c>meetings</c> and <c>quotes</c>, every string through <see cref="YamlScalar.Quote"/>, and a
/// <c># TODO:</c> comment where a person must decide, in place of the value when there is none
/// (an undecided speaker, an unresolved date).
/// </summary>
internal static class DraftYamlWriter
{
    /// <summary>The draft as YAML.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The YAML text, ending with a newline.</returns>
    public static string Write(Draft draft)
    {
        var w = new StringBuilder();
        void Line(int indent, string s) => w.Append(' ', indent * 2).Append(s).Append('\n');
        void Key(int indent, string name, string? value, bool first = false)
        {
            if (value is not null)
            {
                Line(indent, (first ? "- " : string.Empty) + name + ": " + YamlScalar.Quote(value));
            }
        }

        void Todo(int indent, string message) => Line(indent, "# TODO: " + YamlScalar.Comment(message));

        var source = draft.Source;
        Line(0, "# DRAFT written by `sinorussia-dataset draft` from " + YamlScalar.Comment(source.File) + ": not curated data.");
        Line(0, "# Check every value against the text and resolve every TODO before moving a record into data/.");
        Line(0, "sources:");
        Key(1, Keys.Id, source.Id, first: true);
        Key(2, Keys.File, source.File);
        Key(2, Keys.Publisher, source.Publisher);
        Key(2, Keys.Title, source.Title);
        Key(2, Keys.Published, source.Published);
        Key(2, Keys.PublishedTime, source.PublishedTime);
        Key(2, Keys.TimeZone, source.TimeZone);
        Key(2, Keys.Dateline, source.Dateline);
        Key(2, Keys.Author, source.Author);
        Key(2, Keys.Language, source.Language);
        foreach (var todo in source.Todos)
        {
            Todo(2, todo);
        }

        foreach (var alias in draft.ProposedAliases)
        {
            Todo(0, $"line {alias.Line}: add {YamlScalar.Quote(alias.Spelling)} to the aliases of {alias.OfficialId} in data/officials.yaml (a new spelling of a known official)");
        }

        Line(0, draft.ProposedOfficials.Count == 0 ? "officials: []" : "officials:");
        foreach (var official in draft.ProposedOfficials)
        {
            Key(1, Keys.Id, official.Id, first: true);
            Key(2, Keys.Name, official.Name);
            Line(2, "aliases: [" + YamlScalar.Quote(official.Name) + "]");
            if (official.Country is null)
            {
                Todo(2, $"country: the text does not say which country {official.Name} serves");
            }

            Key(2, Keys.Country, official.Country);
            Line(2, "positions: []");
            Todo(2, "positions: a new official proposed from the text; add the posts from public record");
        }

        Line(0, draft.Meetings.Count == 0 ? "meetings: []" : "meetings:");
        foreach (var meeting in draft.Meetings)
        {
            WriteMeeting(meeting, draft.Source.Id, Line, Key, Todo);
        }

        Line(0, draft.Quotes.Count == 0 ? "quotes: []" : "quotes:");
        foreach (var quote in draft.Quotes)
        {
            Key(1, Keys.Id, quote.Id, first: true);
            Line(2, $"# line {quote.Line}" + (quote.SpeakerCue is null ? string.Empty : ": " + YamlScalar.Comment(quote.SpeakerCue)));
            Key(2, Keys.Kind, quote.Kind.ToCode());
            if (quote.SpeakerId is null)
            {
                Todo(2, quote.Todos.FirstOrDefault(t => t.Field == Keys.Speaker)?.Text ?? "speaker undecided");
            }

            Key(2, Keys.Speaker, quote.SpeakerId);
            if (quote.MeetingId is null)
            {
                Todo(2, quote.Todos.FirstOrDefault(t => t.Field == Keys.Meeting)?.Text ?? "meeting: which meeting was it said at?");
            }

            else if (draft.Meetings.FirstOrDefault(m => m.Id == quote.MeetingId) is { Date: null } undated)
            {
                // The meeting cannot be checked until it has a date, nor can a quote that refers to it.
                Todo(2, $"meeting: '{undated.Id}' has no date yet; date it before this quote can be checked");
            }

            Key(2, Keys.Meeting, quote.MeetingId);
            Key(2, Keys.Source, draft.Source.Id);
            Key(2, Keys.Text, quote.Text);
            if (quote.Flag is not null)
            {
                Line(2, "# flag: " + YamlScalar.Comment(quote.Flag));
            }

            foreach (var todo in quote.Todos.Where(t => t.Field is not (Keys.Speaker or Keys.Meeting)).Select(t => t.Text))
            {
                Todo(2, todo);
            }
        }

        return w.ToString();
    }

    private static void WriteMeeting(DraftMeeting meeting, string sourceId, Action<int, string> line, Action<int, string, string?, bool> key, Action<int, string> todo)
    {
        key(1, Keys.Id, meeting.Id, true);
        line(2, $"# line {meeting.Line}: " + YamlScalar.Comment(meeting.Cue));
        key(2, Keys.Title, meeting.Title, false);
        if (meeting.Date is { } date)
        {
            line(2, "date:");
            key(3, Keys.Value, date.Value, false);
            key(3, Keys.Precision, date.Precision.ToCode(), false);
            key(3, Keys.Basis, date.Basis.ToCode(), false);
            key(3, Keys.Note, date.Note, false);
        }
        else
        {
            todo(2, meeting.Todos.FirstOrDefault(t => t.Field == Keys.Date)?.Text ?? "date: the text gives no date for it");
        }

        if (meeting.Place is { } place)
        {
            line(2, "place:");
            key(3, Keys.City, place.City, false);
            key(3, Keys.Country, place.Country, false);
            key(3, Keys.Venue, place.Venue, false);
            key(3, Keys.Basis, place.Basis.ToCode(), false);
            key(3, Keys.Note, place.Note, false);
        }

        if (meeting.Format is null)
        {
            todo(2, meeting.Todos.FirstOrDefault(t => t.Field == Keys.Format)?.Text ?? "format: " + string.Join(", ", Codes.All<MeetingFormat>()) + "?");
        }

        key(2, Keys.Format, meeting.Format?.ToCode(), false);
        line(2, "participants:");
        foreach (var participant in meeting.Participants)
        {
            key(3, Keys.Official, participant.OfficialId, true);
            key(4, Keys.Role, participant.Role.ToCode(), false);
            key(4, Keys.TitleInSource, participant.TitleInSource, false);
        }

        line(2, "sources: [" + YamlScalar.Quote(sourceId) + "]");
        // A TODO about the date or the format stands in place of the missing value (above); any other, here.
        foreach (var t in meeting.Todos.Where(x => !(x.Field == Keys.Date && meeting.Date is null) && !(x.Field == Keys.Format && meeting.Format is null)).Select(x => x.Text))
        {
            todo(2, t);
        }
    }
}
