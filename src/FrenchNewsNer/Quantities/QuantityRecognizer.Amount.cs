using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>The number a quantity is read from: sign, scale word, collective ("une centaine de").</summary>
internal sealed partial class QuantityRecognizer
{
    /// <summary>A number read for a quantity, with what follows it.</summary>
    private struct Amount
    {
        public int First;           // first token: the number, or its minus sign
        public int Next;            // the token after the number
        public double Value;
        public bool Article;        // the single word "un"/"une"
        public bool AllowsDe;       // a scale word, collective or whole millions: "de" may precede the unit
        public bool Approximate;    // a collective ("une centaine")
        public bool Negative;
        public bool SpacedMinus;    // "- 20": read only before a temperature
        public bool Integer;        // written with digits or words, no decimal part
        public double Scale;        // the value of a scale word ending the number ("3 milliards"), or 0
    }

    private sealed partial class Scan
    {
        private bool TryAmount(int index, out Amount amount)
        {
            amount = default;
            if ((uint)index >= (uint)_tokens.Length)
            {
                return false;
            }

            var k = index;
            var negative = false;
            var spacedMinus = false;
            if (IsMinus(k) && k + 1 < _tokens.Length && _tokens[k + 1].IsNumber)
            {
                // A sign, not a dash between two numbers or inside a name ("75-300mm", "Su-35").
                if (_document.IsGlued(k) && (_tokens[k - 1].IsWord || _tokens[k - 1].IsNumber))
                {
                    return false;
                }

                negative = true;
                spacedMinus = !_document.IsGlued(k + 1);
                if (spacedMinus && (k == 0 || !_tokens[k - 1].IsWord || _tokens[k].Has(TokenFlags.NewlineBefore) || _tokens[k + 1].Has(TokenFlags.NewlineBefore)))
                {
                    return false;
                }

                k++;
            }

            var token = _tokens[k];
            if (!token.IsNumber && !token.IsWord)
            {
                return false;
            }

            // Digits glued after a letter, a digit or a separator are part of a name, code or date:
            // "G8", "A380", "13/09/2023", "1.5.2023". (A word glued after a full stop is only a missing space.)
            // Glued after them ("29km"), they are the number of a quantity.
            if (!negative && token.IsNumber
                && (NumberEdges.GluedAfterWordOrNumber(_document, k) || (_document.IsGlued(k) && IsAnyChar(k - 1, "/.,:^_"))))
            {
                return false;
            }

            if (!_owner._numbers.TryMatch(_document, k, out var match) || match.Ordinal || match.TokenCount <= 0 || match.FirstToken != k)
            {
                return false;
            }

            var value = match.Value;
            var next = match.NextToken;
            var integer = value == Math.Floor(value) && !_tokens[next - 1].Has(TokenFlags.DecimalComma);

            // The roles of a one-token phrase ending the number ("millions", "centaine"), looked up once.
            var lastRoles = _lexicon.TryMatchCue(_document, next - 1, out var lastCount, out var lastCue) && lastCount == 1
                ? lastCue.RolesAt(_document, next - 1)
                : CueRole.None;
            var allowsDe = (lastRoles & (CueRole.Scale | CueRole.Collective)) != 0
                || (_tokens[next - 1].IsNumber && value >= 1e6 && value % 1e6 == 0);
            var approximate = (lastRoles & CueRole.Collective) != 0;
            var scaleWord = (lastRoles & CueRole.Scale) != 0 && next - 1 > k ? lastCue.Value : 0;

            // "une centaine de kilomètres", "deux milliers de tonnes": approximate counts.
            if (integer && value is > 0 and < 1000 && TryCueAt(next, CueRole.Collective, out var collectiveCount, out var collective))
            {
                value *= collective.Value;
                next += collectiveCount;
                allowsDe = true;
                approximate = true;
            }

            amount = new Amount
            {
                First = index,
                Next = next,
                Value = negative ? -value : value,
                Article = match.TokenCount == 1 && (_document.IsWord(k, "un") || _document.IsWord(k, "une")) && next == k + 1,
                AllowsDe = allowsDe,
                Approximate = approximate,
                Negative = negative,
                SpacedMinus = spacedMinus,
                Integer = integer,
                Scale = scaleWord,
            };
            return true;
        }
    }
}
