using System.Globalization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Generated news sentences for the composed dates of issue 15: ranges (each connector × random days,
/// months, years, hours), sets (each quantifier × each period), modifiers (each modifier × a random date)
/// and the tense rule, checking span, timex, type, start, end and mod.
/// </summary>
public sealed class DateCompositionPropertyTests
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private static readonly DateOnly Reference = new(2023, 9, 17);

    internal static Entity OnlyDate(string text, DateOnly? reference = null)
    {
        var result = EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = reference ?? Reference });
        return Assert.Single(result.Entities, e => e.Kind == EntityKind.Date);
    }

    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    private static string D(int year, int month, int day) => new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Property(MaxTest = 60)]
    public void A_day_range_is_one_date_range(int daySeed, int lengthSeed, int monthSeed, int yearSeed, bool entre)
    {
        var month = 1 + Pick(monthSeed, 12);
        var year = 1990 + Pick(yearSeed, 40);
        var first = 1 + Pick(daySeed, 20);
        var last = first + 1 + Pick(lengthSeed, 7);
        var phrase = entre
            ? $"entre le {first} et le {last} {Months[month - 1]} {year}"
            : $"du {first} au {last} {Months[month - 1]} {year}";
        var date = OnlyDate($"Le festival se tiendra {phrase} à Lyon.");
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal($"({D(year, month, first)},{D(year, month, last)},P{last - first}D)", value.Timex);
        Assert.Equal((DateValueType.DateRange, D(year, month, first), D(year, month, last), (DateModifier?)null), (value.Type!.Value, value.Start, value.End, value.Mod));
    }

    [Property(MaxTest = 60)]
    public void A_range_of_two_full_dates_takes_each_its_own_month(int daySeed, int monthSeed, int yearSeed)
    {
        var year = 1995 + Pick(yearSeed, 30);
        var month = 1 + Pick(monthSeed, 11);
        var day = 1 + Pick(daySeed, 28);
        var phrase = $"du {day} {Months[month - 1]} au {day} {Months[month]} {year}";
        var value = Assert.IsType<DateValue>(OnlyDate($"L'exposition est ouverte {phrase}.").Value);
        var days = new DateOnly(year, month + 1, day).DayNumber - new DateOnly(year, month, day).DayNumber;
        Assert.Equal($"({D(year, month, day)},{D(year, month + 1, day)},P{days}D)", value.Timex);
    }

    [Property(MaxTest = 60)]
    public void A_year_range_runs_from_first_january_to_first_january(int firstSeed, int lengthSeed, int connectorSeed)
    {
        var first = 1950 + Pick(firstSeed, 70);
        var last = first + 1 + Pick(lengthSeed, 15);
        var phrase = Pick(connectorSeed, 3) switch
        {
            0 => $"entre {first} et {last}",
            1 => $"de {first} à {last}",
            _ => $"{first}-{last}",
        };
        var date = OnlyDate($"Il a dirigé le club {phrase}, avec succès.");
        var value = Assert.IsType<DateValue>(date.Value);
        Assert.Equal(phrase, date.Text);
        Assert.Equal($"({first}-01-01,{last}-01-01,P{last - first}Y)", value.Timex);
        Assert.Equal((DateValueType.DateRange, $"{first}-01-01", $"{last}-01-01"), (value.Type!.Value, value.Start, value.End));
    }

    [Property(MaxTest = 60)]
    public void A_month_range_takes_the_year_written_after_it(int firstSeed, int lengthSeed, int yearSeed)
    {
        var first = 1 + Pick(firstSeed, 10);
        var last = first + 1 + Pick(lengthSeed, 12 - first);
        var year = 1990 + Pick(yearSeed, 40);
        var phrase = $"de {Months[first - 1]} à {Months[last - 1]} {year}";
        var value = Assert.IsType<DateValue>(OnlyDate($"Les travaux ont duré {phrase}.").Value);
        Assert.Equal($"({year}-{first:D2}-01,{year}-{last:D2}-01,P{last - first}M)", value.Timex);
    }

    [Property(MaxTest = 60)]
    public void An_hour_range_is_one_time_range(int firstSeed, int lengthSeed, bool entre, bool minutes)
    {
        var first = 6 + Pick(firstSeed, 10);
        var last = first + 1 + Pick(lengthSeed, 6);
        var m = minutes ? " 30" : string.Empty;
        var phrase = entre ? $"entre {first} h{m} et {last} h{m}" : $"de {first} h{m} à {last} h{m}";
        var date = OnlyDate($"La mairie sera ouverte {phrase} pour les inscriptions.");
        var value = Assert.IsType<DateValue>(date.Value);
        var start = minutes ? $"T{first:D2}:30" : $"T{first:D2}";
        var end = minutes ? $"T{last:D2}:30" : $"T{last:D2}";
        Assert.Equal(phrase, date.Text);
        Assert.Equal(($"({start},{end},PT{last - first}H)", DateValueType.TimeRange, start, end), (value.Timex, value.Type!.Value, value.Start, value.End));
    }

    [Property(MaxTest = 30)]
    public void A_weekday_range_ends_after_it_starts(int firstSeed, int lengthSeed)
    {
        var first = Pick(firstSeed, 5);
        var last = first + 1 + Pick(lengthSeed, 6 - first);
        var phrase = $"du {Weekdays[first]} au {Weekdays[last]}";
        var value = Assert.IsType<DateValue>(OnlyDate($"Le musée est ouvert {phrase}.").Value);
        Assert.Equal(DateValueType.DateRange, value.Type);
        Assert.True(string.CompareOrdinal(value.Start, value.End) < 0, value.Timex);
        Assert.EndsWith($"P{last - first}D)", value.Timex, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public void A_quantifier_makes_any_period_a_set(int quantifierSeed, int periodSeed, int countSeed)
    {
        var periods = new (string Singular, string Plural, string Unit, bool Feminine)[]
        {
            ("jour", "jours", "D", false), ("semaine", "semaines", "W", true), ("mois", "mois", "M", false), ("année", "années", "Y", true), ("an", "ans", "Y", false),
        };
        var (singular, plural, unit, feminine) = periods[Pick(periodSeed, periods.Length)];
        var count = 2 + Pick(countSeed, 5);
        var counted = new[] { "deux", "trois", "quatre", "cinq", "six" }[count - 2];
        var (phrase, timex) = Pick(quantifierSeed, 3) switch
        {
            0 => ($"chaque {singular}", $"P1{unit}"),
            1 => ($"{(feminine ? "toutes" : "tous")} les {plural}", $"P1{unit}"),
            _ => ($"{(feminine ? "toutes" : "tous")} les {counted} {plural}", $"P{count}{unit}"),
        };
        var date = OnlyDate($"Le comité se réunit {phrase} à la mairie.");
        Assert.Equal((phrase, timex, DateValueType.Set), (date.Text, ((DateValue)date.Value!).Timex, ((DateValue)date.Value!).Type!.Value));
    }

    [Property(MaxTest = 30)]
    public void A_quantified_weekday_is_a_weekly_set(int daySeed, bool plural, bool withTime, int hourSeed)
    {
        var day = Pick(daySeed, 7);
        var hour = 8 + Pick(hourSeed, 12);
        var phrase = (plural ? $"tous les {Weekdays[day]}s" : $"chaque {Weekdays[day]}") + (withTime ? $" à {hour} h" : string.Empty);
        var date = OnlyDate($"Le marché s'installe {phrase} sur la place.");
        var timex = $"XXXX-WXX-{day + 1}" + (withTime ? $"T{hour:D2}" : string.Empty);
        Assert.Equal((phrase, timex, DateValueType.Set), (date.Text, ((DateValue)date.Value!).Timex, ((DateValue)date.Value!).Type!.Value));
    }

    [Property(MaxTest = 60)]
    public void A_modifier_before_any_date_joins_the_span_and_sets_mod(int modifierSeed, int daySeed, int monthSeed, int yearSeed, bool yearOnly)
    {
        var modifiers = new (string Words, DateModifier Mod)[]
        {
            ("avant", DateModifier.Before), ("après", DateModifier.After), ("depuis", DateModifier.Since), ("dès", DateModifier.Since),
            ("jusqu'en", DateModifier.Until), ("d'ici", DateModifier.Until), ("vers", DateModifier.Approx), ("à partir de", DateModifier.Since),
        };
        var (words, mod) = modifiers[Pick(modifierSeed, modifiers.Length)];
        var year = 1990 + Pick(yearSeed, 50);
        var month = 1 + Pick(monthSeed, 12);
        var day = 2 + Pick(daySeed, 26);
        var (date, timex) = yearOnly || words == "jusqu'en" || words == "à partir de"
            ? ($"{year}", $"{year}")
            : ($"le {day} {Months[month - 1]} {year}", D(year, month, day));
        var phrase = $"{words} {date}";
        var found = OnlyDate($"Le projet sera financé {phrase}, selon le ministère.");
        var value = Assert.IsType<DateValue>(found.Value);
        Assert.Equal((phrase, timex, (DateModifier?)mod), (found.Text, value.Timex, value.Mod));
    }

    [Theory]
    [InlineData("début", DateModifier.Start)]
    [InlineData("fin", DateModifier.End)]
    [InlineData("mi-", DateModifier.Mid)]
    public void A_boundary_sets_start_mid_or_end(string word, DateModifier mod)
    {
        var phrase = word == "mi-" ? "mi-septembre" : $"{word} septembre";
        var found = OnlyDate($"Les résultats seront publiés {phrase}.");
        var value = Assert.IsType<DateValue>(found.Value);
        Assert.Equal((phrase, "2023-09", (DateModifier?)mod, (DateValueType?)DateValueType.DateRange), (found.Text, value.Timex, value.Mod, value.Type));
    }

    [Property(MaxTest = 40)]
    public void Centuries_and_decades_are_date_ranges(int centurySeed, int decadeSeed)
    {
        var century = 12 + Pick(centurySeed, 10);
        var roman = new[] { "XIIe", "XIIIe", "XIVe", "XVe", "XVIe", "XVIIe", "XVIIIe", "XIXe", "XXe", "XXIe" }[century - 12];
        var found = OnlyDate($"Le château est un monument du {roman} siècle.");
        Assert.Equal(($"{roman} siècle", $"({(century - 1) * 100:D4}-01-01,{century * 100:D4}-01-01,P100Y)"), (found.Text, ((DateValue)found.Value!).Timex));
        var decade = 1900 + (10 * Pick(decadeSeed, 12));
        var decades = OnlyDate($"La mode des années {decade} revient.");
        Assert.Equal(($"({decade}-01-01,{decade + 10}-01-01,P10Y)", (DateValueType?)DateValueType.DateRange), (((DateValue)decades.Value!).Timex, ((DateValue)decades.Value!).Type));
    }

    [Theory]
    // Past tense: the past occurrence; a call, a plan or a future tense: the next one (reference 2025-10-09).
    [InlineData("Le syndicat a manifesté le 14 octobre.", "2024-10-14")]
    [InlineData("Le syndicat a appelé à une grève le 14 octobre.", "2025-10-14")]
    [InlineData("La grève aura lieu le 14 octobre.", "2025-10-14")]
    [InlineData("Il est arrivé lundi.", "2025-10-06")]
    [InlineData("Il arrivera lundi.", "2025-10-13")]
    public void The_tense_picks_the_occurrence(string text, string timex) =>
        Assert.Equal(timex, ((DateValue)OnlyDate(text, new DateOnly(2025, 10, 9)).Value!).Timex);

    [Theory]
    // Fixed holidays and days counted from each year's Easter (computed, not listed).
    [InlineData("Il est revenu à Pâques 2018.", "Pâques 2018", "2018-04-01")]
    [InlineData("Il est revenu à Pâques 2000.", "Pâques 2000", "2000-04-23")]
    [InlineData("Le lundi de Pâques 2024 est férié.", "lundi de Pâques 2024", "2024-04-01")]
    [InlineData("La Pentecôte 2025 tombe tard.", "Pentecôte 2025", "2025-06-08")]
    [InlineData("Nous partirons à Pâques.", "Pâques", "2024-03-31")]
    [InlineData("Il viendra à Noël.", "Noël", "2023-12-25")]
    [InlineData("Le défilé du 14-Juillet a eu lieu.", "14-Juillet", "2023-07-14")]
    [InlineData("Ils ont fêté Mardi Gras.", "Mardi Gras", "2023-02-21")]
    public void Holidays_are_days(string text, string span, string timex)
    {
        var found = OnlyDate(text);
        Assert.Equal((span, timex, (DateValueType?)DateValueType.Date), (found.Text, ((DateValue)found.Value!).Timex, ((DateValue)found.Value!).Type));
    }

    [Theory]
    [InlineData("Le marché se tient le lundi.", "lundi", "XXXX-WXX-1", DateValueType.Set)]
    [InlineData("Il est parti le lundi.", "lundi", "2023-09-11", DateValueType.Date)]
    [InlineData("Il est arrivé en milieu de matinée, le 13 septembre.", "milieu de matinée", "2023-09-13TMO", DateValueType.DateTimeRange)]
    public void A_weekday_in_a_habit_is_a_set_and_a_part_of_day_takes_its_day(string text, string span, string timex, DateValueType type)
    {
        var result = EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = Reference });
        var found = result.Entities.First(e => e.Kind == EntityKind.Date);
        Assert.Equal((span, timex, (DateValueType?)type), (found.Text, ((DateValue)found.Value!).Timex, ((DateValue)found.Value!).Type));
    }

    [Property(MaxTest = 30)]
    public void Am_and_pm_clock_times_are_read(int hourSeed, bool afternoon)
    {
        var hour = 1 + Pick(hourSeed, 11);
        var found = OnlyDate($"Le rendez-vous est fixé à {hour}{(afternoon ? "pm" : "am")}.");
        Assert.Equal($"T{(afternoon ? hour + 12 : hour):D2}", ((DateValue)found.Value!).Timex);
    }

    [Theory]
    [InlineData("Le XXIe siècle sera numérique.")]
    [InlineData("Le Ve arrondissement de Paris est calme.")]
    [InlineData("Ce XIXe siècle fut industriel.")]
    public void An_article_is_never_a_roman_numeral(string text)
    {
        var result = EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = Reference });
        Assert.DoesNotContain(result.Entities, e => e.Start == 0);
    }
}
