using System.Collections.Generic;

#if SINORUSSIA_GENERATOR
namespace SinoRussia.Dataset.Generator.Schema;
#else
namespace SinoRussia.Dataset;
#endif

// The closed vocabularies of the schema, declared once: each enum and, in Vocabularies below, the one
// YAML spelling of each of its values. This file is shared source, compiled into the runtime (public
// enums in SinoRussia.Dataset) and into the generator (internal, in SinoRussia.Dataset.Generator.Schema),
// the way System.Text.Json links its Common files into its source generator.

/// <summary>How a meeting was held.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum MeetingFormat
{
    /// <summary>Face to face.</summary>
    InPerson,

    /// <summary>By video link.</summary>
    Virtual,

    /// <summary>By telephone.</summary>
    Phone,
}

/// <summary>A participant's part in a meeting.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum ParticipantRole
{
    /// <summary>Received the other side.</summary>
    Host,

    /// <summary>Was received.</summary>
    Guest,

    /// <summary>Took part where nobody hosts, as in a call or virtual meeting.</summary>
    Participant,
}

/// <summary>Whether a quote is the document's quotation or its report of what was said.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum QuoteKind
{
    /// <summary>The words inside the document's quotation marks, verbatim.</summary>
    Direct,

    /// <summary>A statement the document attributes without quotation marks, as an excerpt of its sentence.</summary>
    Reported,
}

/// <summary>How a quote's speaker is known from its document.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum SpeakerAttribution
{
    /// <summary>The sentence the quote stands in (or that reports it) names the speaker: the default.</summary>
    Sentence,

    /// <summary>
    /// Only the paragraph-continuation rule gives it: the quote's own sentence names nobody, and the
    /// speaker is the one the paragraph (or the quotation it continues) last attributed words to.
    /// </summary>
    Continuation,
}

/// <summary>How a date or place is known.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum FactBasis
{
    /// <summary>The document states it.</summary>
    Stated,

    /// <summary>Only the document's dateline gives it.</summary>
    Dateline,

    /// <summary>Inferred (for example from a weekday and the publication date, or from public record); the note says how.</summary>
    Inferred,
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
#if SINORUSSIA_GENERATOR
internal
#else
public
#endif
enum DatePrecision
{
    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year only.</summary>
    Year,
}

/// <summary>The YAML spelling of every vocabulary value: the only place these spellings are written.</summary>
internal static class Vocabularies
{
    /// <summary>The spelling of <see cref="MeetingFormat.Virtual"/>, as a constant for the event coding's rule of the same name.</summary>
    public const string VirtualCode = "virtual";

    /// <summary>The spelling of <see cref="MeetingFormat.Phone"/>, as a constant for the event coding's rule of the same name.</summary>
    public const string PhoneCode = "phone";

    public static readonly Vocabulary<MeetingFormat> Formats = new(Keys.Format,
        (MeetingFormat.InPerson, "in-person"), (MeetingFormat.Virtual, VirtualCode), (MeetingFormat.Phone, PhoneCode));

    public static readonly Vocabulary<ParticipantRole> Roles = new(Keys.Role,
        (ParticipantRole.Host, "host"), (ParticipantRole.Guest, "guest"), (ParticipantRole.Participant, "participant"));

    public static readonly Vocabulary<QuoteKind> QuoteKinds = new(Keys.Kind,
        (QuoteKind.Direct, "direct"), (QuoteKind.Reported, "reported"));

    public static readonly Vocabulary<SpeakerAttribution> Attributions = new(Keys.Attribution,
        (SpeakerAttribution.Sentence, "sentence"), (SpeakerAttribution.Continuation, "continuation"));

    public static readonly Vocabulary<FactBasis> Bases = new(Keys.Basis,
        (FactBasis.Stated, "stated"), (FactBasis.Dateline, Keys.Dateline /* the same word as the source key */), (FactBasis.Inferred, "inferred"));

    public static readonly Vocabulary<DatePrecision> Precisions = new(Keys.Precision,
        (DatePrecision.Day, "day"), (DatePrecision.Month, "month"), (DatePrecision.Year, "year"));

    /// <summary>Every vocabulary, for the schema writer, the data dictionary and the tests.</summary>
    public static readonly IReadOnlyList<IVocabulary> All = new IVocabulary[] { Formats, Roles, QuoteKinds, Attributions, Bases, Precisions };
}
