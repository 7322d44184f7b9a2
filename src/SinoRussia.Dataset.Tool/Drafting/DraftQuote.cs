using System.Collections.Generic;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>A drafted quote: a quotation (direct) or an excerpt of an attributed sentence (reported).</summary>
/// <param name="Id">The proposed id, "&lt;source-id&gt;-d1" or "&lt;source-id&gt;-r1".</param>
/// <param name="Kind"><c>direct</c> or <c>reported</c>.</param>
/// <param name="Text">The text, verbatim from the article.</param>
/// <param name="SpeakerId">The speaker's official id; null when the drafter cannot decide (a TODO says why).</param>
/// <param name="SpeakerCue">The attribution the speaker was read from ("he added", "Wang Yi said").</param>
/// <param name="Line">The 1-based line of the article where the text starts.</param>
/// <param name="Flag">"title-or-name" for a quoted name or title a person must decide on; otherwise null.</param>
/// <param name="MeetingId">The drafted meeting it was said at, when the drafter can tell.</param>
/// <param name="Todos">What a person must decide about the quote.</param>
internal sealed record DraftQuote(
    string Id,
    QuoteKind Kind,
    string Text,
    string? SpeakerId,
    string? SpeakerCue,
    int Line,
    string? Flag,
    string? MeetingId,
    IReadOnlyList<DraftTodo> Todos);
