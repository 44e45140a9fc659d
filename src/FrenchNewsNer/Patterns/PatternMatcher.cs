using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>One pattern match: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and the pattern's index.</summary>
internal readonly record struct PatternMatch(int FirstToken, int EndToken, int Pattern);

/// <summary>
/// Matches a set of patterns over a document's tokens, indexed by where each can start: the folded words
/// its first tokens are fixed to, else the class of token it needs (capitalised word, number…). At each
/// token only the patterns indexed under that token's folded form and classes are tried, never the whole
/// set. Left to right, the longest match at a token wins (the pattern added first on a tie) and matching
/// resumes after it, so matches never overlap. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Work per token: one hash look-up, then for each pattern indexed there at most
/// <see cref="EntityPattern.MaxMatchTokens"/> steps of its automaton: linear in the text for a given set.
/// </remarks>
internal sealed class PatternMatcher
{
    private readonly CompiledPattern[] _patterns;
    private readonly EntityKind[] _kinds;
    private readonly FoldedMap<int[]> _byWord;
    private readonly int[][] _byClass;
    private readonly int _indexedClasses;

    /// <summary>Indexes <paramref name="patterns"/>; their order is their priority on ties.</summary>
    public PatternMatcher(IReadOnlyList<EntityPattern> patterns)
    {
        _patterns = new CompiledPattern[patterns.Count];
        _kinds = new EntityKind[patterns.Count];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byClass = new List<int>[TokenTest.StartClassCount];
        for (var p = 0; p < patterns.Count; p++)
        {
            _patterns[p] = patterns[p].Compiled;
            _kinds[p] = patterns[p].Kind;
            foreach (var test in _patterns[p].FirstTests)
            {
                if (test.StartWords is { } words)
                {
                    foreach (var word in words)
                    {
                        AddOnce(byWord.TryGetValue(word, out var list) ? list : byWord[word] = new List<int>(), p);
                    }
                }
                else
                {
                    AddOnce(byClass[(int)test.StartClass] ??= new List<int>(), p);
                }
            }
        }

        var map = new FoldedMap<int[]>.Builder();
        foreach (var (word, list) in byWord)
        {
            map.AddFolded(word, list.ToArray());
        }

        _byWord = map.Build();
        _byClass = new int[TokenTest.StartClassCount][];
        for (var c = 0; c < byClass.Length; c++)
        {
            _byClass[c] = byClass[c]?.ToArray() ?? [];
            _indexedClasses |= _byClass[c].Length > 0 ? 1 << c : 0;
        }

        Kinds = EntityKindSet.Of(_kinds);
    }

    /// <summary>The kinds the patterns make.</summary>
    public EntityKindSet Kinds { get; }

    /// <summary>How many patterns there are.</summary>
    public int Count => _patterns.Length;

    /// <summary>The kind pattern <paramref name="index"/> makes.</summary>
    public EntityKind KindOf(int index) => _kinds[index];

    /// <summary>Appends the matches of the patterns of <paramref name="wanted"/> kinds, left to right.</summary>
    public void Match(Document document, EntityKindSet wanted, List<PatternMatch> output)
    {
        var tokens = document.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var bestEnd = -1;
            var bestPattern = int.MaxValue;
            if (_byWord.Count > 0 && _byWord.TryGetValue(document.FoldedOf(i), out var candidates))
            {
                Try(candidates, document, i, wanted, ref bestEnd, ref bestPattern);
            }

            var classes = TokenTest.ClassesOf(tokens[i]) & _indexedClasses;
            while (classes != 0)
            {
                var c = System.Numerics.BitOperations.TrailingZeroCount(classes);
                classes &= classes - 1;
                Try(_byClass[c], document, i, wanted, ref bestEnd, ref bestPattern);
            }

            if (bestEnd > i)
            {
                output.Add(new PatternMatch(i, bestEnd, bestPattern));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }
    }

    private void Try(int[] candidates, Document document, int start, EntityKindSet wanted, ref int bestEnd, ref int bestPattern)
    {
        foreach (var p in candidates)
        {
            if (!wanted.Contains(_kinds[p]))
            {
                continue;
            }

            var end = _patterns[p].LongestMatch(document, start);
            if (end > bestEnd || (end == bestEnd && end > 0 && p < bestPattern))
            {
                bestEnd = end;
                bestPattern = p;
            }
        }
    }

    private static void AddOnce(List<int> list, int pattern)
    {
        if (list.Count == 0 || list[^1] != pattern)
        {
            list.Add(pattern);
        }
    }
}
