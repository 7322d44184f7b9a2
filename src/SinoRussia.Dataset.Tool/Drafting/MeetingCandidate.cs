using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// A meeting while it is being drafted. Immutable: each stage (the date and place found near its
/// trigger, an event it was on the sidelines of, the dateline, the merge of reports of one meeting)
/// returns a new candidate.
/// </summary>
/// <param name="Participants">The participants, in the text's order.</param>
/// <param name="Line">The 1-based line where it is first reported.</param>
/// <param name="InQuotation">Whether it is only mentioned inside quotations.</param>
/// <param name="Cue">The words that report it.</param>
/// <param name="Format">The format the words give, where they give one.</param>
internal sealed record MeetingCandidate(
    IReadOnlyList<(string? Official, Mention? Mention)> Participants,
    int Line,
    bool InQuotation,
    string Cue,
    MeetingFormat? Format)
{
    /// <summary>The date, when the text gives one that can be resolved.</summary>
    public DraftDate? Date { get; init; }

    /// <summary>Why a date phrase could not be resolved, when one could not.</summary>
    public string? DateTodo { get; init; }

    /// <summary>The place, when the text gives one.</summary>
    public DraftPlace? Place { get; init; }

    /// <summary>What a person must decide about it, so far.</summary>
    public IReadOnlyList<DraftTodo> Todos { get; init; } = Array.Empty<DraftTodo>();

    /// <summary>A candidate from its trigger.</summary>
    /// <param name="trigger">The words that report it.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The candidate, with no date or place yet.</returns>
    public static MeetingCandidate From(MeetingTrigger trigger, int line)
        => new(trigger.People.ToList(), line, trigger.InQuotation, trigger.Cue, trigger.Format);

    /// <summary>The ids of the participants named or resolved.</summary>
    public HashSet<string> Ids() => Participants.Where(p => p.Official is not null).Select(p => p.Official!).ToHashSet(StringComparer.Ordinal);
}
