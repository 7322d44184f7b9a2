using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>Words that report a meeting ("met with", "held talks with", "X and Y spoke on the phone") and who took part.</summary>
/// <param name="Start">Where the words start.</param>
/// <param name="End">Where they end.</param>
/// <param name="People">The participants: each official (null when a pronoun stands for nobody) and the mention naming them.</param>
/// <param name="Format">in-person, phone or virtual; null when the words do not say.</param>
/// <param name="InQuotation">Whether the words are inside a quotation.</param>
/// <param name="Cue">The words, for the draft's comment.</param>
/// <param name="City">The city of one of several meetings reported together ("met twice, in Moscow and in Beijing").</param>
internal sealed record MeetingTrigger(int Start, int End, IReadOnlyList<(string? Official, Mention? Mention)> People, MeetingFormat? Format,
    bool InQuotation, string Cue, string? City = null);
