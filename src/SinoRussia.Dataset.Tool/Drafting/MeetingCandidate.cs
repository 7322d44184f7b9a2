using System;
using System.Collections.Generic;
using System.Linq;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A meeting while it is being drafted.</summary>
internal sealed class MeetingCandidate
{
    /// <summary>Creates a candidate from its trigger.</summary>
    /// <param name="trigger">The words that report it.</param>
    /// <param name="line">The 1-based line.</param>
    public MeetingCandidate(MeetingTrigger trigger, int line)
    {
        Participants = trigger.People.ToList();
        Line = line;
        InQuotation = trigger.InQuotation;
        Cue = trigger.Cue;
        Format = trigger.Format;
    }

    /// <summary>The participants, in the text's order.</summary>
    public List<(string? Official, Mention? Mention)> Participants { get; }

    /// <summary>The 1-based line where it is first reported.</summary>
    public int Line { get; }

    /// <summary>Whether it is only mentioned inside quotations.</summary>
    public bool InQuotation { get; set; }

    /// <summary>The words that report it.</summary>
    public string Cue { get; }

    /// <summary>Its date, when resolved.</summary>
    public DraftDate? Date { get; set; }

    /// <summary>Why the date is not resolved, when a phrase dates it.</summary>
    public string? DateTodo { get; set; }

    /// <summary>Its place.</summary>
    public DraftPlace? Place { get; set; }

    /// <summary>in-person, phone or virtual.</summary>
    public MeetingFormat? Format { get; set; }

    /// <summary>What a person must decide.</summary>
    public List<DraftTodo> Todos { get; } = new();

    /// <summary>The ids of the officials taking part.</summary>
    /// <returns>The ids, as a set.</returns>
    public HashSet<string> Ids() => Participants.Where(p => p.Official is not null).Select(p => p.Official!).ToHashSet(StringComparer.Ordinal);
}
