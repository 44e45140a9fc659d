using FrenchNewsNer.Text;

namespace FrenchNewsNer.Rules;

/// <summary>
/// Where a rule may open, declared once with the rule: the tokens its first token can be, as a union of
/// conditions the <see cref="RuleEngine{TScan}"/> indexes (token kind and flags, one character, folded
/// words) and tests it runs once per token for every rule that declares them (a lexicon's first tokens, a
/// per-document analysis). A rule is asked only at tokens where one of its conditions holds, so the
/// conditions must be necessary: a rule that could succeed where none holds would be skipped there (the
/// engine's property test runs every rule at every token to check it). Immutable.
/// </summary>
internal sealed class RuleStart
{
    private RuleStart(TokenShape[] shapes, char[] chars, string[] words, IStartTest[] tests, PhraseStartFilter[]? phrases = null)
    {
        PhraseFilters = phrases ?? [];
        Shapes = shapes;
        Chars = chars;
        Words = words;
        Tests = tests;
    }

    /// <summary>Token kinds with flags required and flags forbidden.</summary>
    internal TokenShape[] Shapes { get; }

    /// <summary>Single-character tokens, as folded ("-", "$").</summary>
    internal char[] Chars { get; }

    /// <summary>Word tokens by their folded form ("moins", "l'").</summary>
    internal string[] Words { get; }

    /// <summary>Lexicons whose phrases' first tokens the rule may open at (called directly, not through an interface: they run at every token).</summary>
    internal PhraseStartFilter[] PhraseFilters { get; }

    /// <summary>Tests run at each token (lexicon first tokens, per-document analyses).</summary>
    internal IStartTest[] Tests { get; }

    /// <summary>Tokens of <paramref name="kind"/> that carry every flag of <paramref name="required"/> and none of <paramref name="forbidden"/>.</summary>
    public static RuleStart Kind(TokenKind kind, TokenFlags required = TokenFlags.None, TokenFlags forbidden = TokenFlags.None) =>
        new([new TokenShape(kind, required, forbidden)], [], [], []);

    /// <summary>Tokens of one character whose folded form is <paramref name="c"/>.</summary>
    public static RuleStart Char(char c) => new([], [c], [], []);

    /// <summary>Word tokens whose folded form is one of <paramref name="folded"/>.</summary>
    public static RuleStart Word(params string[] folded) => new([], [], [.. folded], []);

    /// <summary>The first tokens of a lexicon's phrases (<paramref name="lexicon"/>'s start filter).</summary>
    public static RuleStart Phrases(PhraseStartFilter lexicon) => new([], [], [], [], [lexicon ?? throw new ArgumentNullException(nameof(lexicon))]);

    /// <summary>Tokens where <paramref name="test"/> holds.</summary>
    public static RuleStart When(IStartTest test) => new([], [], [], [test ?? throw new ArgumentNullException(nameof(test))]);

    /// <summary>The union of two starts: the rule may open where either may.</summary>
    public static RuleStart operator |(RuleStart left, RuleStart right) =>
        new([.. left.Shapes, .. right.Shapes], [.. left.Chars, .. right.Chars], [.. left.Words, .. right.Words], [.. left.Tests, .. right.Tests], [.. left.PhraseFilters, .. right.PhraseFilters]);
}

/// <summary>A token kind with flags required and flags forbidden.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Required">Flags the token must all carry.</param>
/// <param name="Forbidden">Flags the token must not carry.</param>
internal readonly record struct TokenShape(TokenKind Kind, TokenFlags Required, TokenFlags Forbidden)
{
    /// <summary>Whether <paramref name="token"/> has this shape.</summary>
    public bool Matches(in Token token) =>
        token.Kind == Kind && (token.Flags & Required) == Required && (token.Flags & Forbidden) == 0;
}

/// <summary>
/// A start condition the engine cannot index by key: a lexicon's first tokens, a per-document analysis.
/// One-sided: false means no rule declaring it opens at the token. Immutable and thread-safe.
/// </summary>
internal interface IStartTest
{
    /// <summary>Whether a rule may open at token <paramref name="index"/> of <paramref name="document"/>, whose folded form is <paramref name="folded"/>.</summary>
    bool MayStartAt(Document document, int index, ReadOnlySpan<char> folded);

    /// <summary>
    /// The answers of <see cref="MayStartAt"/> for every token of <paramref name="document"/> as bits (token i at
    /// bit i % 64 of word i / 64), when a per-document analysis already holds them; null to be asked per token.
    /// The engine then tests a bit instead of calling the test at each token.
    /// </summary>
    ulong[]? StartBits(Document document) => null;
}
