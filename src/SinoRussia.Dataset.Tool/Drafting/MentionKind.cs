namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>How a mention names someone.</summary>
internal enum MentionKind
{
    /// <summary>A name, an alias or a surname.</summary>
    Name,

    /// <summary>"he" or "she".</summary>
    Pronoun,

    /// <summary>A role phrase: "the top Chinese diplomat", "The Chinese foreign minister".</summary>
    Role,

    /// <summary>A plural role phrase: "the two leaders", "The heads of state of China and Russia".</summary>
    PluralRole,
}
