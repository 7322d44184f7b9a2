namespace SinoRussia.Dataset;

/// <summary>How a meeting was held.</summary>
public enum MeetingFormat
{
    /// <summary>Face to face (<c>in-person</c>).</summary>
    InPerson,

    /// <summary>By video link (<c>virtual</c>).</summary>
    Virtual,

    /// <summary>By telephone (<c>phone</c>).</summary>
    Phone,
}

/// <summary>A participant's part in a meeting.</summary>
public enum ParticipantRole
{
    /// <summary>Received the other side (<c>host</c>).</summary>
    Host,

    /// <summary>Was received (<c>guest</c>).</summary>
    Guest,

    /// <summary>Took part where nobody hosts, as in a call or virtual meeting (<c>participant</c>).</summary>
    Participant,
}

/// <summary>Whether a quote is the document's quotation or its report of what was said.</summary>
public enum QuoteKind
{
    /// <summary>The words inside the document's quotation marks, verbatim.</summary>
    Direct,

    /// <summary>A statement the document attributes without quotation marks, as an excerpt of its sentence.</summary>
    Reported,
}

/// <summary>How a date or place is known.</summary>
public enum FactBasis
{
    /// <summary>The document states it.</summary>
    Stated,

    /// <summary>Only the document's dateline gives it.</summary>
    Dateline,

    /// <summary>Inferred (for example from a weekday and the publication date, or from public record); the note says how.</summary>
    Inferred,
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year only.</summary>
    Year,
}
