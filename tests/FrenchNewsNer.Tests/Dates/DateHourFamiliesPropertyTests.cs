using System.Globalization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Generated news sentences for dates counted in hours and minutes: "il y a 30 minutes", "il y a 48 heures"
/// (a past instant, resolved to the day it falls on since the publication date has no time of day), and hour
/// ranges written with one unit after a glued dash ("16-17 heures", "14-18h"), and a day with a deadline or a
/// start on it ("jeudi avant 17 h", "demain après 13 heures").
/// </summary>
public sealed class DateHourFamiliesPropertyTests
{
    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    private static Entity[] Dates(string text, DateOnly reference) =>
        EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = reference }).Entities.Where(e => e.Kind == EntityKind.Date).ToArray();

    [Property(MaxTest = 60)]
    public void Il_y_a_hours_or_minutes_is_a_past_date_counted_in_whole_days(int amountSeed, int unitSeed, int daySeed)
    {
        var reference = new DateOnly(2022, 1, 1).AddDays(Pick(daySeed, 700));
        var unit = new[] { "heures", "h", "minutes" }[Pick(unitSeed, 3)];
        var amount = 2 + Pick(amountSeed, unit == "minutes" ? 3000 : 100);
        var phrase = string.Create(CultureInfo.InvariantCulture, $"il y a {amount} {unit}");
        var date = Assert.Single(Dates($"Le suspect a été interpellé {phrase} près de la gare, selon la police.", reference));
        Assert.Equal(phrase, date.Text);
        var daysBack = unit == "minutes" ? amount / (24 * 60) : amount / 24;
        Assert.Equal(reference.AddDays(-daysBack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Assert.IsType<DateValue>(date.Value).Timex);
    }

    [Theory]
    [InlineData("Il y a 3 heures de route entre les deux villes.")]
    [InlineData("Il y a 20 minutes de marche jusqu'à la plage.")]
    [InlineData("Il y a 24 heures par jour.")]
    public void Il_y_a_hours_of_something_is_not_a_date(string text)
    {
        Assert.Empty(Dates(text, new DateOnly(2024, 2, 14)));
    }

    [Property(MaxTest = 60)]
    public void An_hour_glued_to_a_dash_before_a_clock_time_is_one_time_range(int hourSeed, int lengthSeed, bool glued)
    {
        var from = 5 + Pick(hourSeed, 15);
        var to = from + 1 + Pick(lengthSeed, 23 - from);
        var phrase = string.Create(CultureInfo.InvariantCulture, $"{from}-{to}{(glued ? "h" : " heures")}");
        var date = Assert.Single(Dates($"La mairie sera ouverte {phrase} pour les inscriptions.", new DateOnly(2024, 2, 14)));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal((DateValueType.TimeRange, string.Create(CultureInfo.InvariantCulture, $"T{from:D2}"), string.Create(CultureInfo.InvariantCulture, $"T{to:D2}")), (value.Type!.Value, value.Start, value.End));
    }

    [Theory]
    [InlineData("Il faut compter 2-3 heures d'attente.")]
    [InlineData("Ils ont travaillé pendant 8-10 heures.")]
    public void A_small_or_cued_dash_range_of_hours_stays_a_duration(string text)
    {
        Assert.Empty(Dates(text, new DateOnly(2024, 2, 14)));
    }

    [Property(MaxTest = 60)]
    public void A_day_then_avant_or_apres_a_clock_time_is_one_date_time_with_its_modifier(int weekdaySeed, int hourSeed, bool before)
    {
        var reference = new DateOnly(2024, 2, 14); // a Wednesday
        var names = new CultureInfo("fr-FR").DateTimeFormat.DayNames;
        var weekday = Pick(weekdaySeed, 7);
        var hour = 8 + Pick(hourSeed, 12);
        var phrase = string.Create(CultureInfo.InvariantCulture, $"{names[weekday]} {(before ? "avant" : "après")} {hour} h");
        var date = Assert.Single(Dates($"Les candidats devront déposer leur dossier {phrase}, a précisé la préfecture.", reference));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal((DateValueType.DateTime, before ? DateModifier.Before : DateModifier.After), (value.Type!.Value, value.Mod!.Value));
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:00"), value.Timex);
        var day = DateOnly.ParseExact(value.Timex[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal((DayOfWeek)weekday, day.DayOfWeek);
    }

    [Fact]
    public void A_day_then_vers_a_clock_time_stays_two_dates()
    {
        Assert.Equal(2, Dates("L'accident s'est produit mardi vers 21 h 45 sur la rocade.", new DateOnly(2024, 2, 14)).Length);
    }
}
