using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>Units written before the number ("$5", "pourcentage de vingt") and glued to a number word ("trois-tonnes").</summary>
internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        private bool TryPrefixed(int i, out int next)
        {
            next = i;
            if (!_lexicon.TryMatchBefore(_document, i, out var count, out var definition) || !Fits(i, count, definition))
            {
                return false;
            }

            var j = i + count;
            if (definition.Class == UnitClass.PercentPrefix)
            {
                // "pourcentage de vingt", "pourcent des trois cent cinq"
                if (!(_document.IsWord(j, "de") || _document.IsWord(j, "des") || _document.IsWord(j, "d'")) || !TryAmount(j + 1, out var percent)
                    || percent.Negative || percent.Article)
                {
                    return false;
                }

                // "le pourcentage de 5 %": the inner quantity is the one; "un pourcentage de deux chiffres":
                // the number counts something else. The percentage must close its clause.
                var probe = percent.Value;
                if (TryUnitAfterNumber(percent.Next, percent.AllowsDe, ref probe, out _) || !EndsClause(percent.Next))
                {
                    return false;
                }

                SkipHedges(i, out var hedged);
                Emit(_tokens[i].Start, _tokens[percent.Next - 1].End, percent.Value, definition.Unit, definition.Dimension, definition.ToSi(percent.Value), hedged || percent.Approximate);
                next = percent.Next;
                return true;
            }

            if ((uint)j >= (uint)_tokens.Length || _tokens[j].Has(TokenFlags.NewlineBefore) || !TryAmount(j, out var amount) || amount.Negative || amount.Article)
            {
                return false;
            }

            // "$5M", "€ 3 Md"
            var value = amount.Value;
            var end = amount.Next;
            if (TryCueAt(end, CueRole.ScaleAbbreviation, out var scaleCount, out var scale) && _document.IsGlued(end))
            {
                value *= scale.Value;
                end += scaleCount;
            }

            SkipHedges(i, out var approximate);
            if (TryCueAt(end, CueRole.HedgeAfter, out _, out _))
            {
                approximate = true;
            }

            Emit(_tokens[i].Start, _tokens[end - 1].End, value, definition.Unit, definition.Dimension, definition.ToSi(value), approximate || amount.Approximate);
            next = end;
            return true;
        }

        /// <summary>"trois-tonnes": a number word and a unit joined by a hyphen into one token.</summary>
        private bool TryHyphenated(int i)
        {
            var token = _tokens[i];
            if (!token.IsWord || !token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.HasDigit))
            {
                return false;
            }

            var folded = _document.FoldedOf(i);
            var hyphen = folded.LastIndexOf('-');
            if (hyphen <= 0 || !_lexicon.SingleWordAfter.TryGetValue(folded[(hyphen + 1)..], out var definition) || definition.Class != UnitClass.Plain)
            {
                return false;
            }

            // Rare (a hyphenated word ending in a unit), so the prefix may be parsed as a small document.
            var originalHyphen = _document.Folded.ToOriginal(token.FoldStart + hyphen);
            var prefix = Document.Create(_document.Text[token.Start..originalHyphen]);
            NumberMatch match;
            try
            {
                if (!_owner._numbers.TryMatch(prefix, 0, out match) || match.Ordinal || match.NextToken != prefix.Tokens.Length)
                {
                    return false;
                }
            }
            finally
            {
                // Its pooled shadow goes back to the pool; the match is a value and outlives it.
                prefix.Release();
            }

            SkipHedges(i, out var approximate);
            Emit(token.Start, token.End, match.Value, definition.Unit, definition.Dimension, definition.ToSi(match.Value), approximate);
            return true;
        }
    }
}
