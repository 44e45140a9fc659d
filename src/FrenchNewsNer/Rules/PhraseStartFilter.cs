using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Rules;

/// <summary>
/// A one-sided test for "may a phrase of this table start at this token", run before the phrase matcher's
/// hash look-up and by the rule engine as the start condition "a lexicon's first tokens"
/// (<see cref="RuleStart.Phrases"/>): false means certainly not. The recogniser tries units and context phrases at nearly
/// every token, and some phrases start with common words ("a $", "au $", "un peu plus de", "de l'ordre
/// de"), so a phrase of two tokens or more must also find its second token in a second filter. Immutable.
/// </summary>
internal sealed class PhraseStartFilter
{
    private readonly FoldedPrefilter _single;
    private readonly FoldedPrefilter _longFirst;
    private readonly FoldedPrefilter _longSecond;

    private PhraseStartFilter(FoldedPrefilter single, FoldedPrefilter longFirst, FoldedPrefilter longSecond)
    {
        _single = single;
        _longFirst = longFirst;
        _longSecond = longSecond;
    }

    /// <summary>The filter of phrases given as their folded tokens joined by U+0001 (the lexicon's phrase keys).</summary>
    public static PhraseStartFilter FromTokenKeys(IEnumerable<string> tokenKeys)
    {
        var single = new FoldedPrefilter.Builder();
        var longFirst = new FoldedPrefilter.Builder();
        var longSecond = new FoldedPrefilter.Builder();
        foreach (var key in tokenKeys)
        {
            var parts = key.Split('\u0001');
            if (parts.Length == 1)
            {
                single.Add(parts[0]);
            }
            else
            {
                longFirst.Add(parts[0]);
                longSecond.Add(parts[1]);
            }
        }

        return new PhraseStartFilter(single.Build(), longFirst.Build(), longSecond.Build());
    }

    /// <summary>Whether a phrase may start at token <paramref name="index"/>, whose folded form is <paramref name="folded"/>.</summary>
    public bool MayStartAt(Document document, int index, ReadOnlySpan<char> folded) =>
        _single.MayContain(folded)
        || (_longFirst.MayContain(folded) && index + 1 < document.Tokens.Length && _longSecond.MayContain(document.FoldedOf(index + 1)));
}
