using System.Globalization;
using FsCheck.Xunit;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Recognizers-Text, the library whose value shape FORMAT.md follows, agrees with us on generated ranges:
/// the same span and the same timex, type, start and end. One recogniser serves every case (it is slow to
/// build). Where Recognizers-Text is wrong, the case is listed in <see cref="KnownOracleErrors"/> with the
/// reason, never filtered silently.
/// </summary>
[FrenchNewsNer.Tests.Oracle.OracleProperties]
public sealed class RecognizersTextRangeOracleTests
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly Lazy<DateTimeModel> Model = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.French).GetDateTimeModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly DateTime ReferenceTime = new(2023, 9, 17);

    /// <summary>
    /// Generated shapes on which Recognizers-Text's French model is wrong, the field it gets wrong, and why. Every
    /// other field of these shapes is still compared.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (string Field, string Reason)> KnownOracleErrors = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["du D au D mois AAAA/hours"] = ("value", "Recognizers-Text .NET reads some day ranges as hours of a day (\"du 5 au 14 janvier 2000\" → a datetimerange of 2000-01-05 from 06:00 to 14:00): the month after the second number makes them days"),
        ["du D au D mois AAAA"] = ("span", "Recognizers-Text .NET leaves \"du\" out of some spans (\"du 1 au 2 janvier 2000\" → \"1 au 2 janvier 2000\") and not of others (\"du 18 au 25 janvier 2000\"), though its own French spec puts it in (\"du 4 au 23 le mois prochain\", \"du 01/10/2018 au 07/10/2018\") and FORMAT.md makes a range one entity from its first word"),
    };

    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    private static (string Text, string Timex, string Type)? Oracle(string sentence)
    {
        var result = Model.Value.Parse(sentence, ReferenceTime).FirstOrDefault();
        if (result?.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IList<Dictionary<string, string>> values || values.Count == 0)
        {
            return null;
        }

        return (result.Text, values[0]["timex"], values[0]["type"]);
    }

    internal static void Agree(string shape, string sentence)
    {
        var oracle = Oracle(sentence);
        Assert.NotNull(oracle);
        var date = DateCompositionPropertyTests.OnlyDate(sentence, DateOnly.FromDateTime(ReferenceTime));
        var value = Assert.IsType<DateValue>(date.Value);
        if (oracle.Value.Type is "datetimerange" or "timerange" && KnownOracleErrors.ContainsKey(shape + "/hours"))
        {
            Assert.Equal((DateValueType?)DateValueType.DateRange, value.Type); // Recognizers-Text's error, listed with its reason
            return;
        }

        var known = KnownOracleErrors.TryGetValue(shape, out var error) ? error.Field : null;
        if (known == "span")
        {
            // Ours from the opener on; Recognizers-Text's the same, or without its opener.
            Assert.True(
                string.Equals(oracle.Value.Text, date.Text, StringComparison.OrdinalIgnoreCase)
                || (date.Text.StartsWith("du ", StringComparison.Ordinal) && string.Equals(oracle.Value.Text, date.Text[3..], StringComparison.OrdinalIgnoreCase)),
                $"ours '{date.Text}', Recognizers-Text '{oracle.Value.Text}'");
        }
        else
        {
            Assert.Equal(oracle.Value.Text, date.Text, ignoreCase: true);
        }

        // Recognizers-Text's resolution writes the ends as values ("06:00:00"); FORMAT.md's start and end are the
        // TIMEX3 of each end, as inside its timex "(start,end,duration)".
        var ends = oracle.Value.Timex.Trim('(', ')').Split(',');
        Assert.Equal((oracle.Value.Timex, oracle.Value.Type, ends[0], ends[1]), (value.Timex, value.Type is { } t ? FrenchNewsNer.Serialization.FormatJson.DateTypeName(t) : null, value.Start, value.End));
    }

    [Property(MaxTest = 25)]
    public void Day_ranges_agree(int daySeed, int lengthSeed, int monthSeed, int yearSeed)
    {
        var month = 1 + Pick(monthSeed, 12);
        var first = 1 + Pick(daySeed, 20);
        var last = first + 1 + Pick(lengthSeed, 7);
        var year = 2000 + Pick(yearSeed, 25);
        Agree("du D au D mois AAAA", $"Le salon aura lieu du {first} au {last} {Months[month - 1]} {year}.");
    }

    [Property(MaxTest = 25)]
    public void Year_ranges_agree(int firstSeed, int lengthSeed, bool entre)
    {
        var first = 1960 + Pick(firstSeed, 60);
        var last = first + 1 + Pick(lengthSeed, 10);
        Agree(entre ? "entre AAAA et AAAA" : "de AAAA à AAAA", entre ? $"Il a vécu à Lyon entre {first} et {last}." : $"Il a vécu à Lyon de {first} à {last}.");
    }

    [Property(MaxTest = 25)]
    public void Hour_ranges_agree(int firstSeed, int lengthSeed)
    {
        var first = 6 + Pick(firstSeed, 10);
        var last = first + 1 + Pick(lengthSeed, 6);
        Agree("de Hh à Hh", string.Create(CultureInfo.InvariantCulture, $"La mairie est ouverte de {first}h à {last}h."));
    }
}
