namespace FrenchNewsNer.Text;

/// <summary>
/// Marks the first token of each sentence: the first token, the first after a line break, and the
/// first capitalised word, number or opening quote after ". ! ? …" (closing quotes and brackets
/// allowed in between), unless the full stop ends an abbreviation ("M.", "Mme.", "J.").
/// </summary>
internal static class SentenceBoundaries
{
    /// <summary>
    /// Marks the last of <paramref name="tokens"/> if it starts a sentence, the ones before it being marked
    /// already; <paramref name="pendingEnd"/> carries the state from token to token (false before the first).
    /// The tokenizer calls this as it makes each token.
    /// </summary>
    public static void MarkLast(Span<Token> tokens, ReadOnlySpan<char> shadow, ref bool pendingEnd)
    {
        var i = tokens.Length - 1;
        ref var token = ref tokens[i];
        if (i == 0)
        {
            token = token with { Flags = token.Flags | TokenFlags.SentenceStart };
            return;
        }

        ref readonly var previous = ref tokens[i - 1];
        var previousClosing = false;
        if (!previous.IsPunctuation)
        {
            pendingEnd = false;
        }
        else
        {
            var p = shadow[previous.FoldStart];
            if (IsTerminal(p) && !EndsAbbreviation(tokens, i - 1, shadow))
            {
                pendingEnd = true;
            }
            else if (!IsClosing(p))
            {
                pendingEnd = false;
            }

            previousClosing = IsClosing(p) && p != '\'';
        }

        // After ". »" a missing space ("TASS.»Le dirigeant") is a typing slip, not a continued sentence.
        var starts = token.Has(TokenFlags.NewlineBefore)
            || (pendingEnd && (token.Has(TokenFlags.SpaceBefore) || previousClosing) && OpensSentence(token, shadow));
        if (starts)
        {
            token = token with { Flags = token.Flags | TokenFlags.SentenceStart };
            pendingEnd = false;
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '»' or '"' or '”' or ')' or ']' or '\'';

    private static bool OpensSentence(in Token token, ReadOnlySpan<char> shadow) =>
        token.Has(TokenFlags.Capitalized) || token.IsNumber
        || (token.IsPunctuation && shadow[token.FoldStart] is '«' or '"' or '“' or '(' or '-' or '—' or '–');

    /// <summary>A full stop after a single capital (an initial) or a known abbreviation is not an end.</summary>
    private static bool EndsAbbreviation(Span<Token> tokens, int dotIndex, ReadOnlySpan<char> shadow)
    {
        if (shadow[tokens[dotIndex].FoldStart] != '.' || dotIndex == 0)
        {
            return false;
        }

        var word = tokens[dotIndex - 1];
        if (!word.IsWord || word.End != tokens[dotIndex].Start)
        {
            return false;
        }

        if (word.Length == 1 && word.Has(TokenFlags.Capitalized))
        {
            return true;
        }

        return Abbreviations.Contains(shadow.Slice(word.FoldStart, word.FoldEnd - word.FoldStart));
    }
}
