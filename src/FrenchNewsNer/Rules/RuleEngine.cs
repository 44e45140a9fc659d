using System.Numerics;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Rules;

/// <summary>
/// Runs a family's rules over a document in one pass over the tokens, asking at each token only the rules
/// that may open there (as Markdig's block parsers declare their opening characters). Built once from the
/// rules' <see cref="RuleStart"/> declarations: token shapes are indexed by token kind, characters and
/// folded words by key, and each distinct lexicon start filter and <see cref="IStartTest"/> runs at most once
/// per token, skipped when every rule declaring it already opens. Immutable and thread-safe; nothing is allocated per token.
/// </summary>
/// <typeparam name="TScan">The family's per-document scan.</typeparam>
/// <remarks>
/// Rules are asked in the order given, which is their priority: the first that takes tokens wins the
/// position and the scan moves past what it took; when none does, the scan moves one token on. At most 64
/// rules per engine (one bit each).
/// </remarks>
internal sealed class RuleEngine<TScan>
    where TScan : IRuleScan
{
    /// <summary>What <see cref="ITokenRule{TScan}.Apply"/> returns when the rule reads nothing at the token.</summary>
    public const int NotHere = -1;

    private readonly ITokenRule<TScan>[] _rules;
    private readonly ulong _all;

    // Per token kind: the rules opening at any token of that kind, then shapes with flags to test.
    private readonly ulong[] _byKind;
    private readonly (TokenShape Shape, ulong Rules)[][] _shapesByKind;

    // One-character tokens and folded words, by key.
    private readonly (char Char, ulong Rules)[] _chars;
    private readonly FoldedMap<ulong>? _words;

    private readonly (IStartTest Test, ulong Rules)[] _tests;
    private readonly (PhraseStartFilter Filter, ulong Rules)[] _phrases;

    /// <summary>Indexes <paramref name="rules"/>, in priority order, by where they may open.</summary>
    public RuleEngine(IReadOnlyList<ITokenRule<TScan>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count > 64)
        {
            throw new ArgumentException("At most 64 rules per engine.", nameof(rules));
        }

        _rules = [.. rules];
        var kinds = Enum.GetValues<TokenKind>().Length;
        _byKind = new ulong[kinds];
        var shapes = new List<(TokenShape, ulong)>[kinds];
        var chars = new Dictionary<char, ulong>();
        var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var tests = new List<(IStartTest Test, ulong Rules)>();
        var phrases = new List<(PhraseStartFilter Filter, ulong Rules)>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var bit = 1UL << r;
            _all |= bit;
            var start = _rules[r].Start;
            foreach (var shape in start.Shapes)
            {
                if (shape.Required == TokenFlags.None && shape.Forbidden == TokenFlags.None)
                {
                    _byKind[(int)shape.Kind] |= bit;
                }
                else
                {
                    (shapes[(int)shape.Kind] ??= []).Add((shape, bit));
                }
            }

            foreach (var c in start.Chars)
            {
                chars[c] = chars.GetValueOrDefault(c) | bit;
            }

            foreach (var word in start.Words)
            {
                words[word] = words.GetValueOrDefault(word) | bit;
            }

            foreach (var filter in start.PhraseFilters)
            {
                Declare(phrases, filter, bit);
            }

            foreach (var test in start.Tests)
            {
                Declare(tests, test, bit);
            }
        }

        _shapesByKind = [.. shapes.Select(list => list?.ToArray() ?? [])];
        _chars = [.. chars.Select(pair => (pair.Key, pair.Value))];
        _words = words.Count == 0 ? null : FoldedMap<ulong>.FromFolded(words);
        _tests = [.. tests];
        _phrases = [.. phrases];
    }

    // A filter or test shared by several rules is run once per token, for all of them.
    private static void Declare<T>(List<(T Condition, ulong Rules)> conditions, T condition, ulong bit)
        where T : class
    {
        var at = conditions.FindIndex(c => ReferenceEquals(c.Condition, condition));
        if (at < 0)
        {
            conditions.Add((condition, bit));
        }
        else
        {
            conditions[at] = (condition, conditions[at].Rules | bit);
        }
    }

    /// <summary>The rules, in priority order.</summary>
    public IReadOnlyList<ITokenRule<TScan>> Rules => _rules;

    /// <summary>Runs the rules over <paramref name="document"/> from its first token to its last.</summary>
    public void Run(Document document, TScan scan, RuleDispatch dispatch = RuleDispatch.Indexed)
    {
        var tokens = document.Tokens;
        var shadow = document.ShadowSpan;

        // The tests' per-document bits, where an analysis of the document holds them: one array per document.
        var bits = _tests.Length == 0 ? [] : new ulong[]?[_tests.Length];
        for (var t = 0; t < bits.Length; t++)
        {
            bits[t] = _tests[t].Test.StartBits(document);
        }

        var i = 0;
        while (i < tokens.Length)
        {
            var open = dispatch == RuleDispatch.Indexed ? OpeningAt(document, i, tokens[i], shadow, bits) : _all;
            if (open == 0 || !scan.Admits(i))
            {
                i++;
                continue;
            }

            var next = NotHere;
            for (; open != 0 && next == NotHere; open &= open - 1)
            {
                next = _rules[BitOperations.TrailingZeroCount(open)].Apply(scan, i);
            }

            // A rule that took tokens moves the scan past them; the scan always moves forward.
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>The rules that may open at token <paramref name="index"/>, one bit each in priority order.</summary>
    public ulong OpeningAt(Document document, int index) => OpeningAt(document, index, document.Tokens[index], document.ShadowSpan, new ulong[]?[_tests.Length]);

    private ulong OpeningAt(Document document, int index, in Token token, ReadOnlySpan<char> shadow, ulong[]?[] bits)
    {
        var open = _byKind[(int)token.Kind];
        var shapes = _shapesByKind[(int)token.Kind];
        for (var s = 0; s < shapes.Length; s++)
        {
            if (shapes[s].Shape.Matches(token))
            {
                open |= shapes[s].Rules;
            }
        }

        var folded = shadow.Slice(token.FoldStart, token.FoldEnd - token.FoldStart);
        if (folded.Length == 1)
        {
            var chars = _chars;
            for (var c = 0; c < chars.Length; c++)
            {
                if (folded[0] == chars[c].Char)
                {
                    open |= chars[c].Rules;
                }
            }
        }

        if (_words is not null && token.IsWord && _words.TryGetValue(folded, out var wordRules))
        {
            open |= wordRules;
        }

        var phrases = _phrases;
        for (var p = 0; p < phrases.Length; p++)
        {
            var rules = phrases[p].Rules;
            if ((open & rules) != rules && phrases[p].Filter.MayStartAt(document, index, folded))
            {
                open |= rules;
            }
        }

        var tests = _tests;
        for (var t = 0; t < tests.Length; t++)
        {
            // A test whose rules all open already cannot add one: skip it.
            var testRules = tests[t].Rules;
            if ((open & testRules) != testRules
                && (bits[t] is { } starts ? (starts[index >> 6] & (1UL << index)) != 0 : tests[t].Test.MayStartAt(document, index, folded)))
            {
                open |= testRules;
            }
        }

        return open;
    }
}
