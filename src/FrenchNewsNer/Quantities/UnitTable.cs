using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>
/// The units of one position (after or before the number): the surfaces matched folded, and apart from
/// them those that must be written in capitals (the <c>capitals</c> case of units.tsv: "$ AU"). Kept apart
/// because a phrase matcher returns only its longest phrase: were "$ AU" in the same matcher as "$", the text
/// "2 $ au total" would find "$ au", refuse its case and lose the "$" under it. Immutable.
/// </summary>
internal sealed class UnitTable
{
    private readonly PhraseMatcher<UnitDefinition> _folded;
    private readonly PhraseMatcher<UnitDefinition>? _capitals;

    // The tokens a unit of either matcher may start at: nearly no token starts one, and this filter turns a
    // token away before its hash look-up.
    private readonly PhraseStartFilter _starts;

    private UnitTable(PhraseMatcher<UnitDefinition> folded, PhraseMatcher<UnitDefinition>? capitals, PhraseStartFilter starts)
    {
        _folded = folded;
        _capitals = capitals;
        _starts = starts;
    }

    /// <summary>How many unit surfaces the table holds.</summary>
    public int Count => _folded.Count + (_capitals?.Count ?? 0);

    /// <summary>Builds the table of <paramref name="units"/>, given as (token key, surface, definition).</summary>
    public static UnitTable Build(IEnumerable<(string Key, string Surface, UnitDefinition Definition)> units)
    {
        var folded = new PhraseMatcher<UnitDefinition>.Builder();
        var capitals = new PhraseMatcher<UnitDefinition>.Builder();
        var keys = new List<string>();
        foreach (var (key, surface, definition) in units)
        {
            (definition.CapitalTokens == 0 ? folded : capitals).Add(surface, definition);
            keys.Add(key);
        }

        return new UnitTable(folded.Build(), capitals.Count == 0 ? null : capitals.Build(), PhraseStartFilter.FromTokenKeys(keys));
    }

    /// <summary>
    /// The longest unit starting at token <paramref name="index"/> whose capitals are written as capitals: a
    /// capitals-only unit wins over a folded one it is longer than ("$ AU" over "$"), and gives way to it when
    /// the text writes it otherwise ("$ au total" is "$").
    /// </summary>
    public bool TryMatch(Document document, int index, out int tokenCount, out UnitDefinition unit)
    {
        if (!_starts.MayStartAt(document, index, document.FoldedOf(index)))
        {
            tokenCount = 0;
            unit = default!;
            return false;
        }

        return TryMatchUnfiltered(document, index, out tokenCount, out unit);
    }

    /// <summary><see cref="TryMatch"/> without the start filter (tests check the filter against it).</summary>
    internal bool TryMatchUnfiltered(Document document, int index, out int tokenCount, out UnitDefinition unit)
    {
        var found = _folded.TryMatch(document, index, out tokenCount, out unit);
        if (_capitals is { } capitals && capitals.TryMatch(document, index, out var count, out var cased) && count > tokenCount
            && InCapitals(document, index, count, cased.CapitalTokens))
        {
            (tokenCount, unit, found) = (count, cased, true);
        }

        return found;
    }

    /// <summary>Where a unit of this table may start; false means certainly not (the start condition of rules that open with a unit).</summary>
    public PhraseStartFilter Starts => _starts;

    private static bool InCapitals(Document document, int index, int count, uint capitalTokens)
    {
        for (var bits = capitalTokens; bits != 0; bits &= bits - 1)
        {
            var k = System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (k < count && !QuantityLexicon.IsWrittenInCapitals(document.OriginalOf(index + k)))
            {
                return false;
            }
        }

        return true;
    }
}
