namespace FrenchNewsNer.Text;

/// <summary>
/// Marks the first token of each sentence: the first token, the first after a line break, and the
/// first capitalised word, number or opening quote after ". ! ? …" (closing quotes and brackets
/// allowed in between), unless the full stop ends an abbreviation ("M.", "Mme.", "J.").
/// </summary>
internal static class SentenceBoundaries
{
    public static void Mark(Span<Token> tokens, FoldedText folded)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var shadow = folded.Span;
        tokens[0] = tokens[0] with { Flags = tokens[0].Flags | TokenFlags.SentenceStart };
        var pendingEnd = false;
        for (var i = 1; i < tokens.Length; i++)
        {
            ref var token = ref tokens[i];
            var previous = tokens[i - 1];
            if (previous.IsPunctuation && IsTerminal(shadow[previous.FoldStart]) && !EndsAbbreviation(tokens, i - 1, shadow))
            {
                pendingEnd = true;
            }
            else if (!(previous.IsPunctuation && IsClosing(shadow[previous.FoldStart])))
            {
                pendingEnd = false;
            }

            // After ". »" a missing space ("TASS.»Le dirigeant") is a typing slip, not a continued sentence.
            var separated = token.Has(TokenFlags.SpaceBefore) || (previous.IsPunctuation && IsClosing(shadow[previous.FoldStart]) && shadow[previous.FoldStart] != '\'');
            var starts = token.Has(TokenFlags.NewlineBefore)
                || (pendingEnd && separated && OpensSentence(token, shadow));
            if (starts)
            {
                token = token with { Flags = token.Flags | TokenFlags.SentenceStart };
                pendingEnd = false;
            }
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
