using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>Token tests of the quantity scan: technical runs (URLs, code), punctuation, clause and sentence ends.</summary>
internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        private bool IsTechnicalSignal(int t)
        {
            var token = _tokens[t];
            if (token.IsWord)
            {
                // Run at every token: the length and first letter turn nearly every word away unread.
                var word = _document.FoldedOf(t);
                return word.Length is >= 3 and <= 5 && word[0] is 'w' or 'h' && (word.SequenceEqual("www") || word.SequenceEqual("http") || word.SequenceEqual("https"));
            }

            if (!token.IsPunctuation)
            {
                return false;
            }

            var c = _document.ShadowSpan[token.FoldStart];
            var nextGlued = t + 1 < _tokens.Length && _document.IsGlued(t + 1);
            return c switch
            {
                '@' or '=' or '&' or '_' or '\\' => true,
                // "%28" (a URL escape), not "25 %," or "25%)".
                '%' => nextGlued && _tokens[t + 1].IsNumber,
                // "search?q", "http://"
                '?' => nextGlued && _tokens[t + 1].IsWord && _document.IsGlued(t) ,
                ':' => nextGlued && IsChar(t + 1, '/') && IsChar(t + 2, '/'),
                _ => false,
            };
        }

        private bool IsChar(int index, char c) => _document.IsChar(index, c);

        private bool IsAnyChar(int index, string chars) =>
            (uint)index < (uint)_tokens.Length && _tokens[index].IsPunctuation && chars.Contains(_document.ShadowSpan[_tokens[index].FoldStart], StringComparison.Ordinal);

        private bool IsMinus(int index) => IsChar(index, '-') || IsChar(index, '\u2212');

        private bool IsDe(int index) => _document.IsWord(index, "de") || _document.IsWord(index, "d'");

        private bool IsDeterminer(int index) =>
            _document.IsWord(index, "le") || _document.IsWord(index, "la") || _document.IsWord(index, "les") || _document.IsWord(index, "l'");

        /// <summary>A number token of digits only, no separator or decimal comma ("12", not "8 000" or "2,5").</summary>
        private bool IsPlainDigits(int index) =>
            (uint)index < (uint)_tokens.Length && _tokens[index].IsNumber && !_tokens[index].Has(TokenFlags.Grouped) && !_tokens[index].Has(TokenFlags.DecimalComma);

        private double ParseDigits(int index) => FrenchNumberParser.TryParseDigits(_document.FoldedOf(index), out var value) ? value : 0;

        /// <summary>The end of a clause: end of text, a line break or punctuation that closes a phrase.</summary>
        private bool EndsClause(int index)
        {
            if (index >= _tokens.Length || _tokens[index].Has(TokenFlags.NewlineBefore))
            {
                return true;
            }

            return IsAnyChar(index, ".,;:!?)»\"");
        }

        /// <summary>The end of a sentence or parenthesis: end of text, a line break, ". ; ! ? ) »".</summary>
        private bool EndsSentence(int index) =>
            index >= _tokens.Length || _tokens[index].Has(TokenFlags.NewlineBefore) || IsAnyChar(index, ".;!?)»");

        private void Emit(int start, int end, double number, string unit, QuantityDimension dimension, double si, bool approximate) =>
            _output.Add(new Candidate(EntityKind.Quantity, start, end, new QuantityValue(number, unit, dimension, si, approximate)));
    }
}
