using System.Numerics;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>
/// A pattern as a small automaton over tokens. State k means "token test k is next"; a token test that
/// may repeat keeps its state on a match, one that may be skipped adds the next state for free (the
/// closure). The set of live states is a bit mask, so one step costs one test per live state, and a match
/// is tried over at most <see cref="EntityPattern.MaxMatchTokens"/> tokens: bounded work per start token.
/// </summary>
internal sealed class CompiledPattern
{
    private static readonly EntityKindSet PatternKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    private readonly TokenTest[] _tests;
    private readonly bool[] _repeats;
    private readonly ulong[] _closure;
    private readonly ulong _accept;

    private CompiledPattern(TokenTest[] tests, bool[] repeats, ulong[] closure)
    {
        _tests = tests;
        _repeats = repeats;
        _closure = closure;
        _accept = 1UL << tests.Length;
    }

    /// <summary>The token tests a match can begin with: the first, and the ones after any skippable first tests.</summary>
    public IReadOnlyList<TokenTest> FirstTests
    {
        get
        {
            var first = new List<TokenTest>();
            var states = _closure[0];
            for (var k = 0; k < _tests.Length; k++)
            {
                if ((states & (1UL << k)) != 0)
                {
                    first.Add(_tests[k]);
                }
            }

            return first;
        }
    }

    /// <summary>Compiles and checks <paramref name="pattern"/>; a problem throws what <paramref name="error"/> makes.</summary>
    public static CompiledPattern Compile(EntityPattern pattern, Func<string, Exception> error)
    {
        if (!PatternKinds.Contains(pattern.Kind))
        {
            throw error($"a pattern makes a Person, Organization or Location, not {pattern.Kind}: quantities, dates and numbers take their values from their own grammars (add units with AddUnit)");
        }

        if (pattern.Tokens.Count == 0)
        {
            throw error("a pattern needs at least one token");
        }

        if (pattern.Tokens.Count > EntityPattern.MaxPatternTokens)
        {
            throw error($"a pattern may list at most {EntityPattern.MaxPatternTokens} tokens");
        }

        // "Once or more" is "once" then "zero or more": every state then either matches once or repeats.
        var tests = new List<TokenTest>();
        var repeats = new List<bool>();
        var optional = new List<bool>();
        foreach (var token in pattern.Tokens)
        {
            var test = TokenTest.Compile(Preconditions.CheckNotNull(token, nameof(pattern.Tokens)), error);
            if (token.Repeat == TokenRepeat.OneOrMore)
            {
                tests.Add(test);
                repeats.Add(false);
                optional.Add(false);
            }

            tests.Add(test);
            repeats.Add(token.Repeat is TokenRepeat.OneOrMore or TokenRepeat.ZeroOrMore);
            optional.Add(token.Repeat is TokenRepeat.Optional or TokenRepeat.OneOrMore or TokenRepeat.ZeroOrMore);
        }

        if (tests.Count > 63)
        {
            throw error("a pattern has too many repeated tokens (at most 63 states once each '+' counts twice)");
        }

        // Closure, from the accepting state back: a skippable test adds what follows it.
        var closure = new ulong[tests.Count + 1];
        closure[tests.Count] = 1UL << tests.Count;
        for (var k = tests.Count - 1; k >= 0; k--)
        {
            closure[k] = (1UL << k) | (optional[k] ? closure[k + 1] : 0);
        }

        if ((closure[0] & closure[tests.Count]) != 0)
        {
            throw error("a pattern must match at least one token: every token of this one is optional");
        }

        return new CompiledPattern(tests.ToArray(), repeats.ToArray(), closure);
    }

    /// <summary>The end (exclusive token index) of the longest match starting at token <paramref name="start"/>, or -1.</summary>
    public int LongestMatch(Document document, int start)
    {
        var tokens = document.Tokens.Length;
        var limit = Math.Min(tokens, start + EntityPattern.MaxMatchTokens);
        var states = _closure[0];
        var end = -1;
        for (var j = start; j < limit; j++)
        {
            var next = 0UL;
            var live = states & (_accept - 1);
            while (live != 0)
            {
                var k = BitOperations.TrailingZeroCount(live);
                live &= live - 1;
                if (_tests[k].Matches(document, j))
                {
                    next |= _closure[k + 1] | (_repeats[k] ? _closure[k] : 0);
                }
            }

            if (next == 0)
            {
                break;
            }

            states = next;
            if ((states & _accept) != 0)
            {
                end = j + 1;
            }
        }

        return end;
    }
}
