using FrenchNewsNer.Dates;

namespace FrenchNewsNer.Tests.Dates;

public class TimexResolverTests
{
    private static string Resolve(DateExpression e, string reference, Direction tense = Direction.None, string? anchor = null) =>
        TimexResolver.Resolve(e, new ResolutionContext(
            reference == "-" ? null : DateOnly.Parse(reference),
            anchor is null ? null : DateOnly.Parse(anchor),
            null,
            tense));

    [Theory]
    // reference is a Sunday (7); a bare weekday goes back, a future tense forward, "ce" stays in the ISO week.
    [InlineData(3, 0, false, 0, "2023-09-13")]
    [InlineData(7, 0, false, 0, "2023-09-17")]
    [InlineData(3, 0, false, 1, "2023-09-20")]
    [InlineData(7, 0, false, 1, "2023-09-17")]
    [InlineData(7, -1, false, 0, "2023-09-10")]
    [InlineData(7, 1, false, 0, "2023-09-24")]
    [InlineData(1, 1, false, -1, "2023-09-18")]
    [InlineData(1, 0, true, 1, "2023-09-11")]
    public void Weekdays(int weekday, int modifier, bool @this, int tense, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Weekday, Weekday = weekday, Modifier = (Direction)modifier, This = @this }, "2023-09-17", (Direction)tense));

    [Theory]
    [InlineData(9, 13, 0, "2023-09-20", "2023-09-13")]
    [InlineData(3, 8, 0, "2023-09-17", "2024-03-08")]
    [InlineData(3, 8, -1, "2023-09-17", "2023-03-08")]
    [InlineData(9, 1, 1, "2023-09-17", "2024-09-01")]
    [InlineData(12, 20, 0, "2003-02-24", "2002-12-20")]
    [InlineData(2, 29, 0, "2023-09-17", "2024-02-29")]
    [InlineData(2, 29, 0, "2022-01-10", "2020-02-29")]
    public void Day_and_month_without_a_year(int month, int day, int tense, string reference, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Calendar, Month = month, Day = day }, reference, (Direction)tense));

    [Theory]
    [InlineData(4, 0, "2023-09-17", "2023-04")]
    [InlineData(3, 0, "2023-09-17", "2023-03")]
    [InlineData(2, 0, "2023-09-17", "2024-02")]
    [InlineData(4, 1, "2023-09-17", "2024-04")]
    [InlineData(10, -1, "2023-09-17", "2022-10")]
    [InlineData(9, -1, "2023-09-17", "2023-09")]
    public void Month_without_a_year(int month, int tense, string reference, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Calendar, Month = month }, reference, (Direction)tense));

    [Theory]
    // "ce week-end" on a Tuesday is the weekend just gone; with a future tense the coming one.
    [InlineData("2003-02-04", 0, 0, "2003-W05-WE")]
    [InlineData("2003-02-04", 0, 1, "2003-W06-WE")]
    [InlineData("2023-09-16", 0, 0, "2023-W37-WE")]
    [InlineData("2023-09-17", -1, 0, "2023-W36-WE")]
    [InlineData("2003-02-04", -1, 0, "2003-W05-WE")]
    [InlineData("2003-02-04", 1, 0, "2003-W06-WE")]
    [InlineData("2023-09-17", 1, 0, "2023-W38-WE")]
    public void Weekends(string reference, int amount, int tense, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Period, Unit = PeriodUnit.WeekEnd, Amount = amount }, reference, (Direction)tense));

    [Theory]
    [InlineData((int)PeriodUnit.Week, 0, "2021-01-03", "2020-W53")]
    [InlineData((int)PeriodUnit.Week, 1, "2020-12-31", "2021-W01")]
    [InlineData((int)PeriodUnit.Month, -1, "2023-01-15", "2022-12")]
    [InlineData((int)PeriodUnit.Quarter, -1, "2023-02-15", "2022-Q4")]
    [InlineData((int)PeriodUnit.Half, 1, "2023-09-15", "2024-H1")]
    [InlineData((int)PeriodUnit.Year, -1, "2023-09-15", "2022")]
    public void Periods(int unit, int amount, string reference, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Period, Unit = (PeriodUnit)unit, Amount = amount }, reference));

    [Theory]
    [InlineData("SU", true, 0, "2023-09-17", "2023-SU")]
    [InlineData("WI", true, 0, "2023-10-01", "2024-WI")]
    [InlineData("WI", true, 0, "2024-02-01", "2024-WI")]
    [InlineData("SU", false, -1, "2023-09-17", "2023-SU")]
    [InlineData("SU", false, -1, "2023-07-01", "2022-SU")]
    [InlineData("SU", false, 1, "2023-07-01", "2024-SU")]
    [InlineData("SP", false, 1, "2023-01-10", "2023-SP")]
    [InlineData("SU", false, 0, "2023-07-01", "XXXX-SU")]
    public void Seasons(string season, bool @this, int modifier, string reference, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Season, Season = season, This = @this, Modifier = (Direction)modifier }, reference));

    [Theory]
    [InlineData(98, "1999-05-23", "1998-10")]
    [InlineData(18, "2016-11-07", "2018-10")]
    [InlineData(30, "2016-11-07", "1930-10")]
    [InlineData(30, "-", "2030-10")]
    [InlineData(50, "-", "1950-10")]
    public void Two_digit_years_take_the_century_near_the_reference(int year, string reference, string expected) =>
        Assert.Equal(expected, Resolve(new DateExpression { Form = DateForm.Calendar, Year = year, TwoDigitYear = true, Month = 10 }, reference));

    [Fact]
    public void Anaphoric_expressions_count_from_the_anchor_day()
    {
        var veille = new DateExpression { Form = DateForm.RelativeDay, Amount = -1, Anaphoric = true };
        Assert.Equal("2023-09-12", Resolve(veille, "2023-09-17", anchor: "2023-09-13"));
        Assert.Equal("2023-09-16", Resolve(veille, "2023-09-17"));
        var time = new DateExpression { Form = DateForm.TimeOnly, Hour = 9, Minute = 5 };
        Assert.Equal("1999-08-29T09:05", Resolve(time, "1999-08-10", anchor: "1999-08-29"));
        Assert.Equal("T09:05", Resolve(time, "-")); // no day talked about: a time of day
    }

    [Fact]
    public void The_edges_of_the_calendar_do_not_throw()
    {
        var hier = new DateExpression { Form = DateForm.RelativeDay, Amount = -1 };
        Assert.Equal("XXXX-XX-XX", Resolve(hier, "0001-01-01"));
        var nextWeekend = new DateExpression { Form = DateForm.Period, Unit = PeriodUnit.WeekEnd, Amount = 1 };
        Assert.Equal("XXXX", Resolve(nextWeekend, "9999-12-31"));
        var inTwoYears = new DateExpression { Form = DateForm.Offset, Unit = PeriodUnit.Month, Amount = 24 };
        Assert.Equal("XXXX", Resolve(inTwoYears, "9999-06-01"));
    }

    [Theory]
    [InlineData("2023-09-17T14:30", 2023, 9, 17)]
    [InlineData("2023-09", 2023, 9, 0)]
    [InlineData("2023", 2023, 0, 0)]
    [InlineData("2023-W37", 2023, 0, 0)]
    [InlineData("2023-Q3", 2023, 0, 0)]
    public void Calendar_points_read_the_leading_fields(string timex, int year, int month, int day)
    {
        Assert.True(CalendarPoint.TryParse(timex, out var point));
        Assert.Equal(new CalendarPoint(year, month, day), point);
    }

    [Theory]
    [InlineData("XXXX-09-13")]
    [InlineData("PAST_REF")]
    [InlineData("199")]
    [InlineData("P1M")]
    public void Calendar_points_reject_partial_and_vague_values(string timex) =>
        Assert.False(CalendarPoint.TryParse(timex, out _));
}
