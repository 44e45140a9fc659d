using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Oracle;

/// <summary>
/// Recognizers-Text as a differential oracle for dates resolved against a reference date: absolute
/// dates in words and digits, relative days (hier, avant-hier, demain, "il y a N jours", "dans N
/// jours"), weekdays with "prochain"/"dernier", and bare weekdays in a past or future sentence. Where
/// Recognizers-Text returns one result on the same span, FrenchNewsNer's TIMEX3 value must be its value
/// (for a bare weekday, which Recognizers-Text resolves both ways, the one the tense picks).
/// </summary>
[OracleProperties(MaxTest = 100)]
public class DateOracleTests
{
    private static readonly CultureInfo French = new("fr-FR");

    private static readonly string[] Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>A date phrase in a sentence, and the reference date it is read against.</summary>
    internal sealed record DateCase(string Before, string Phrase, string After, DateOnly Reference, string Family)
    {
        public string Text => Before + Phrase + After;

        public override string ToString() => $"\"{Text}\" on {Reference:yyyy-MM-dd} ({Family})";
    }

    private static Gen<DateOnly> Days(int fromYear, int toYear) =>
        Gen.Choose(new DateOnly(fromYear, 1, 1).DayNumber, new DateOnly(toYear, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<DateCase> Absolute() =>
        from day in Days(1950, 2040)
        from reference in Days(1990, 2030)
        from format in Gen.Elements("d MMMM yyyy", "dd/MM/yyyy")
        from before in Gen.Elements("Le sommet s'est tenu le ", "La loi a été votée le ", "Il a été signé le ")
        select new DateCase(before, day.ToString(format, French), ", selon le communiqué.", reference, "absolute " + format);

    private static Gen<DateCase> Relative() =>
        from reference in Days(1990, 2030)
        from n in Gen.Choose(2, 20)
        from phrase in Gen.Elements(
            ("Il est arrivé ", "hier", " à Paris."),
            ("Il est arrivé ", "avant-hier", " à Paris."),
            ("Il arrivera ", "demain", " à Paris."),
            ("Il arrivera ", "après-demain", " à Paris."),
            ("Il est arrivé ", $"il y a {n} jours", " à Paris."),
            ("Il arrivera ", $"dans {n} jours", " à Paris."))
        select new DateCase(phrase.Item1, phrase.Item2, phrase.Item3, reference, "relative");

    private static Gen<DateCase> Weekday() =>
        from reference in Days(1990, 2030)
        from weekday in Gen.Elements(Weekdays)
        from phrase in Gen.Elements(
            ("Le ministre est venu ", weekday, " à Lyon.", "bare weekday, past"),
            ("Le ministre viendra ", weekday, " à Lyon.", "bare weekday, future"),
            ("Le ministre viendra ", weekday + " prochain", " à Lyon.", "weekday prochain"))
        select new DateCase(phrase.Item1, phrase.Item2, phrase.Item3, reference, phrase.Item4);

    [Property]
    public Property Oracle_absolute_dates_resolve_as_recognizers_text_resolves_them() =>
        Prop.ForAll(Absolute().ToArbitrary(), Compare);

    [Property]
    public Property Oracle_relative_days_resolve_as_recognizers_text_resolves_them() =>
        Prop.ForAll(Relative().ToArbitrary(), Compare);

    [Property]
    public Property Oracle_weekdays_resolve_as_recognizers_text_resolves_them() =>
        Prop.ForAll(Weekday().ToArbitrary(), Compare);

    private static Property Compare(DateCase c)
    {
        var start = c.Before.Length;
        var end = start + c.Phrase.Length;
        var ours = EntityExtractor.Default
            .Extract(c.Text, new ExtractionOptions { ReferenceDate = c.Reference, Kinds = EntityKindSet.Of(EntityKind.Date) })
            .Entities.Where(e => e.Start < end && start < e.End).ToArray();
        var theirs = RecognizersTextOracle.Dates(c.Text, c.Reference).Where(r => r.Start < end && start < r.End).ToArray();
        var found = (ours.Length == 1).Label($"FrenchNewsNer found [{string.Join(", ", ours.AsEnumerable())}] in {c}");
        if (ours.Length != 1 || theirs.Length != 1 || theirs[0].Start != ours[0].Start || theirs[0].End != ours[0].End)
        {
            var known = KnownRecognizersTextErrors.Covering("date", c.Family + ": " + c.Phrase);
            return found
                .And((known is not null).Label(
                    $"the spans differ on {c}: FrenchNewsNer [{string.Join(", ", ours.AsEnumerable())}], [{string.Join("; ", theirs.AsEnumerable())}]"))
                .Classify(true, "known Recognizers-Text difference: " + known?.Id);
        }

        var timex = ((DateValue)ours[0].Value!).Timex;
        var values = theirs[0].DateValues;
        var oracleTimexes = values.Select(v => v.GetValueOrDefault("timex")).ToArray();

        // A bare weekday or a day without a year: Recognizers-Text gives the TIMEX with X's and one
        // resolved value per reading (the past and the future one); FrenchNewsNer picks one.
        var resolved = values.Select(v => v.GetValueOrDefault("value")).Where(v => v is not null).ToArray();
        var agrees = oracleTimexes.Contains(timex) || (oracleTimexes.All(t => t is not null && t.Contains('X', StringComparison.Ordinal)) && resolved.Contains(timex));
        // The tense picks the reading: a past sentence a day up to the reference, a future one a day from it on.
        var reference = c.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (agrees && c.Family == "bare weekday, past")
        {
            agrees = string.CompareOrdinal(timex, reference) <= 0;
        }
        else if (agrees && c.Family == "bare weekday, future")
        {
            agrees = string.CompareOrdinal(timex, reference) >= 0;
        }

        if (agrees)
        {
            return found.Classify(true, "Recognizers-Text agrees");
        }

        var error = KnownRecognizersTextErrors.Covering("date", c.Family + ": " + c.Phrase);
        return found
            .And((error is not null).Label($"FrenchNewsNer's {timex} differs from {theirs[0]} on {c}, and no known error covers it"))
            .Classify(true, "known Recognizers-Text error: " + error?.Id);
    }
}
