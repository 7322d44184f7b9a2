using System.Globalization;
using System.Text.RegularExpressions;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;

namespace SinoRussia.Dataset.Generator.Validation;

/// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> against a stated precision.</summary>
internal static class PartialDateParser
{
    private static readonly Regex s_shape = new(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z", RegexOptions.CultureInvariant);

    /// <summary>A date with no stated precision (a source's <c>published</c>, an added date field): to the precision its form has.</summary>
    public static DateModel? TryParse(string value, out string error)
        => TryParse(value, value.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day }, out error);

    /// <summary>The date, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static DateModel? TryParse(string value, DatePrecision precision, out string error)
    {
        error = string.Empty;
        var match = s_shape.Match(value);
        if (!match.Success)
        {
            error = "expected YYYY-MM-DD, YYYY-MM or YYYY";
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        var expected = day > 0 ? DatePrecision.Day : month > 0 ? DatePrecision.Month : DatePrecision.Year;
        if (precision != expected)
        {
            error = $"precision '{Vocabularies.Precisions.ToCode(precision)}' needs {Shape(precision)}, but the value has the form of {Shape(expected)}";
            return null;
        }

        if (year < 1 || (match.Groups[2].Success && (month < 1 || month > 12)))
        {
            error = "the month must be 01 to 12";
            return null;
        }

        if (match.Groups[3].Success && (day < 1 || day > System.DateTime.DaysInMonth(year, month)))
        {
            error = $"{year:D4}-{month:D2} has no day {day:D2}";
            return null;
        }

        return new DateModel(year, month, day, precision);
    }

    /// <summary>The first day the date may stand for, as a comparable number (yyyymmdd).</summary>
    public static int Earliest(DateModel date) => (date.Year * 10000) + (System.Math.Max(1, date.Month) * 100) + System.Math.Max(1, date.Day);

    public static string Format(DateModel date) => date.Precision switch
    {
        DatePrecision.Day => $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}",
        DatePrecision.Month => $"{date.Year:D4}-{date.Month:D2}",
        _ => $"{date.Year:D4}",
    };

    private static string Shape(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "YYYY-MM-DD",
        DatePrecision.Month => "YYYY-MM",
        _ => "YYYY",
    };
}
