namespace FrenchNewsNer.Dates;

/// <summary>
/// The stretch of time up to or from the publication date: "les dix derniers mois", "ces trois dernières
/// années", "dans les deux prochaines semaines" (Recognizers-Text's date range from the count of periods).
/// </summary>
internal sealed partial class DateGrammar
{
    private partial struct Reader
    {
        /// <summary>
        /// A count, "derniers"/"prochains" (any gender) and a plural period: the rule starts at the adjective and
        /// reads the count before it (as TryTimesPer does), and "dans les" before a coming stretch, which
        /// Recognizers-Text keeps in the span.
        /// </summary>
        private bool TryStretch(int i, out DateMention mention)
        {
            mention = default;
            var start = i - 1;
            if (start < 0 || (_mentions.Count > 0 && _mentions[^1].End > start) || WordAt(i) is not { } word
                || !word.Is(DateWordKinds.Modifier) || word.Modifier.Direction == 0 || word.Modifier.Anaphoric)
            {
                return false;
            }

            int amount;
            if (IsPlainNumber(start, out var digits, out amount))
            {
                if (digits > 3)
                {
                    return false;
                }
            }
            else if (IsWordAt(start) && _numbers.TryMatch(_doc, start, out var number) && number.NextToken == i && !number.Ordinal
                && number.Value == Math.Floor(number.Value) && number.Value is >= 1 and <= 1000)
            {
                amount = (int)number.Value;
            }
            else
            {
                return false;
            }

            if (amount < 1 || !TryPeriodWord(i + 1, out var unit, out var suffix, allowPlural: true) || suffix != PeriodSuffix.None
                || unit is not (PeriodUnit.Day or PeriodUnit.Week or PeriodUnit.Month or PeriodUnit.Year))
            {
                return false;
            }

            var forward = word.Modifier.Direction > 0;
            if (forward && Word(start - 1, "les") && Word(start - 2, "dans") && (_mentions.Count == 0 || _mentions[^1].End <= start - 2))
            {
                start -= 2;
            }

            var e = new DateExpression { Form = DateForm.Offset, Unit = unit, Amount = forward ? amount : -amount, Stretch = true };
            return Found(start, i + 2, e, out mention);
        }
    }
}
