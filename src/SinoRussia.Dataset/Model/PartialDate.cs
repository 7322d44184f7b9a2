using System;
using System.Globalization;

namespace SinoRussia.Dataset;

/// <summary>
/// A date known to the day, the month or the year. <see cref="Earliest"/> and <see cref="Latest"/>
/// give the range of days it may stand for.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> are 0 where the precision leaves them out.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1-12), or 0 for year precision.</param>
    /// <param name="day">The day of the month, or 0 for month or year precision.</param>
    /// <param name="precision">How much of the date is known.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not make a date of that precision.</exception>
    public PartialDate(int year, int month, int day, DatePrecision precision)
    {
        var valid = precision switch
        {
            DatePrecision.Day => month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month),
            DatePrecision.Month => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day == 0,
            DatePrecision.Year => year is >= 1 and <= 9999 && month == 0 && day == 0,
            _ => false,
        };
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), $"{year}-{month}-{day} is not a date of precision {precision}.");
        }

        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, or 0 when only the year is known.</summary>
    public int Month { get; }

    /// <summary>The day, or 0 when only the month or year is known.</summary>
    public int Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date may stand for.</summary>
    public DateOnly Earliest => new(Year, Math.Max(1, Month), Math.Max(1, Day));

    /// <summary>The last day the date may stand for.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Whether <paramref name="date"/> falls within this date's range.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns>True when <see cref="Earliest"/> &lt;= date &lt;= <see cref="Latest"/>.</returns>
    public bool Contains(DateOnly date) => Earliest <= date && date <= Latest;

    /// <summary>ISO 8601 to the known precision: <c>2025-02-28</c>, <c>2025-02</c> or <c>2025</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(PartialDate other)
        => Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day, Precision);

    /// <summary>Orders by <see cref="Earliest"/>, then by precision (finer first).</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>The sign of the comparison.</returns>
    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
}
