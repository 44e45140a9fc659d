using System.Globalization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Generated news sentences for the date families joined after composition: the stretch of the last or
/// next N periods ("les trois derniers mois"), a clock time or time range with the day it is on (in either
/// order, through "le" or a closing comma), a weekday in a named week ("mardi de la semaine prochaine"),
/// "la nouvelle année", and a dash glued to one side only, which joins nothing.
/// </summary>
public sealed class DateJoinPropertyTests
{
    private static readonly CultureInfo French = new("fr-FR");

    // .NET's French names: "janvier" … "décembre"; the weekdays from Sunday ("dimanche").
    private static string MonthName(int month) => French.DateTimeFormat.MonthNames[month - 1];

    private static string WeekdayName(int isoWeekday) => French.DateTimeFormat.DayNames[isoWeekday % 7];

    private static readonly string[] CountWords = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];

    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Day(int seed) => new DateOnly(1995, 1, 1).AddDays(Pick(seed, 12000));

    private static Entity[] Dates(string text, DateOnly reference) =>
        EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = reference }).Entities.Where(e => e.Kind == EntityKind.Date).ToArray();

    [Property(MaxTest = 80)]
    public void The_last_or_next_n_periods_are_one_range_from_or_to_the_publication_date(int referenceSeed, int countSeed, int unitSeed, bool past, bool inWords)
    {
        var reference = Day(referenceSeed);
        var n = 2 + Pick(countSeed, 9);
        var (plural, feminine, letter) = Pick(unitSeed, 4) switch
        {
            0 => ("jours", false, 'D'),
            1 => ("semaines", true, 'W'),
            2 => ("mois", false, 'M'),
            _ => ("années", true, 'Y'),
        };
        var adjective = (past, feminine) switch
        {
            (true, false) => "derniers",
            (true, true) => "dernières",
            (false, false) => "prochains",
            _ => "prochaines",
        };
        var count = inWords ? CountWords[n - 2] : n.ToString(CultureInfo.InvariantCulture);
        var phrase = $"{count} {adjective} {plural}";
        DateOnly Move(DateOnly d, int k) => letter switch
        {
            'D' => d.AddDays(k),
            'W' => d.AddDays(7 * k),
            'M' => d.AddMonths(k),
            _ => d.AddYears(k),
        };
        var (first, last) = past ? (Move(reference, -n), reference) : (reference.AddDays(1), Move(reference.AddDays(1), n));

        var date = Assert.Single(Dates($"Les prix ont beaucoup varié au cours des {phrase}, selon l'institut.", reference));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal($"({D(first)},{D(last)},P{n}{letter})", value.Timex);
        Assert.Equal((DateValueType.DateRange, D(first), D(last)), (value.Type!.Value, value.Start, value.End));
    }

    [Property(MaxTest = 60)]
    public void A_time_range_then_le_and_its_day_is_one_date_time_range(int daySeed, int hourSeed, int lengthSeed)
    {
        var day = Day(daySeed);
        var from = 6 + Pick(hourSeed, 10);
        var to = from + 1 + Pick(lengthSeed, 6);
        var phrase = $"de {from} h à {to} h le {day.Day} {MonthName(day.Month)} {day.Year}";
        var date = Assert.Single(Dates($"Le bureau de vote sera ouvert {phrase}, a précisé la mairie.", new DateOnly(2024, 1, 15)));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal(DateValueType.DateTimeRange, value.Type);
        Assert.Equal(($"{D(day)}T{from:D2}:00", $"{D(day)}T{to:D2}:00"), (value.Start, value.End));
    }

    [Property(MaxTest = 60)]
    public void A_clock_time_then_its_day_is_one_date_time(int daySeed, int hourSeed, int minuteSeed, bool throughLe)
    {
        var day = Day(daySeed);
        var hour = 1 + Pick(hourSeed, 23);
        var minute = 5 * Pick(minuteSeed, 12);
        var clock = minute == 0 ? $"{hour} h" : $"{hour} h {minute:D2}";
        var phrase = throughLe ? $"{clock} le {day.Day} {MonthName(day.Month)} {day.Year}" : $"{clock}, hier";
        var reference = throughLe ? new DateOnly(2024, 1, 15) : day.AddDays(1);
        var text = $"L'accident s'est produit à {phrase}.";
        var date = Assert.Single(Dates(text, reference));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal($"{D(day)}T{hour:D2}:{minute:D2}", value.Timex);
        Assert.Equal(DateValueType.DateTime, value.Type);
    }

    [Property(MaxTest = 40)]
    public void A_day_between_commas_after_a_time_stays_its_own_date(int referenceSeed, int hourSeed)
    {
        var reference = Day(referenceSeed);
        var hour = Pick(hourSeed, 24);
        var dates = Dates($"Vers {hour} h 40, hier, les secours sont intervenus.", reference);
        Assert.Equal(["Vers " + hour + " h 40", "hier"], dates.Select(d => d.Text).ToArray());
    }

    [Property(MaxTest = 60)]
    public void An_evening_day_gives_its_time_range_evening_hours(int referenceSeed, int hourSeed, int lengthSeed)
    {
        var reference = Day(referenceSeed);
        var from = 6 + Pick(hourSeed, 3);
        var to = from + 1 + Pick(lengthSeed, 3);
        var phrase = $"hier soir entre {from} h et {to} h";
        var date = Assert.Single(Dates($"Les cambrioleurs ont agi {phrase}, selon la police.", reference));
        var value = Assert.IsType<DateValue>(date.Value);
        var yesterday = D(reference.AddDays(-1));
        Assert.Equal(phrase, date.Text);
        Assert.Equal(($"{yesterday}T{from + 12:D2}:00", $"{yesterday}T{to + 12:D2}:00"), (value.Start, value.End));
    }

    [Property(MaxTest = 60)]
    public void A_weekday_of_a_named_week_is_that_day(int referenceSeed, int weekdaySeed, int weekSeed)
    {
        var reference = Day(referenceSeed);
        var weekday = 1 + Pick(weekdaySeed, 7);
        var (week, shift) = Pick(weekSeed, 3) switch
        {
            0 => ("la semaine prochaine", 7),
            1 => ("la semaine dernière", -7),
            _ => ("cette semaine", 0),
        };
        var phrase = $"{WeekdayName(weekday)} de {week}";
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        var expected = monday.AddDays(shift + weekday - 1);
        var date = Assert.Single(Dates($"Le conseil se réunit {phrase} à la mairie.", reference));
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal((D(expected), DateValueType.Date), (value.Timex, value.Type!.Value));
    }

    [Property(MaxTest = 40)]
    public void The_new_year_is_the_year_starting_or_about_to(int referenceSeed)
    {
        var reference = Day(referenceSeed);
        var date = Assert.Single(Dates("Le président a présenté ses vœux pour la nouvelle année.", reference));
        Assert.Equal("la nouvelle année", date.Text);
        Assert.Equal((reference.Year + (reference.Month >= 7 ? 1 : 0)).ToString(CultureInfo.InvariantCulture), ((DateValue)date.Value!).Timex);
    }

    [Property(MaxTest = 40)]
    public void A_dash_glued_to_one_side_joins_no_range(int weekdaySeed, int monthSeed)
    {
        var weekday = WeekdayName(1 + Pick(weekdaySeed, 7));
        var month = MonthName(1 + Pick(monthSeed, 12));
        var dates = Dates($"Il est venu {weekday}- {month} dernier, sous la pluie.", new DateOnly(2024, 1, 15));
        Assert.Equal([weekday, month + " dernier"], dates.Select(d => d.Text).ToArray());
    }
}
