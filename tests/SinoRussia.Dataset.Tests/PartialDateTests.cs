namespace SinoRussia.Dataset.Tests;

/// <summary>The 1.0 API of <see cref="PartialDate"/> and <see cref="Source"/>: default value, parsing, ordering, overlap, display.</summary>
public class PartialDateTests
{
    [Fact]
    public void Default_is_the_first_day_of_year_one_like_dateonly()
    {
        var date = default(PartialDate);
        date.Earliest.ShouldBe(DateOnly.MinValue);
        date.Latest.ShouldBe(DateOnly.MinValue);
        date.ToString().ShouldBe("0001-01-01");
        date.ShouldBe(new PartialDate(1, 1, 1, DatePrecision.Day));
        date.GetHashCode().ShouldBe(new PartialDate(1, 1, 1, DatePrecision.Day).GetHashCode());
    }

    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-02-28", DatePrecision.Day, "2025-02-28", "2025-02-28")]
    public void Parse_reads_what_tostring_writes(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);
        date.Precision.ShouldBe(precision);
        date.Earliest.ShouldBe(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture));
        date.Latest.ShouldBe(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-02-29")]
    [InlineData("2025-13")]
    [InlineData("0000")]
    [InlineData("2025-2-28")]
    [InlineData("2025/02/28")]
    [InlineData(" 2025")]
    public void TryParse_refuses_what_is_not_a_date(string? text)
    {
        PartialDate.TryParse(text, out _).ShouldBeFalse();
        if (text is not null)
        {
            Should.Throw<FormatException>(() => PartialDate.Parse(text));
        }
    }

    [Fact]
    public void Dates_order_by_first_day_then_finer_precision_first()
    {
        var dates = new[] { "2025", "2024-12-31", "2025-01", "2025-01-01", "2024" }.Select(PartialDate.Parse).ToList();
        dates.Order().Select(d => d.ToString()).ShouldBe(new[] { "2024", "2024-12-31", "2025-01-01", "2025-01", "2025" });
        (PartialDate.Parse("2025-01-01") < PartialDate.Parse("2025-01")).ShouldBeTrue();
        (PartialDate.Parse("2025") >= PartialDate.Parse("2025-01")).ShouldBeTrue();
        (PartialDate.Parse("2024-12-31") > PartialDate.Parse("2025")).ShouldBeFalse();
        (PartialDate.Parse("2025") <= PartialDate.Parse("2025")).ShouldBeTrue();
        ((IComparable)PartialDate.Parse("2025")).CompareTo(null).ShouldBe(1);
        Should.Throw<ArgumentException>(() => ((IComparable)PartialDate.Parse("2025")).CompareTo("2025"));
    }

    [Fact]
    public void Overlaps_when_the_ranges_of_days_share_one()
    {
        PartialDate.Parse("2025-02").Overlaps(PartialDate.Parse("2025-02-28")).ShouldBeTrue();
        PartialDate.Parse("2025").Overlaps(PartialDate.Parse("2025-02")).ShouldBeTrue();
        PartialDate.Parse("2025-02-28").Overlaps(PartialDate.Parse("2025-03")).ShouldBeFalse();
        PartialDate.Parse("2024").Overlaps(PartialDate.Parse("2025-01-01")).ShouldBeFalse();
    }

    [Fact]
    public void A_source_displays_what_it_states_of_itself_and_its_id_only_when_it_states_nothing()
    {
        Sources.ById("tass-2025-12-02").ToString().ShouldBe("TASS, 2025-12-02");
        var unattributed = Sources.ById("unattributed-report-2025");
        unattributed.ToString().ShouldBe(unattributed.Title);
        new Source { Id = "bare", File = "bare.txt" }.ToString().ShouldBe("bare");
    }
}
