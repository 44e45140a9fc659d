namespace FrenchNewsNer;

/// <summary>The letter case a pattern token asks for.</summary>
public enum TokenCase
{
    /// <summary>Any case (no condition).</summary>
    Any,

    /// <summary>A word whose first letter is upper case ("Paris", "RPDC", "L'"): spaCy's <c>IS_TITLE</c>.</summary>
    Capitalized,

    /// <summary>A word whose letters are all upper case ("RPDC", "A"): spaCy's <c>IS_UPPER</c>.</summary>
    Upper,

    /// <summary>A word whose letters are all lower case ("agence"): spaCy's <c>IS_LOWER</c>.</summary>
    Lower,
}

/// <summary>What a pattern token is made of, as the tokenizer sees it.</summary>
public enum PatternTokenKind
{
    /// <summary>Any token.</summary>
    Any,

    /// <summary>A word: letters, with internal hyphens ("Jean-Pierre"), or an elided article ("l'").</summary>
    Word,

    /// <summary>A number written in digits, with its group separators and decimal comma ("8 000", "2,3").</summary>
    Number,

    /// <summary>One other character: punctuation or a symbol ("«", "%", "&amp;").</summary>
    Punctuation,
}

/// <summary>How many times a pattern token may occur in a row (spaCy's <c>OP</c>).</summary>
public enum TokenRepeat
{
    /// <summary>Exactly once.</summary>
    One,

    /// <summary>Zero times or once (<c>"?"</c>).</summary>
    Optional,

    /// <summary>Once or more (<c>"+"</c>).</summary>
    OneOrMore,

    /// <summary>Zero times or more (<c>"*"</c>).</summary>
    ZeroOrMore,
}

/// <summary>
/// One token of a token pattern: every condition set must hold (an empty token matches any token).
/// Build it with the factories and the <c>with</c> expression:
/// <c>PatternToken.Shaped("Xxxx") with { Repeat = TokenRepeat.OneOrMore }</c>.
/// </summary>
/// <remarks>
/// A regular expression runs on one token only, is compiled with
/// <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/> (its time is linear in the
/// token, whatever the text), and never matches a token longer than
/// <see cref="MaxRegexTokenLength"/> characters; it searches the token as <c>Regex.IsMatch</c> does, so
/// anchor it (<c>^…$</c>) to match the whole token.
/// </remarks>
public sealed record PatternToken
{
    /// <summary>The longest token a regular expression is tried on; longer tokens do not match it.</summary>
    public const int MaxRegexTokenLength = 128;

    /// <summary>The token is one of these words (null: any word).</summary>
    public IReadOnlyList<string>? Words { get; init; }

    /// <summary>
    /// Compare <see cref="Words"/> folded (case and accents ignored, "Élysée" = "elysee", spaCy's <c>LOWER</c>)
    /// rather than exactly as written (<c>ORTH</c>).
    /// </summary>
    public bool IgnoreCase { get; init; }

    /// <summary>The letter case asked for.</summary>
    public TokenCase Case { get; init; }

    /// <summary>What the token is made of.</summary>
    public PatternTokenKind Kind { get; init; }

    /// <summary>
    /// The word shape, as spaCy writes it: upper-case letters become <c>X</c>, lower-case <c>x</c>, digits
    /// <c>d</c>, other characters stay, and a run of one of these longer than four is cut to four
    /// ("Paris" → "Xxxxx", "Vladivostok" → "Xxxxx", "2023" → "dddd", "A380" → "Xddd"). Null: any shape.
    /// </summary>
    public string? Shape { get; init; }

    /// <summary>A regular expression the token must contain a match of (null: none).</summary>
    public string? Regex { get; init; }

    /// <summary>Run <see cref="Regex"/> on the folded token (lower case, no accents) instead of the token as written.</summary>
    public bool RegexOnFolded { get; init; }

    /// <summary>How many times the token may occur in a row.</summary>
    public TokenRepeat Repeat { get; init; }

    /// <summary>Any one token.</summary>
    public static PatternToken Any { get; } = new();

    /// <summary>A token written exactly <paramref name="word"/>.</summary>
    /// <param name="word">The word, one token.</param>
    public static PatternToken Word(string word) => new() { Words = [Preconditions.CheckNotNull(word, nameof(word))] };

    /// <summary>A token equal to one of <paramref name="words"/>, case and accents ignored.</summary>
    /// <param name="words">The words, one token each.</param>
    public static PatternToken FoldedWord(params string[] words) => new() { Words = Preconditions.CheckNotNull(words, nameof(words)), IgnoreCase = true };

    /// <summary>A word of the given case.</summary>
    /// <param name="letterCase">The case.</param>
    public static PatternToken WithCase(TokenCase letterCase) => new() { Case = letterCase, Kind = PatternTokenKind.Word };

    /// <summary>A token of the given word shape (see <see cref="Shape"/>).</summary>
    /// <param name="shape">The shape, such as "Xxxx" or "dd".</param>
    public static PatternToken Shaped(string shape) => new() { Shape = Preconditions.CheckNotNull(shape, nameof(shape)) };

    /// <summary>A token containing a match of <paramref name="regex"/> (see the remarks on the type).</summary>
    /// <param name="regex">The regular expression.</param>
    /// <param name="onFolded">True to match the folded token.</param>
    public static PatternToken Matching(string regex, bool onFolded = false) => new() { Regex = Preconditions.CheckNotNull(regex, nameof(regex)), RegexOnFolded = onFolded };

    /// <summary>This token, optional.</summary>
    public PatternToken Optional() => this with { Repeat = TokenRepeat.Optional };

    /// <summary>This token, once or more in a row.</summary>
    public PatternToken OneOrMore() => this with { Repeat = TokenRepeat.OneOrMore };
}
