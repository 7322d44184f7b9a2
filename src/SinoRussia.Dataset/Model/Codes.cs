using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// The YAML spelling of every vocabulary value (<see cref="MeetingFormat.InPerson"/> is <c>in-person</c>):
/// the one convention by which an enum of the dataset becomes the text the data, the JSON, CSV and
/// Parquet exports and the JSON Schemas use. The spellings are declared once, beside the enums, in
/// the schema sources the generator shares. An undefined value throws; there is no fallback spelling.
/// </summary>
public static class Codes
{
    /// <summary>The YAML spelling of a meeting format.</summary>
    /// <param name="format">The format.</param>
    /// <returns><c>in-person</c>, <c>virtual</c> or <c>phone</c>.</returns>
    public static string ToCode(this MeetingFormat format) => Vocabularies.Formats.ToCode(format);

    /// <summary>The YAML spelling of a participant's role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>host</c>, <c>guest</c> or <c>participant</c>.</returns>
    public static string ToCode(this ParticipantRole role) => Vocabularies.Roles.ToCode(role);

    /// <summary>The YAML spelling of a quote's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>direct</c> or <c>reported</c>.</returns>
    public static string ToCode(this QuoteKind kind) => Vocabularies.QuoteKinds.ToCode(kind);

    /// <summary>The YAML spelling of how a quote's speaker is known.</summary>
    /// <param name="attribution">The attribution.</param>
    /// <returns><c>sentence</c> or <c>continuation</c>.</returns>
    public static string ToCode(this SpeakerAttribution attribution) => Vocabularies.Attributions.ToCode(attribution);

    /// <summary>The YAML spelling of how a fact is known.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns><c>stated</c>, <c>dateline</c> or <c>inferred</c>.</returns>
    public static string ToCode(this FactBasis basis) => Vocabularies.Bases.ToCode(basis);

    /// <summary>The YAML spelling of a date's precision.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns><c>day</c>, <c>month</c> or <c>year</c>.</returns>
    public static string ToCode(this DatePrecision precision) => Vocabularies.Precisions.ToCode(precision);

    /// <summary>The spellings of every value of a vocabulary enum, in declaration order.</summary>
    /// <typeparam name="TEnum">One of <see cref="MeetingFormat"/>, <see cref="ParticipantRole"/>,
    /// <see cref="QuoteKind"/>, <see cref="SpeakerAttribution"/>, <see cref="FactBasis"/>, <see cref="DatePrecision"/>.</typeparam>
    /// <returns>The spellings.</returns>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum
    {
        foreach (var vocabulary in Vocabularies.All)
        {
            if (vocabulary is Vocabulary<TEnum> found)
            {
                return found.Codes;
            }
        }

        throw new ArgumentException($"{typeof(TEnum).Name} is not a vocabulary of the dataset.", nameof(TEnum));
    }

    /// <summary>The value a YAML spelling stands for, for readers of the exports (ordinal, case-sensitive).</summary>
    /// <typeparam name="TEnum">One of the vocabulary enums.</typeparam>
    /// <param name="code">A spelling, such as <c>in-person</c>.</param>
    /// <param name="value">The value, when the spelling is one of the vocabulary's.</param>
    /// <returns>Whether <paramref name="code"/> is a spelling of <typeparamref name="TEnum"/>.</returns>
    public static bool TryParse<TEnum>(string code, out TEnum value) where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var vocabulary in Vocabularies.All)
        {
            if (vocabulary is Vocabulary<TEnum> found)
            {
                return found.TryParse(code, out value);
            }
        }

        throw new ArgumentException($"{typeof(TEnum).Name} is not a vocabulary of the dataset.", nameof(TEnum));
    }
}
