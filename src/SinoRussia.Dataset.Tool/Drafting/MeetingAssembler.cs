using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Turns drafted meetings into records: roles (host and guest by the place's country; participant for
/// calls and virtual meetings, and a TODO where the text does not say who hosted), the title the text
/// gives each participant, the TODOs for what is missing, a proposed id ("who-who-date": surnames, a
/// common Chinese surname with the given name, the format's code for a call or a virtual meeting, the city where the same officials
/// met more than once, "undated" without a date) and a proposed title.
/// </summary>
internal static class MeetingAssembler
{
    /// <summary>Assembles the meeting records.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="meetings">The drafted meetings.</param>
    /// <param name="mentions">Every mention (for titles).</param>
    /// <param name="officials">Every official, known and proposed, by id.</param>
    /// <returns>The records, in order.</returns>
    public static List<DraftMeeting> Assemble(string text, IReadOnlyList<MeetingCandidate> meetings, IReadOnlyList<Mention> mentions,
        IReadOnlyDictionary<string, KnownOfficial> officials)
    {
        var records = new List<DraftMeeting>();
        var used = new Dictionary<string, int>();
        foreach (var meeting in meetings)
        {
            var ids = meeting.Participants.Where(p => p.Official is not null).Select(p => p.Official!).ToList();
            var todos = meeting.Todos.ToList();
            var roles = Roles(meeting, ids, officials, todos);
            var participants = new List<DraftParticipant>();
            foreach (var (official, mention) in meeting.Participants)
            {
                if (official is null)
                {
                    todos.Add(new DraftTodo(Keys.Participants, $"a participant ('{(mention is null ? "?" : ArticleText.Slice(text, mention.Start, mention.End))}') stands for nobody named before it"));
                    continue;
                }

                var title = mention is { Kind: MentionKind.Name } ? mention.Title ?? mention.Apposition : null;
                title ??= mentions.Where(m => m.Kind == MentionKind.Name && m.Official == official).Select(m => m.Title ?? m.Apposition).FirstOrDefault(t => t is not null);
                participants.Add(new DraftParticipant(official, roles[official], title));
            }

            if (meeting.Format is null)
            {
                todos.Add(new DraftTodo(Keys.Format, "format: the text does not say whether it was in person, virtual or by phone"));
            }

            if (meeting.Date is null)
            {
                todos.Add(new DraftTodo(Keys.Date, "date: " + (meeting.DateTodo ?? "the text gives no date for it")));
            }

            if (meeting.Place is null && meeting.Format == MeetingFormat.InPerson)
            {
                todos.Add(new DraftTodo(Keys.Format, $"format: '{MeetingFormat.InPerson.ToCode()}' is read from the wording ('met', 'talks'), not stated; check"));
                todos.Add(new DraftTodo(Keys.Place, "place: the text does not say where"));
            }

            var id = Id(meeting, ids, meetings, officials);
            used[id] = used.TryGetValue(id, out var count) ? count + 1 : 1;
            if (used[id] > 1)
            {
                id += "-" + used[id].ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            records.Add(new DraftMeeting(id, Title(meeting, ids, officials), participants, meeting.Date, meeting.Place, meeting.Format,
                meeting.Cue, meeting.Line, meeting.InQuotation, todos));
        }

        return records;
    }

    private static Dictionary<string, ParticipantRole> Roles(MeetingCandidate meeting, List<string> ids, IReadOnlyDictionary<string, KnownOfficial> officials, List<DraftTodo> todos)
    {
        string? CountryOf(string id) => officials.TryGetValue(id, out var o) ? o.Country : null;
        var roles = new Dictionary<string, ParticipantRole>();
        if (meeting.Format is MeetingFormat.Phone or MeetingFormat.Virtual)
        {
            ids.ForEach(id => roles[id] = ParticipantRole.Participant);
        }
        else if (meeting.Place is { } place && ids.Count(id => CountryOf(id) == place.Country) == 1)
        {
            ids.ForEach(id => roles[id] = CountryOf(id) == place.Country ? ParticipantRole.Host : ParticipantRole.Guest);
            todos.Add(new DraftTodo(Keys.Participants, $"roles: host and guest are read from the place (the official serving {place.Country} hosts), not stated; check"));
        }
        else
        {
            ids.ForEach(id => roles[id] = ParticipantRole.Participant);
            todos.Add(new DraftTodo(Keys.Participants, $"roles: the text does not say who hosted; '{ParticipantRole.Participant.ToCode()}' is a placeholder"));
        }

        return roles;
    }

    private static string Id(MeetingCandidate meeting, List<string> ids, IReadOnlyList<MeetingCandidate> meetings, IReadOnlyDictionary<string, KnownOfficial> officials)
    {
        var parts = new List<string>();
        foreach (var id in ids)
        {
            if (!officials.TryGetValue(id, out var official))
            {
                parts.Add(id);
                continue;
            }

            var surname = official.Surname;
            parts.Add(official.Country == "CN" && Vocabulary.CommonChineseSurnames.Contains(surname) ? id : Slugs.Slug(surname));
        }

        if (meeting.Format is MeetingFormat.Phone or MeetingFormat.Virtual)
        {
            parts.Add(meeting.Format.Value.ToCode());
        }

        var again = meetings.Any(other => !ReferenceEquals(other, meeting) && other.Ids().SetEquals(meeting.Ids()));
        if (again && meeting.Place?.City is { } city && meeting.Format == MeetingFormat.InPerson)
        {
            parts.Add(Slugs.Slug(city));
        }

        parts.Add(meeting.Date?.Value ?? "undated");
        return string.Join("-", parts);
    }

    private static string Title(MeetingCandidate meeting, List<string> ids, IReadOnlyDictionary<string, KnownOfficial> officials)
    {
        var names = ids.Select(id => officials.TryGetValue(id, out var o) ? o.Name : id).ToList();
        switch (meeting.Format)
        {
            case MeetingFormat.Phone:
                return string.Join(" and ", names) + " speak on the phone";
            case MeetingFormat.Virtual:
                return string.Join(" and ", names) + " hold a virtual meeting";
        }

        var title = names.Count > 1 ? names[0] + " meets " + string.Join(" and ", names.Skip(1)) : names[0] + " meets";
        return meeting.Place?.City is { } city ? title + " in " + city : title;
    }
}
