extern alias runtime;
using SinoRussia.Dataset.Generator.Model;
using SinoRussia.Dataset.Generator.Schema;
using SinoRussia.Dataset.Generator.Validation;
using Codes = runtime::SinoRussia.Dataset.Codes;
using Organisation = runtime::SinoRussia.Dataset.Organisation;
using PartialDate = runtime::SinoRussia.Dataset.PartialDate;
using Position = runtime::SinoRussia.Dataset.Position;

namespace SinoRussia.Dataset.Generator.Tests;

/// <summary>
/// The date rules live twice, once in the compiler (the generator's checks) and once at run time, and
/// are held equal here: reading a date, and "holds a post on".
/// </summary>
public class DateRuleTests
{
    private static readonly string[] Texts =
    {
        "2025", "2025-02", "2025-02-28", "2024-02-29", "2025-02-29", "2025-13", "2025-00", "2025-01-00", "2025-01-32",
        "0000", "0001", "9999-12-31", "25", "2025-2", "2025-02-1", "2025/02/28", " 2025", "2025 ", "２０２５", "2025-02-28T00", "2025\n", "2025-02\n", "", "abcd",
    };

    public static TheoryData<string> Inputs() => new(Texts);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Generator_and_runtime_read_a_date_alike(string text)
    {
        var runtimeOk = PartialDate.TryParse(text, out var runtimeDate);
        foreach (var precision in Vocabularies.Precisions.Values)
        {
            var generatorDate = PartialDateParser.TryParse(text, precision, out _);
            var runtimeAgrees = runtimeOk && (int)runtimeDate.Precision == (int)precision;
            (generatorDate is not null).ShouldBe(runtimeAgrees, $"'{text}' as {precision}");
            if (generatorDate is not null)
            {
                (generatorDate.Year, generatorDate.Month, generatorDate.Day).ShouldBe((runtimeDate.Year, runtimeDate.Month, runtimeDate.Day));
                PartialDateParser.Format(generatorDate).ShouldBe(runtimeDate.ToString());
            }
        }
    }

    [Fact]
    public void Generator_and_runtime_agree_on_who_holds_a_post_on_a_date()
    {
        var random = new Random(20251202);
        var organisation = new Organisation { Id = "o", Name = "Organisation", Country = "CN" };
        var checkedCases = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var start = RandomDate(random);
            var end = random.Next(3) == 0 ? null : RandomDate(random);
            var date = RandomDate(random);
            var runtimeHeld = new Position { Title = "post", Organisation = organisation, Start = Runtime(start), End = end is null ? null : Runtime(end) }.IsHeldOn(Runtime(date).Earliest);
            PostRule.IsHeldOn(start, end, date).ShouldBe(runtimeHeld, $"start {start}, end {end}, date {date}");
            checkedCases += runtimeHeld ? 1 : 0;
        }

        checkedCases.ShouldBeInRange(1_000, 19_000, "both outcomes are exercised");
    }

    private static DateModel RandomDate(Random random)
    {
        var year = random.Next(2020, 2027);
        return random.Next(3) switch
        {
            0 => new DateModel(year, 0, 0, DatePrecision.Year),
            1 => new DateModel(year, random.Next(1, 13), 0, DatePrecision.Month),
            _ => Day(year, random.Next(1, 13), random),
        };
    }

    private static DateModel Day(int year, int month, Random random) => new(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1), DatePrecision.Day);

    private static PartialDate Runtime(DateModel date)
        => new(date.Year, date.Month, date.Day, (runtime::SinoRussia.Dataset.DatePrecision)(int)date.Precision);
}
