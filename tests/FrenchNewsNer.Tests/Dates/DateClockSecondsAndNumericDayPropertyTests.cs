using System.Globalization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Generated news sentences for clock times written with seconds ("19:56:30", "7:56:30 pm"), which keep
/// their seconds in the value, and for numeric day/month dates without a year ("le 23/12").
/// </summary>
public sealed class DateClockSecondsAndNumericDayPropertyTests
{
    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    private static Entity[] Dates(string text, DateOnly reference) =>
        EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = reference }).Entities.Where(e => e.Kind == EntityKind.Date).ToArray();

    [Property(MaxTest = 60)]
    public void A_clock_time_with_seconds_keeps_its_seconds(int hourSeed, int minuteSeed, int secondSeed, bool meridiem)
    {
        var hour = Pick(hourSeed, 24);
        var minute = Pick(minuteSeed, 60);
        var second = Pick(secondSeed, 60);
        var written = meridiem && hour is >= 1 and <= 23 && hour != 12
            ? string.Create(CultureInfo.InvariantCulture, $"{(hour > 12 ? hour - 12 : hour)}:{minute:D2}:{second:D2} {(hour > 12 ? "pm" : "am")}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}:{second:D2}");
        var date = Assert.Single(Dates($"Le signal a été reçu à {written} par la station.", new DateOnly(2024, 3, 5)));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(written, date.Text);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}:{second:D2}"), value.Timex);
    }

    [Property(MaxTest = 60)]
    public void A_numeric_day_and_month_without_a_year_is_a_date_and_a_fraction_is_not(int daySeed, int monthSeed)
    {
        var month = 1 + Pick(monthSeed, 12);
        var day = 13 + Pick(daySeed, DateTime.DaysInMonth(2001, month) - 12);
        if (day == 24 && month == 7)
        {
            day = 25; // "24/7" is "round the clock", which the grammar leaves out on purpose
        }

        var reference = new DateOnly(2023, 9, 17);
        var written = string.Create(CultureInfo.InvariantCulture, $"{day}/{month}");
        var date = Assert.Single(Dates($"La réunion du {written} a été reportée, et 1/2 des élus étaient absents.", reference));
        Assert.Equal(written, date.Text);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"-{month:D2}-{day:D2}"), Assert.IsType<DateValue>(date.Value).Timex);
    }

    [Property(MaxTest = 60)]
    public void Two_numeric_days_joined_by_a_dash_are_one_range_in_the_year_written_last(int daySeed, int lengthSeed, int yearSeed)
    {
        var first = new DateOnly(2001, 1, 1).AddDays(Pick(daySeed, 300));
        var year = 1990 + Pick(yearSeed, 35);
        var from = new DateOnly(year, first.Month, first.Day);
        var to = from.AddDays(1 + Pick(lengthSeed, 40));
        var written = string.Create(CultureInfo.InvariantCulture, $"{from.Day}/{from.Month}-{to.Day}/{to.Month}/{to.Year}");
        var date = Assert.Single(Dates($"Le festival s'est tenu {written} dans le parc.", new DateOnly(2025, 6, 1)));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(written, date.Text);
        Assert.Equal((DateValueType.DateRange, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (value.Type!.Value, value.Start, value.End));
    }

    [Property(MaxTest = 60)]
    public void A_bare_day_then_a_time_range_is_one_date_time_range_on_that_day(int daySeed, int hourSeed, int lengthSeed, bool entre)
    {
        var day = 1 + Pick(daySeed, 28);
        var from = 8 + Pick(hourSeed, 8);
        var to = from + 1 + Pick(lengthSeed, 5);
        var range = entre ? $"entre {from} h et {to} h" : $"de {from}h à {to}h";
        var date = Assert.Single(Dates($"Le maire recevra les habitants le {day} {range}, selon la mairie.", new DateOnly(2024, 2, 14)));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal($"{day} {range}", date.Text);
        Assert.Equal(DateValueType.DateTimeRange, value.Type);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"-{day:D2}T{from:D2}:00"), value.Start);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"-{day:D2}T{to:D2}:00"), value.End);
    }

    [Fact]
    public void A_day_number_before_de_and_a_count_stays_a_number()
    {
        Assert.Empty(Dates("Il y avait le 17 de 14 personnes dans la salle.", new DateOnly(2024, 2, 14)));
    }

    [Property(MaxTest = 60)]
    public void A_bare_hour_then_le_and_a_weekday_is_a_time_on_that_day(int hourSeed, int weekdaySeed, bool capital)
    {
        var hour = 7 + Pick(hourSeed, 14);
        var weekday = new CultureInfo("fr-FR").DateTimeFormat.DayNames[Pick(weekdaySeed, 7)];
        weekday = capital ? char.ToUpperInvariant(weekday[0]) + weekday[1..] : weekday;
        var phrase = $"{hour}h le {weekday}";
        var date = Assert.Single(Dates($"Le ministre reviendra {phrase} pour signer l'accord.", new DateOnly(2024, 2, 14)));
        Assert.Equal(phrase, date.Text);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:00"), Assert.IsType<DateValue>(date.Value).Timex);
    }
}
