namespace FrenchNewsNer.Dates;

/// <summary>Holidays (<c>Data/dates/holidays.tsv</c>): "Noël", "le 14-Juillet", "Pâques 2018", "lundi de Pentecôte prochain".</summary>
internal sealed partial class DateGrammar
{
    private partial struct Reader
    {
        private bool TryHoliday(int i, out DateMention mention)
        {
            mention = default;
            // "14-Juillet", "8-Mai": a number opens a holiday only glued to its hyphen.
            if (_tokens[i].IsNumber && !(IsPunct(i + 1, '-') && IsGlued(i + 1) && IsGlued(i + 2)))
            {
                return false;
            }

            if (!DateCompositionLexicon.Default.Holidays.TryMatch(_doc, i, out var count, out var holiday))
            {
                return false;
            }

            var end = i + count;
            var year = 0;
            if (TryFourDigitYear(end, out var written))
            {
                year = written;
                end++;
            }

            var direction = Direction.None;
            if (year == 0 && TryModifier(end, out var modifier) && !modifier.Anaphoric)
            {
                direction = modifier.Direction > 0 ? Direction.Forward : Direction.Backward;
                end++;
            }

            var e = new DateExpression { Form = DateForm.Holiday, Month = holiday.Month, Day = holiday.Day, Amount = holiday.EasterOffset, Year = year, Modifier = direction };
            return Found(i, end, e, out mention);
        }
    }
}
