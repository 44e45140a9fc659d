using System.Text.RegularExpressions;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>
/// The classes of tokens the matcher indexes patterns by when their first token is not a fixed word. A
/// token belongs to several (a capitalised word is also a word and a token); a test declares the
/// narrowest class every token it accepts belongs to.
/// </summary>
internal enum StartClass : byte
{
    AnyToken,
    Word,
    Number,
    Punctuation,
    CapitalizedWord,
    UncapitalizedWord,
}

/// <summary>
/// One compiled <see cref="PatternToken"/>: the conditions on a single token, and where a pattern that
/// starts with it can start (its folded words, or its <see cref="StartClass"/>).
/// </summary>
internal sealed class TokenTest
{
    /// <summary>How many start classes there are.</summary>
    public const int StartClassCount = 6;

    private readonly string[]? _exactWords;
    private readonly string[]? _foldedWords;
    private readonly TokenCase _case;
    private readonly PatternTokenKind _kind;
    private readonly string? _shape;
    private readonly Regex? _regex;
    private readonly bool _regexOnFolded;

    private TokenTest(string[]? exactWords, string[]? foldedWords, PatternToken token, Regex? regex)
    {
        _exactWords = exactWords;
        _foldedWords = foldedWords;
        _case = token.Case;
        _kind = token.Kind;
        _shape = token.Shape;
        _regex = regex;
        _regexOnFolded = token.RegexOnFolded;
        StartWords = foldedWords;
        StartClass = ClassOf(token);
    }

    /// <summary>The options the token's regular expression runs with (tests hold it to a non-backtracking engine), or null.</summary>
    internal RegexOptions? RegexEngineOptions => _regex?.Options;

    /// <summary>The folded words a matching token is one of, or null when any word may do.</summary>
    public string[]? StartWords { get; }

    /// <summary>The narrowest class every matching token belongs to (meaningful when <see cref="StartWords"/> is null).</summary>
    public StartClass StartClass { get; }

    /// <summary>Compiles <paramref name="token"/>; an invalid one throws what <paramref name="error"/> makes.</summary>
    public static TokenTest Compile(PatternToken token, Func<string, Exception> error)
    {
        string[]? exact = null;
        string[]? folded = null;
        if (token.Words is { } words)
        {
            if (words.Count == 0)
            {
                throw error("a token's word list is empty");
            }

            exact = token.IgnoreCase ? null : new string[words.Count];
            folded = new string[words.Count];
            for (var k = 0; k < words.Count; k++)
            {
                var single = PhraseTokens.SingleToken(words[k] ?? string.Empty)
                    ?? throw error($"'{words[k]}' is not one token; write one pattern token per word (or a phrase)");
                folded[k] = single.Folded;
                if (exact is not null)
                {
                    exact[k] = single.Original;
                }
            }
        }

        if (token.Shape is { } shape && (shape.Length == 0 || shape.Length > PatternToken.MaxRegexTokenLength))
        {
            throw error("a shape must have between 1 and 128 characters");
        }

        if (!Enum.IsDefined(token.Case) || !Enum.IsDefined(token.Kind) || !Enum.IsDefined(token.Repeat))
        {
            throw error("a token has an undefined case, kind or repeat value");
        }

        Regex? regex = null;
        if (token.Regex is { } pattern)
        {
            try
            {
                // NonBacktracking: the time of a match is linear in the token, whatever the pattern; the
                // constructs it cannot run (back-references, look-arounds) are refused here, at build time.
                regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                throw error($"the regular expression '{pattern}' cannot be used: {ex.Message}");
            }
        }

        return new TokenTest(exact, folded, token, regex);
    }

    /// <summary>Whether token <paramref name="index"/> of <paramref name="document"/> passes every condition.</summary>
    public bool Matches(Document document, int index)
    {
        ref readonly var token = ref document.Tokens[index];
        if (_kind != PatternTokenKind.Any && !IsKind(token, _kind))
        {
            return false;
        }

        if (_foldedWords is not null && !MatchesWord(document, index))
        {
            return false;
        }

        if (_case != TokenCase.Any && !HasCase(document, token, _case))
        {
            return false;
        }

        if (_shape is not null && !WordShape.Equals(document.OriginalOf(index), _shape))
        {
            return false;
        }

        if (_regex is not null)
        {
            var text = _regexOnFolded ? document.FoldedOf(index) : document.OriginalOf(index);
            if (text.Length > PatternToken.MaxRegexTokenLength || !_regex.IsMatch(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The classes <paramref name="token"/> belongs to, one bit per <see cref="StartClass"/>.</summary>
    public static int ClassesOf(in Token token)
    {
        var classes = 1 << (int)StartClass.AnyToken;
        switch (token.Kind)
        {
            case TokenKind.Word:
                classes |= (1 << (int)StartClass.Word) | (1 << (int)(token.Has(TokenFlags.Capitalized) ? StartClass.CapitalizedWord : StartClass.UncapitalizedWord));
                break;
            case TokenKind.Number:
                classes |= 1 << (int)StartClass.Number;
                break;
            default:
                classes |= 1 << (int)StartClass.Punctuation;
                break;
        }

        return classes;
    }

    private bool MatchesWord(Document document, int index)
    {
        if (_exactWords is not null)
        {
            var original = document.OriginalOf(index);
            foreach (var word in _exactWords)
            {
                if (original.SequenceEqual(word))
                {
                    return true;
                }
            }

            return false;
        }

        var folded = document.FoldedOf(index);
        foreach (var word in _foldedWords!)
        {
            if (folded.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKind(in Token token, PatternTokenKind kind) => kind switch
    {
        PatternTokenKind.Word => token.IsWord,
        PatternTokenKind.Number => token.IsNumber,
        _ => token.IsPunctuation,
    };

    private static bool HasCase(Document document, in Token token, TokenCase letterCase)
    {
        // Case is a property of words; the tokenizer's Capitalized flag is the first letter's case.
        if (!token.IsWord)
        {
            return false;
        }

        if (letterCase == TokenCase.Capitalized)
        {
            return token.Has(TokenFlags.Capitalized);
        }

        var wantUpper = letterCase == TokenCase.Upper;
        var letters = 0;
        foreach (var c in document.Text.AsSpan(token.Start, token.Length))
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (wantUpper ? !char.IsUpper(c) : char.IsUpper(c))
            {
                return false;
            }
        }

        return letters > 0;
    }

    private static StartClass ClassOf(PatternToken token)
    {
        // The narrowest class implied by the conditions; a wrong (too narrow) class would lose matches,
        // which the test comparing the matcher with an unindexed one would catch.
        if (token.Case is TokenCase.Capitalized or TokenCase.Upper)
        {
            return StartClass.CapitalizedWord;
        }

        if (token.Case == TokenCase.Lower)
        {
            return StartClass.UncapitalizedWord;
        }

        return token.Kind switch
        {
            PatternTokenKind.Word => StartClass.Word,
            PatternTokenKind.Number => StartClass.Number,
            PatternTokenKind.Punctuation => StartClass.Punctuation,
            _ => StartClass.AnyToken,
        };
    }
}
