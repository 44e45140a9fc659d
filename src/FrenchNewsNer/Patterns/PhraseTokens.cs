using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>Splits a phrase into pattern tokens with the document tokenizer, so a phrase and a text agree on what a token is.</summary>
internal static class PhraseTokens
{
    /// <summary>One word token per token of <paramref name="phrase"/>: exact, or folded when <paramref name="ignoreCase"/>.</summary>
    public static PatternToken[] Split(string phrase, bool ignoreCase)
    {
        var document = Document.Create(phrase);
        var tokens = new PatternToken[document.Tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            tokens[k] = ignoreCase
                ? PatternToken.FoldedWord(document.FoldedOf(k).ToString())
                : PatternToken.Word(document.OriginalOf(k).ToString());
        }

        document.Release();
        return tokens;
    }

    /// <summary>The single token <paramref name="word"/> is, or null when it is none or several ("l'Élysée" is two).</summary>
    public static (string Original, string Folded)? SingleToken(string word)
    {
        var document = Document.Create(word);
        try
        {
            if (document.Tokens.Length != 1 || document.Tokens[0].Length != word.Length)
            {
                return null;
            }

            return (document.OriginalOf(0).ToString(), document.FoldedOf(0).ToString());
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>The key of a phrase: its tokens, folded, joined by one space ("Le  Monde" → "le monde").</summary>
    public static string Key(string phrase)
    {
        var document = Document.Create(phrase);
        try
        {
            var parts = new string[document.Tokens.Length];
            for (var k = 0; k < parts.Length; k++)
            {
                parts[k] = document.FoldedOf(k).ToString();
            }

            return string.Join(' ', parts);
        }
        finally
        {
            document.Release();
        }
    }
}
