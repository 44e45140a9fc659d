using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Which tokens can begin a date mention, so the grammar's thirteen rules run only there. A rule looks
/// at its first token in one of a few ways: a digit token, a word of one of the date lexicons, a literal
/// word of the grammar ("le", "il", "dans", "fin"…), a vague phrase, or a word the number parser reads
/// ("trois", "premier"). Cues ("depuis", "en") are only ever looked for before or after a date. A word that is none of these starts no rule, and most words of a text are
/// none of these. Built once per grammar from the lexicon; immutable, so thread-safe.
/// </summary>
/// <remarks>
/// The filter only ever lets more tokens through than can match: hyphenated tokens ("mi-novembre",
/// "mois-ci") and tokens with digits always pass. <see cref="GrammarWords"/> must list every literal word
/// the grammar compares a rule's first token with; extra words only cost time. A grammar change that
/// lets a rule start at a new literal word must add it there (the date tests catch a missing one).
/// </remarks>
internal sealed class DateStartFilter
{
    /// <summary>
    /// The literal words DateGrammar*.cs compares a rule's first token with (rules and the helpers they
    /// call on that token: "le" of TryDeterminer, "il" and "dans" of TryOffset, "fin" of TryBoundary,
    /// "premier" and "une" of TryDayNumber, "un" of TryClock…), accents as written (folded on load).
    /// Words the grammar only looks for around a date ("de", "en", "et", "vers") are not here: the
    /// frequent ones are most of what the filter saves.
    /// </summary>
    private static readonly string[] GrammarWords =
    [
        "a", "à", "annees", "années", "aujourd'hui", "ce", "cet", "cette", "courant", "dans", "debut", "début", "fin", "il",
        "l'", "la", "le", "les", "milieu", "mois", "premier", "un", "une",
    ];

    private readonly FoldedKeySet _words;
    private readonly DateLexicon _lexicon;
    private readonly FrenchNumberParser _numbers;

    public DateStartFilter(DateLexicon lexicon, FrenchNumberParser numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
        var words = new FoldedKeySet.Builder();
        foreach (var word in GrammarWords)
        {
            words.Add(word);
        }

        foreach (var key in lexicon.Months.Keys.Concat(lexicon.Weekdays.Keys).Concat(lexicon.RelativeDays.Keys).Concat(lexicon.Periods.Keys)
            .Concat(lexicon.Modifiers.Keys).Concat(lexicon.Seasons.Keys).Concat(lexicon.Ordinals.Keys).Concat(lexicon.DayParts.Keys)
            .Concat(lexicon.ClockWords.Keys))
        {
            words.Add(key);
        }

        _words = words.Build();
    }

    /// <summary>Whether some date rule may match from token <paramref name="index"/> (false only when none can).</summary>
    public bool MayStartAt(Document document, int index)
    {
        var token = document.Tokens[index];
        if (!token.IsWord || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.HasDigit))
        {
            return true;
        }

        return _words.Contains(document.FoldedOf(index))
            || _lexicon.Vague.TryMatch(document, index, out _, out _)
            || _numbers.TryMatch(document, index, out _);
    }
}
