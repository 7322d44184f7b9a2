using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A drafted meeting: who met whom, when, where and how, as far as the text says.</summary>
/// <param name="Id">The proposed id ("wang-yi-patrushev-2023-02-21"; "undated" when the date is not known).</param>
/// <param name="Title">A proposed title.</param>
/// <param name="Participants">The officials who met, in the order the text names them.</param>
/// <param name="Date">The date, when the text states it or it can be resolved; otherwise null and <paramref name="Todos"/> says why.</param>
/// <param name="Place">The place, when the text states it (or a venue, or the dateline, gives it).</param>
/// <param name="Format"><c>in-person</c>, <c>phone</c> or <c>virtual</c>; null when not recognisable.</param>
/// <param name="Cue">The words the meeting was recognised by ("held talks with").</param>
/// <param name="Line">The 1-based line of the article where the meeting is first reported.</param>
/// <param name="InQuotation">Whether it is only mentioned inside a quotation.</param>
/// <param name="Todos">What a person must decide about the meeting.</param>
internal sealed record DraftMeeting(
    string Id,
    string Title,
    IReadOnlyList<DraftParticipant> Participants,
    DraftDate? Date,
    DraftPlace? Place,
    MeetingFormat? Format,
    string Cue,
    int Line,
    bool InQuotation,
    IReadOnlyList<DraftTodo> Todos)
{
    /// <summary>The ids of the officials who met.</summary>
    public IReadOnlyList<string> OfficialIds => Participants.Select(p => p.OfficialId).ToList();
}
