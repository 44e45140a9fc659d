using FrenchNewsNer.Rules;

namespace FrenchNewsNer.Quantities;

internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        /// <summary>
        /// A unit written before the number: "$5", "€ 20", "US$ 3", "EUR 1000", "pourcentage de vingt". Opens
        /// at the first token of a unit of the lexicon's before-the-number table.
        /// </summary>
        internal sealed class PrefixedUnitRule(QuantityLexicon lexicon) : ITokenRule<Scan>
        {
            public RuleStart Start { get; } = RuleStart.Phrases(lexicon.UnitsBeforeStart);

            public int Apply(Scan scan, int index)
            {
                if (!scan.TryPrefixed(index, out var next))
                {
                    return RuleEngine<Scan>.NotHere;
                }

                scan.ForgetBare();
                return next;
            }
        }
    }
}
