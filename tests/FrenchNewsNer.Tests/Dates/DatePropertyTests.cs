using System.Globalization;
using FrenchNewsNer.Dates;
using FrenchNewsNer.Tests.Text;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Dates.DateTestSupport;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>FsCheck properties of issue 4, item 4, and the recogniser's safety on any text.</summary>
[Properties(MaxTest = 100)]
public class DatePropertyTests
{
    private static readonly string[] WeekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private static readonly CultureInfo French = new("fr-FR");

    // Sentences around a bare weekday with no tense pointing forward.
    private static readonly Func<string, string>[] WeekdaySentences =
    [
        w => w,
        w => $"Il est venu {w}.",
        w => $"Le président a parlé {w} à la télévision.",
        w => $"{char.ToUpperInvariant(w[0])}{w[1..]}, le ministre a démissionné.",
        w => $"Une visite entamée {w} et marquée par la rencontre.",
    ];

    /// <summary>Any day the calendar can count a week back from.</summary>
    private static Gen<DateOnly> References(int marginBefore, int marginAfter) =>
        Gen.Choose(DateOnly.MinValue.DayNumber + marginBefore, DateOnly.MaxValue.DayNumber - marginAfter).Select(DateOnly.FromDayNumber);

    [Property]
    public Property A_bare_weekday_is_that_weekday_within_the_seven_days_up_to_the_reference()
    {
        var cases =
            from reference in References(7, 0)
            from weekday in Gen.Choose(1, 7)
            from sentence in Gen.Elements(WeekdaySentences)
            select (reference, weekday, text: sentence(WeekdayNames[weekday - 1]));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (span, timex) = Single(c.text, c.reference);
            var day = DateOnly.ParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return span.Equals(WeekdayNames[c.weekday - 1], StringComparison.OrdinalIgnoreCase).Label($"the span is \"{span}\"")
                .And((TimexResolver.IsoWeekday(day) == c.weekday).Label($"{timex} is not weekday {c.weekday}"))
                .And((day <= c.reference && day > c.reference.AddDays(-7)).Label($"{timex} is not in the week up to {c.reference:yyyy-MM-dd}"));
        });
    }

    [Property]
    public Property Hier_is_the_day_before_and_demain_the_day_after()
    {
        return Prop.ForAll(References(2, 2).ToArbitrary(), reference =>
            Reads("Il est arrivé hier.", reference, ("hier", TimexResolver.FormatDay(reference.AddDays(-1))))
                .And(Reads("Hier, il a plu.", reference, ("Hier", TimexResolver.FormatDay(reference.AddDays(-1)))))
                .And(Reads("Il partira demain.", reference, ("demain", TimexResolver.FormatDay(reference.AddDays(1)))))
                .And(Reads("Il est parti avant-hier.", reference, ("avant-hier", TimexResolver.FormatDay(reference.AddDays(-2))))));
    }

    private static Property Reads(string text, DateOnly reference, (string Span, string Timex) expected)
    {
        var found = Single(text, reference);
        return (found == expected).Label($"\"{text}\" on {reference:yyyy-MM-dd} gave {found}, not {expected}");
    }

    [Property]
    public Property A_date_written_by_the_french_culture_reads_back_to_itself()
    {
        var cases =
            from date in References(0, 0)
            from format in Gen.Elements("d MMMM yyyy", "dddd d MMMM yyyy", "dd/MM/yyyy", "dd.MM.yyyy", "yyyy-MM-dd")
            from hasReference in Gen.Elements(true, false)
            from reference in References(0, 0)
            from frame in Gen.Elements("{0}", "Le contrat date du {0}.", "Il est né le {0}, à Lyon.", "{0} : ouverture de la séance")
            select (date, written: date.ToString(format, French), reference: hasReference ? reference : (DateOnly?)null, frame);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = string.Format(CultureInfo.InvariantCulture, c.frame, c.written);
            var found = FindDates(text, c.reference);
            return (found.Count == 1
                && found[0].Text == c.written
                && found[0].Timex == TimexResolver.FormatDay(c.date))
                .Label($"\"{text}\" gave [{string.Join(", ", found)}], not {c.written} = {TimexResolver.FormatDay(c.date)}");
        });
    }

    [Property]
    public Property A_day_and_month_without_a_year_keep_their_day_and_month()
    {
        var cases =
            from date in References(400, 400)
            from reference in Gen.Choose(-300, 300).Select(offset => date.AddDays(offset))
            select (date, text: $"Le sommet du {date.ToString("d MMMM", French)} a été reporté.", reference);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (_, timex) = Single(c.text, c.reference);
            var day = DateOnly.ParseExact(timex, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            // Within a year either side, in the reference's year or a neighbour.
            return (day.Day == c.date.Day && day.Month == c.date.Month && Math.Abs(day.Year - c.reference.Year) <= 1)
                .Label($"\"{c.text}\" on {c.reference:yyyy-MM-dd} gave {timex}");
        });
    }

    [Property]
    public Property Any_text_gives_ordered_non_overlapping_dates_with_a_value()
    {
        return Prop.ForAll(TextGenerators.HostileText(), References(0, 0).ToArbitrary(), (text, reference) =>
        {
            var document = FrenchNewsNer.Text.Document.Create(text);
            var mentions = new DateGrammar(DateLexicon.Default, FrenchNewsNer.Numbers.FrenchNumberParser.Standard).Parse(document);
            var values = new DateRecognizer().Resolve(document, mentions, reference);
            var previousEnd = 0;
            for (var k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Start < previousEnd || mentions[k].End <= mentions[k].Start)
                {
                    return false.Label($"date [{mentions[k].Start},{mentions[k].End}) is empty or overlaps the one ending at {previousEnd}");
                }

                if (string.IsNullOrEmpty(values[k]))
                {
                    return false.Label($"date [{mentions[k].Start},{mentions[k].End}) has no value");
                }

                previousEnd = mentions[k].End;
            }

            return true.ToProperty();
        });
    }

    [Property]
    public Property Date_words_in_any_order_never_break_the_recogniser()
    {
        var words = new[]
        {
            "le", "la", "l'", "ce", "cette", "les", "du", "au", "des", "de", "à", "a", "vers", "en", "fin", "début", "mi-mars",
            "lundi", "Mardi", "mer.", "1er", "premier", "13", "2023", "98", "/", ".", "-", ":", "h", "heures", "30", "midi",
            "mars", "Mars", "janv.", "sept", "semaine", "mois", "année", "week-end", "mois-ci", "dernier", "prochain",
            "précédente", "été", "hiver", "troisième", "trimestre", "3e", "matin", "soir", "nuit", "même", "veille",
            "hier", "aujourd'hui", "il", "y", "dans", "deux", "ans", "années", "80", "et", "ou", ",", "«", "»",
        };
        var gen = Gen.Elements(words).ArrayOf().Select(parts => string.Join(" ", parts));
        return Prop.ForAll(gen.Shrinking(), text =>
        {
            foreach (var reference in new DateOnly?[] { null, DateOnly.MinValue, DateOnly.MaxValue, Sunday })
            {
                foreach (var (span, timex) in FindDates(text, reference))
                {
                    if (span.Length == 0 || timex.Length == 0)
                    {
                        return false.Label($"an empty span or value ({span} = {timex}) with reference {reference}");
                    }
                }
            }

            return true.ToProperty();
        });
    }
}
