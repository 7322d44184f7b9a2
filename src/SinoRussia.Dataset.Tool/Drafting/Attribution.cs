namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>An attribution in a sentence: a subject and a verb of speech. Immutable: the speaker tracker returns a copy with <see cref="Speaker"/>.</summary>
/// <param name="Mention">The subject.</param>
/// <param name="Kind">Where it stands.</param>
/// <param name="Start">Where it begins (its subject's title, or "According").</param>
/// <param name="VerbStart">The verb's start.</param>
/// <param name="VerbEnd">The verb's end.</param>
/// <param name="End">Its end (after the verb and a "that").</param>
internal sealed record Attribution(Mention Mention, AttributionKind Kind, int Start, int VerbStart, int VerbEnd, int End)
{
    /// <summary>The official who speaks, once the subject is resolved; null when it stands for nobody.</summary>
    public string? Speaker { get; init; }

    /// <summary>The attribution's words as a cue for a person ("he said", "according to Wang").</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The cue.</returns>
    public string Cue(string text)
    {
        var subject = text[Mention.Start..Mention.End];
        var verb = text[VerbStart..VerbEnd];
        if (Kind == AttributionKind.According)
        {
            return "according to " + subject;
        }

        return VerbStart > Mention.Start ? subject + " " + verb : verb + " " + subject;
    }
}
