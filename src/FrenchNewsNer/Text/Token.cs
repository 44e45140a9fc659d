namespace FrenchNewsNer.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with internal hyphens and digits after a hyphen ("Artiom-Primorsky-1"), or an elided article ("l'").</summary>
    Word,

    /// <summary>ASCII digits with optional group separators and a decimal comma ("8 000", "8.000", "2,3").</summary>
    Number,

    /// <summary>Any other single character (or surrogate pair): punctuation, symbols, quotes.</summary>
    Punctuation,
}

/// <summary>Facts about a token that recognisers test often, computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>The first letter is upper case in the original text.</summary>
    Capitalized = 1 << 0,

    /// <summary>Two or more letters, all upper case ("RPDC", "TASS").</summary>
    AllCaps = 1 << 1,

    /// <summary>An elided word ending with its apostrophe ("l'", "d'", "qu'").</summary>
    Elision = 1 << 2,

    /// <summary>The word has an internal hyphen.</summary>
    Hyphenated = 1 << 3,

    /// <summary>White space, or the start of the text, comes right before the token.</summary>
    SpaceBefore = 1 << 4,

    /// <summary>A line break comes in the white space before the token.</summary>
    NewlineBefore = 1 << 5,

    /// <summary>The token starts a sentence.</summary>
    SentenceStart = 1 << 6,

    /// <summary>A word that contains a digit ("Geran-25").</summary>
    HasDigit = 1 << 7,

    /// <summary>A number with a decimal comma ("3,7").</summary>
    DecimalComma = 1 << 8,

    /// <summary>A number with group separators ("8 000", "8.000").</summary>
    Grouped = 1 << 9,
}

/// <summary>
/// A token: its span in the original text and in the folded shadow, its kind and flags. A small value
/// type so that the token array of a document is one contiguous block.
/// </summary>
/// <param name="Start">Original start, inclusive.</param>
/// <param name="End">Original end, exclusive.</param>
/// <param name="FoldStart">Shadow start, inclusive.</param>
/// <param name="FoldEnd">Shadow end, exclusive.</param>
/// <param name="Kind">The token kind.</param>
/// <param name="Flags">The token flags.</param>
internal readonly record struct Token(int Start, int End, int FoldStart, int FoldEnd, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
