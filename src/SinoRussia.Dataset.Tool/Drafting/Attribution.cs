namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>An attribution in a sentence: a subject and a verb of speech.</summary>
internal sealed class Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="mention">The subject.</param>
    /// <param name="kind">Where it stands.</param>
    /// <param name="start">Where it begins (its subject's title, or "According").</param>
    /// <param name="verbStart">The verb's start.</param>
    /// <param name="verbEnd">The verb's end.</param>
    /// <param name="end">Its end (after the verb and a "that").</param>
    public Attribution(Mention mention, AttributionKind kind, int start, int verbStart, int verbEnd, int end)
    {
        Mention = mention;
        Kind = kind;
        Start = start;
        VerbStart = verbStart;
        VerbEnd = verbEnd;
        End = end;
    }

    /// <summary>The subject.</summary>
    public Mention Mention { get; }

    /// <summary>Where it stands.</summary>
    public AttributionKind Kind { get; }

    /// <summary>Where it begins.</summary>
    public int Start { get; }

    /// <summary>The verb's start.</summary>
    public int VerbStart { get; }

    /// <summary>The verb's end.</summary>
    public int VerbEnd { get; }

    /// <summary>Its end.</summary>
    public int End { get; }

    /// <summary>The official it attributes to, once resolved (null when a pronoun has nobody to stand for).</summary>
    public string? Speaker { get; set; }

    /// <summary>Its words as the text has them: "he added", "Wang Yi said", "according to the top Chinese diplomat".</summary>
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
