using System;
using System.Globalization;

namespace SinoRussia.Dataset;

/// <summary>
/// A date known to the day, the month or the year. <see cref="Earliest"/> and <see cref="Latest"/>
/// give the range of days it may stand for. Like <see cref="DateOnly"/>, <c>default(PartialDate)</c> is
/// 0001-01-01 to the day. Dates order by their first day, then by precision (finer first), and
/// <see cref="Parse"/>/<see cref="TryParse"/> read the ISO 8601 forms <see cref="ToString"/> writes.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    // Stored as given; default(PartialDate) has all zeros, which the properties read as 0001-01-01 (day).
    private readonly int _year;
    private readonly int _month;
    private readonly int _day;

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

        _year = year;
        _month = month;
        _day = day;
        Precision = precision;
    }

    /// <summary>The year.</summary>
    public int Year => _year == 0 ? 1 : _year;

    /// <summary>The month, or 0 when only the year is known.</summary>
    public int Month => _year == 0 ? 1 : _month;

    /// <summary>The day, or 0 when only the month or year is known.</summary>
    public int Day => _year == 0 ? 1 : _day;

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

    /// <summary>Whether this date and <paramref name="other"/> may stand for a common day.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when their ranges of days overlap (2025-02 overlaps 2025-02-28 and 2025).</returns>
    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; the form gives the precision.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a date in one of those forms.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY.");

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; the form gives the precision.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether the text is a valid date in one of those forms.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
        {
            return false;
        }

        if (!Digits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year, 0, 0, DatePrecision.Year);
            return true;
        }

        if (text[4] != '-' || !Digits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month, 0, DatePrecision.Month);
            return true;
        }

        if (text[7] != '-' || !Digits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day, DatePrecision.Day);
        return true;
    }

    private static bool Digits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

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

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

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
