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
}
