using System;
using System.Globalization;

namespace SinoRussia.Dataset.Tool.Drafting;

/// <summary>
/// Resolves a date phrase against the publication date: a stated day ("on February 28, 2025"; without
/// a year, the publication's year) is <c>stated</c>; a relative one ("on Tuesday", "last week", "at the
/// end of last year") is <c>inferred</c>, with a note saying how. Nothing is resolved without a
/// publication date, and "recently" never is: the reason comes back instead.
/// </summary>
internal static class DateResolver
{
    /// <summary>Resolves a phrase.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="published">The publication date, when the text states it.</param>
    /// <returns>The date, or null and why not.</returns>
    public static (DraftDate? Date, string? Reason) Resolve(DatePhrase phrase, DateOnly? published)
    {
        var m = phrase.Match;
        if (phrase.Kind is "month-day" or "day-month")
        {
            var (monthName, dayText) = phrase.Kind == "month-day" ? (m.Groups[1].Value, m.Groups[2].Value) : (m.Groups[2].Value, m.Groups[1].Value);
            var month = Vocabulary.MonthNumber(monthName);
            var day = int.Parse(dayText, NumberStyles.None, CultureInfo.InvariantCulture);
            if (m.Groups[3].Success)
            {
                var year = int.Parse(m.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                return Day(year, month, day) is { } stated ? Ok(new DraftDate(Iso(stated), DatePrecision.Day, FactBasis.Stated, null)) : No(phrase.Quoted + " is no date");
            }

            if (published is not { } p)
            {
                return No(phrase.Quoted + " states no year and the text states no publication date");
            }

            // The text states the day and month; the year is inferred from the publication date (the year
            // before it when the day falls after the publication day).
            var later = (month, day).CompareTo((p.Month, p.Day)) > 0;
            var y = later ? p.Year - 1 : p.Year;
            var which = later ? $"the year before the publication date {Iso(p)}, since {phrase.Quoted} falls after it" : $"the year of the publication date {Iso(p)}";
            return Day(y, month, day) is { } value
                ? Ok(new DraftDate(Iso(value), DatePrecision.Day, FactBasis.Inferred, $"{phrase.Quoted}: the text states the day and month; the year is {which}"))
                : No(phrase.Quoted + " is no date");
        }

        if (phrase.Kind == "recently")
        {
            return No(phrase.Quoted + " gives no date");
        }

        if (published is not { } date)
        {
            return No(phrase.Quoted + " cannot be resolved: the text states no publication date");
        }

        return Relative(phrase, date);
    }

    private static (DraftDate? Date, string? Reason) Relative(DatePhrase phrase, DateOnly p)
    {
        var m = phrase.Match;
        var q = phrase.Quoted;
        switch (phrase.Kind)
        {
            case "weekday":
                var target = System.Linq.Enumerable.ToList(Vocabulary.Weekdays).IndexOf(m.Groups[1].Value);
                var back = ((Weekday(p) - target) % 7 + 7) % 7;
                if (back == 0 && m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase))
                {
                    back = 7;
                }

                var day = p.AddDays(-back);
                return Ok(new DraftDate(Iso(day), DatePrecision.Day, FactBasis.Inferred, back > 0
                    ? $"{q} before the publication date {Describe(p)}"
                    : $"{q}: the publication date {Describe(p)}"));
            case "yesterday":
                return Ok(new DraftDate(Iso(p.AddDays(-1)), DatePrecision.Day, FactBasis.Inferred, $"{q} before the publication date {Describe(p)}"));
            case "today":
                return Ok(new DraftDate(Iso(p), DatePrecision.Day, FactBasis.Inferred, $"{q}: the publication date {Describe(p)}"));
            case "end-last-year":
                return Ok(new DraftDate(Month(p.Year - 1, 12), DatePrecision.Month, FactBasis.Inferred,
                    $"{q}: December {p.Year - 1}, the year before the publication date {Iso(p)}"));
            case "start-year":
                return Ok(new DraftDate(Month(p.Year, 1), DatePrecision.Month, FactBasis.Inferred, $"{q}: January {p.Year}, the year of the publication date {Iso(p)}"));
        }

        var unit = m.Groups[1].Value.ToLowerInvariant();
        if (phrase.Kind == "last" && unit == "week")
        {
            var monday = p.AddDays(-(Weekday(p) + 7));
            var sunday = monday.AddDays(6);
            var note = $"{q} before the publication date {Describe(p)}: the week of {Iso(monday)} to {Iso(sunday)}";
            if (monday.Month == sunday.Month)
            {
                return Ok(new DraftDate(Month(monday.Year, monday.Month), DatePrecision.Month, FactBasis.Inferred, note));
            }

            return monday.Year == sunday.Year ? Ok(new DraftDate(Year(monday.Year), DatePrecision.Year, FactBasis.Inferred, note)) : No(note + ", over two years");
        }

        if (unit == "week")
        {
            return Ok(new DraftDate(Month(p.Year, p.Month), DatePrecision.Month, FactBasis.Inferred, $"{q}: the week of the publication date {Describe(p)}"));
        }

        if (unit == "month")
        {
            if (phrase.Kind == "last")
            {
                var previous = p.AddMonths(-1);
                return Ok(new DraftDate(Month(previous.Year, previous.Month), DatePrecision.Month, FactBasis.Inferred, $"{q}: the month before the publication date {Iso(p)}"));
            }

            return Ok(new DraftDate(Month(p.Year, p.Month), DatePrecision.Month, FactBasis.Inferred, $"{q}: the month of the publication date {Iso(p)}"));
        }

        return phrase.Kind == "last"
            ? Ok(new DraftDate(Year(p.Year - 1), DatePrecision.Year, FactBasis.Inferred, $"{q}: the year before the publication date {Iso(p)}"))
            : Ok(new DraftDate(Year(p.Year), DatePrecision.Year, FactBasis.Inferred, $"{q}: the year of the publication date {Iso(p)}"));
    }

    private static (DraftDate? Date, string? Reason) Ok(DraftDate date) => (date, null);

    private static (DraftDate? Date, string? Reason) No(string reason) => (null, reason);

    /// <summary>Monday 0 to Sunday 6.</summary>
    private static int Weekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    private static string Describe(DateOnly day) => Iso(day) + " (" + Vocabulary.Weekdays[Weekday(day)] + ")";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.ToString("00", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    private static DateOnly? Day(int year, int month, int day)
        => year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
