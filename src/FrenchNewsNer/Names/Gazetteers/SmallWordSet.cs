using System.Numerics;
using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// A small immutable set of folded words (particles, prepositions, articles: a few dozen), probed for many
/// tokens of every text. Open addressing with a cheap hash of its own (<see cref="Hash"/>): a
/// <see cref="FoldedKeySet"/> computes the randomised string hash the large maps share, which costs more than
/// the whole probe of a set this small. Any number of threads may read it.
/// </summary>
internal sealed class SmallWordSet
{
    private readonly string?[] _words;
    private readonly int _shift;

    /// <summary>A set of <paramref name="words"/>, folded here (<see cref="TextFolding.Fold"/>) as a <see cref="FoldedKeySet"/> folds them.</summary>
    public SmallWordSet(params string[] words)
    {
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            folded.Add(TextFolding.Fold(word));
        }

        // Load factor at most one quarter: most probes are misses, which end at the first empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, folded.Count * 4));
        _words = new string?[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        foreach (var word in folded)
        {
            var slot = (int)(Hash(word) >> _shift);
            while (_words[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            _words[slot] = word;
        }
    }

    /// <summary>Whether the set holds an already folded word.</summary>
    public bool Contains(ReadOnlySpan<char> folded)
    {
        var mask = _words.Length - 1;
        for (var slot = (int)(Hash(folded) >> _shift); ; slot = (slot + 1) & mask)
        {
            var word = _words[slot];
            if (word is null)
            {
                return false;
            }

            if (folded.SequenceEqual(word))
            {
                return true;
            }
        }
    }

    /// <summary>FNV-1a over the chars: cheap, and enough for small tables whose slot is taken from its top bits.</summary>
    public static uint Hash(ReadOnlySpan<char> folded)
    {
        var hash = 2166136261u;
        foreach (var c in folded)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
