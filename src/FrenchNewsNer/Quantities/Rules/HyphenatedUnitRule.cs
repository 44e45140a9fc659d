using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        /// <summary>"trois-tonnes": a number word and a unit joined by a hyphen. Opens at a hyphenated word without digits.</summary>
        internal sealed class HyphenatedUnitRule : ITokenRule<Scan>
        {
            public RuleStart Start { get; } = RuleStart.Kind(TokenKind.Word, TokenFlags.Hyphenated, TokenFlags.HasDigit);

            public int Apply(Scan scan, int index)
            {
                if (!scan.TryHyphenated(index))
                {
                    return RuleEngine<Scan>.NotHere;
                }

                scan.ForgetBare();
                return index + 1;
            }
        }
    }
}
