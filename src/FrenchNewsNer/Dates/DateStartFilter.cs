using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Which of the grammar's thirteen rules may begin a date mention at a token, so that each runs only where
/// it can. A rule looks at its first token in one of a few ways: a digit token, a word of one of the date
/// lexicons, a literal word of the grammar ("le", "il", "dans", "fin"…), a vague phrase, or a word the
/// number parser reads ("trois", "premier"). Cues ("depuis", "en") are only ever looked for before or after
/// a date. A word that is none of these starts no rule, and most words of a text are none of these.
/// Its word table is built with the lexicon; immutable, so thread-safe.
/// </summary>
/// <remarks>
/// The filter only ever lets more rules through than can match. What each rule needs of its first token is
/// in <see cref="DateWord.Starts"/> (from the lists and the literal words of <see cref="DateWordTable"/>),
/// plus: a vague phrase of several words only before its second word; plain digits the day, coordinated
/// day, year, part-of-year and clock rules, by how many there are; a hyphenated "mi-…" the boundary rule;
/// a number in words a day ("trois mai") only if a month comes later in the text, and a clock time ("sept
/// heures") only if "heure(s)" does, which spares the number parser most words. A grammar change that lets a rule start at a new kind of token must say so here (the date tests
/// compare the grammar with and without the filter).
/// </remarks>
internal sealed class DateStartFilter
{
    private readonly FrenchNumberParser _numbers;

    public DateStartFilter(DateLexicon lexicon, FrenchNumberParser numbers)
    {
        _numbers = numbers;
        Words = lexicon.Words;
    }

    /// <summary>The grammar's words, looked up once per token.</summary>
    public DateWordTable Words { get; }

    /// <summary>
    /// The rules that may match from token <paramref name="index"/> (a rule left out cannot match there).
    /// <paramref name="word"/> is the token's entry in <see cref="Words"/>, <paramref name="nextId"/> the id
    /// of the next token there (0 for none); <paramref name="monthFollows"/> and <paramref name="heureFollows"/>
    /// say whether a month name and "heure(s)" come at or after the token.
    /// </summary>
    public DateRules RulesAt(Document document, int index, DateWord? word, int nextId, bool monthFollows, bool heureFollows)
    {
        var token = document.Tokens[index];
        if (token.IsNumber)
        {
            // Every rule reads digits through IsPlainNumber (no group separator, no decimal comma), as many as
            // it needs: a day ("13", TryDayNumber) or a numeric date ("13/09", "2023-09-13") one, two or four,
            // a coordinated day or an hour one or two, a year four, a quarter ("3e trimestre") one.
            if (token.Has(TokenFlags.Grouped) || token.Has(TokenFlags.DecimalComma))
            {
                return DateRules.None;
            }

            return (token.FoldEnd - token.FoldStart) switch
            {
                1 => DateRules.DayCore | DateRules.CoordinatedDay | DateRules.PartOfYear | DateRules.Time | DateRules.Holiday,
                2 => DateRules.DayCore | DateRules.CoordinatedDay | DateRules.Time | DateRules.Holiday,
                4 => DateRules.DayCore | DateRules.Year,
                _ => DateRules.None,
            };
        }

        if (!token.IsWord)
        {
            return DateRules.None;
        }

        var rules = DateRules.None;
        var kinds = DateWordKinds.None;
        if (word is not null)
        {
            rules = word.Starts;
            kinds = word.Kinds;
            if (word.VagueNext is { } second && nextId != 0 && Array.IndexOf(second, nextId) >= 0)
            {
                rules |= DateRules.Vague; // "à présent", "de nos jours": "à" and "de" are mostly not
            }
        }

        if (token.Has(TokenFlags.Hyphenated))
        {
            var folded = document.FoldedOf(index);
            if (folded.StartsWith("mi-") && folded.Length > 3)
            {
                rules |= DateRules.Boundary;
            }
        }

        // A number in words starts a day only before a month ("trois mai": TryDayNumber, then TryMonthWord
        // right after the number) and a clock time only before "heure(s)" (TryClock); neither for "un".
        var day = monthFollows && (rules & DateRules.DayCore) == 0 && (kinds & (DateWordKinds.Un | DateWordKinds.Une)) == 0;
        var clock = heureFollows && (rules & DateRules.Time) == 0 && (kinds & DateWordKinds.Un) == 0;
        if ((day || clock) && _numbers.TryMatch(document, index, out _))
        {
            rules |= (day ? DateRules.DayCore : DateRules.None) | (clock ? DateRules.Time : DateRules.None);
        }

        return rules;
    }
}
