using System;
using System.Collections.Generic;

namespace SinoRussia.Dataset;

/// <summary>
/// The YAML spelling of every vocabulary value (<c>in-person</c>, <c>host</c>, <c>direct</c>,
/// <c>inferred</c>, <c>day</c>): the one place the runtime turns an enum into the text the data, the
/// JSON, CSV and Parquet exports and the JSON Schemas use. An undefined value throws; there is no
/// fallback spelling.
/// </summary>
public static class Codes
{
    /// <summary>The YAML spelling of a meeting format.</summary>
    /// <param name="format">The format.</param>
    /// <returns><c>in-person</c>, <c>virtual</c> or <c>phone</c>.</returns>
    public static string ToCode(this MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in-person",
        MeetingFormat.Virtual => "virtual",
        MeetingFormat.Phone => "phone",
        _ => throw Undefined(format),
    };

    /// <summary>The YAML spelling of a participant's role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>host</c>, <c>guest</c> or <c>participant</c>.</returns>
    public static string ToCode(this ParticipantRole role) => role switch
    {
        ParticipantRole.Host => "host",
        ParticipantRole.Guest => "guest",
        ParticipantRole.Participant => "participant",
        _ => throw Undefined(role),
    };

    /// <summary>The YAML spelling of a quote's kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>direct</c> or <c>reported</c>.</returns>
    public static string ToCode(this QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Reported => "reported",
        _ => throw Undefined(kind),
    };

    /// <summary>The YAML spelling of how a fact is known.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns><c>stated</c>, <c>dateline</c> or <c>inferred</c>.</returns>
    public static string ToCode(this FactBasis basis) => basis switch
    {
        FactBasis.Stated => "stated",
        FactBasis.Dateline => "dateline",
        FactBasis.Inferred => "inferred",
        _ => throw Undefined(basis),
    };

    /// <summary>The YAML spelling of a date's precision.</summary>
    /// <param name="precision">The precision.</param>
    /// <returns><c>day</c>, <c>month</c> or <c>year</c>.</returns>
    public static string ToCode(this DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => throw Undefined(precision),
    };

    /// <summary>The spellings of every value of a vocabulary enum, in declaration order.</summary>
    /// <typeparam name="TEnum">One of <see cref="MeetingFormat"/>, <see cref="ParticipantRole"/>,
    /// <see cref="QuoteKind"/>, <see cref="FactBasis"/>, <see cref="DatePrecision"/>.</typeparam>
    /// <returns>The spellings.</returns>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var codes = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            codes[i] = values[i] switch
            {
                MeetingFormat v => v.ToCode(),
                ParticipantRole v => v.ToCode(),
                QuoteKind v => v.ToCode(),
                FactBasis v => v.ToCode(),
                DatePrecision v => v.ToCode(),
                _ => throw new ArgumentException($"{typeof(TEnum).Name} is not a vocabulary of the dataset.", nameof(TEnum)),
            };
        }

        return codes;
    }

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value) where TEnum : struct, Enum
        => new(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");
}
