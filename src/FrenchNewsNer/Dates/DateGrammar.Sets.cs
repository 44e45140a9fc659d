using System.Globalization;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Recurring times (Recognizers-Text sets) and centuries: a quantifier with any period, weekday or part of
/// the day ("chaque lundi", "tous les deux jours", "toutes les nuits", "chaque lundi à 16 h"), "N fois par"
/// a period, a frequency word ("hebdomadaire"), and "le XXe siècle".
/// </summary>
internal sealed partial class DateGrammar
{
    private partial struct Reader
    {
        private bool TrySet(int i, out DateMention mention)
        {
            mention = default;
            if (!IsWordAt(i))
            {
                return false;
            }

            if (DateCompositionLexicon.Default.SetWords.TryGetValue(Fold(i), out var period))
            {
                // "le quotidien", "un hebdomadaire", "l'annuel": after a determiner the adjective is a noun.
                return !IsDeterminer(i - 1) && Found(i, i + 1, SetOf(period), out mention);
            }

            if (Word(i, "fois"))
            {
                return TryTimesPer(i, out mention);
            }

            if (Word(i, "siecle") || Word(i, "siecles"))
            {
                return TryCentury(i, out mention);
            }

            int j;
            if (Word(i, "chaque"))
            {
                j = i + 1;
            }
            else if ((Word(i, "tous") || Word(i, "toutes")) && Word(i + 1, "les"))
            {
                j = i + 2;
            }
            else
            {
                return false;
            }

            // "tous les deux jours", "toutes les trois semaines", "chaque 2 ans"
            var count = 1;
            if (IsPlainNumber(j, out _, out var digits) && digits is >= 1 and <= 1000)
            {
                count = digits;
                j++;
            }
            else if (IsWordAt(j) && !Is(j, DateWordKinds.Period | DateWordKinds.PeriodPlural | DateWordKinds.Weekday | DateWordKinds.DayPart)
                && _numbers.TryMatch(_doc, j, out var number) && !number.Ordinal && number.Value == Math.Floor(number.Value) && number.Value is >= 2 and <= 1000)
            {
                count = (int)number.Value;
                j = number.NextToken;
            }

            string timex;
            var weekdaySet = false;
            if (TryPeriodWord(j, out var unit, out var suffix, allowPlural: true) && suffix == PeriodSuffix.None)
            {
                timex = unit == PeriodUnit.WeekEnd && count == 1 ? "XXXX-WXX-WE" : PeriodOf(unit, count);
            }
            else if (TryPluralAware(j, out var weekday, out var dayPart))
            {
                weekdaySet = weekday > 0;
                timex = weekdaySet ? "XXXX-WXX-" + weekday.ToString(CultureInfo.InvariantCulture) : "T" + dayPart;
            }
            else
            {
                return false;
            }

            var end = j + 1;

            // "chaque lundi à 16 h" → XXXX-WXX-1T16; "tous les jours à 15 h" → T15 (Recognizers-Text's shapes).
            if (IsA(end) && TryClock(end + 1, out var clock) && (weekdaySet || timex == "P1D"))
            {
                var time = DateRangeValue.FormatClock(clock.Hour, clock.Minute);
                timex = weekdaySet ? timex + time : time;
                end = clock.End;
            }

            return Found(i, end, SetOf(timex), out mention);
        }

        /// <summary>"deux fois par semaine", "une fois par an": the set of the period (starts at "fois", reads the count before it).</summary>
        private bool TryTimesPer(int i, out DateMention mention)
        {
            mention = default;
            var start = i - 1;
            if (start < 0 || (_mentions.Count > 0 && _mentions[^1].End > start))
            {
                return false;
            }

            var counted = IsPlainNumber(start, out _, out _)
                || Word(start, "une") || Word(start, "plusieurs") || Word(start, "quelques")
                || (IsWordAt(start) && _numbers.TryMatch(_doc, start, out var number) && number.NextToken == i && !number.Ordinal);
            if (!counted || !Word(i + 1, "par") || !TryPeriodWord(i + 2, out var unit, out var suffix) || suffix != PeriodSuffix.None || unit == PeriodUnit.Day && !Word(i + 2, "jour"))
            {
                return false;
            }

            return Found(start, i + 3, SetOf(PeriodOf(unit, 1)), out mention);
        }

        /// <summary>"XXe siècle", "21e siècle", "vingtième siècle" (starts at "siècle", reads the ordinal before it).</summary>
        private bool TryCentury(int i, out DateMention mention)
        {
            mention = default;
            var start = i - 1;
            if (start < 0 || (_mentions.Count > 0 && _mentions[^1].End > start) || !_numbers.TryMatch(_doc, start, out var number)
                || number.NextToken != i || !number.Ordinal || number.Value is < 1 or > 40 || number.Value != Math.Floor(number.Value))
            {
                return false;
            }

            var century = (int)number.Value;
            var e = new DateExpression { Form = DateForm.Literal, Literal = DateRangeValue.YearSpan((century - 1) * 100, 100) };
            return Found(start, i + 1, e, out mention);
        }

        /// <summary>A weekday or a part of the day, singular or plural ("lundis", "matins", "soirées").</summary>
        private bool TryPluralAware(int i, out int weekday, out string? dayPart)
        {
            weekday = 0;
            dayPart = null;
            if (!IsWordAt(i))
            {
                return false;
            }

            var folded = Fold(i);
            if (TryWeekdayWord(i, out weekday, out var abbreviated, out _) && !abbreviated)
            {
                return true;
            }

            if (TryDayPartWord(i, out var part))
            {
                dayPart = part.Code;
                return true;
            }

            if (folded.Length < 4 || folded[^1] != 's')
            {
                return false;
            }

            var singular = folded[..^1];
            if (_lex.Weekdays.TryGetValue(singular, out var day) && !day.Abbreviation)
            {
                weekday = day.Day;
                return true;
            }

            if (_lex.DayParts.TryGetValue(singular, out part))
            {
                dayPart = part.Code;
                return true;
            }

            return false;
        }

        private bool IsDeterminer(int i) =>
            Word(i, "le") || Word(i, "la") || Word(i, "l'") || Word(i, "les") || Word(i, "un") || Word(i, "une") || Word(i, "du")
            || Word(i, "des") || Word(i, "au") || Word(i, "aux") || Word(i, "ce") || Word(i, "cet") || Word(i, "cette") || Word(i, "son") || Word(i, "sa");

        private static string PeriodOf(PeriodUnit unit, int count) => unit switch
        {
            PeriodUnit.Day => string.Create(CultureInfo.InvariantCulture, $"P{count}D"),
            PeriodUnit.Week => string.Create(CultureInfo.InvariantCulture, $"P{count}W"),
            PeriodUnit.WeekEnd => string.Create(CultureInfo.InvariantCulture, $"P{count}WE"),
            PeriodUnit.Month => string.Create(CultureInfo.InvariantCulture, $"P{count}M"),
            PeriodUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"P{count * 3}M"),
            PeriodUnit.Half => string.Create(CultureInfo.InvariantCulture, $"P{count * 6}M"),
            _ => string.Create(CultureInfo.InvariantCulture, $"P{count}Y"),
        };

        private static DateExpression SetOf(string timex) => new() { Form = DateForm.Literal, Literal = timex, Set = true };
    }
}
