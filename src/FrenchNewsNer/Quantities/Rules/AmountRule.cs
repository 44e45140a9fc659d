using FrenchNewsNer.Numbers;
using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        /// <summary>
        /// A number and what follows it: a unit ("250 km", "2,3 milliards d'euros"), a compound ("deux heures et
        /// vingt minutes"), or nothing, when the number stays bare for the next one to carry a unit back to
        /// ("entre 10 et 20 km"). Opens at a digit token, a minus sign, or a token the number reader may start at.
        /// </summary>
        internal sealed class AmountRule(FrenchNumberParser numbers) : ITokenRule<Scan>
        {
            public RuleStart Start { get; } =
                RuleStart.Kind(TokenKind.Number) | RuleStart.Char('-') | RuleStart.Char('\u2212') | RuleStart.When(new NumberStartTest(numbers));

            public int Apply(Scan scan, int index)
            {
                if (!scan.TryAmount(index, out var amount))
                {
                    return RuleEngine<Scan>.NotHere;
                }

                if (scan.TryQuantity(amount, scan.Bare, out var next))
                {
                    scan.ForgetBare();
                    return next;
                }

                if (amount.Negative)
                {
                    // "-5 km": no negative length; the number is read again without its sign at the next token.
                    return index + 1;
                }

                scan.RememberBare(amount);
                return amount.Next;
            }
        }
    }
}
