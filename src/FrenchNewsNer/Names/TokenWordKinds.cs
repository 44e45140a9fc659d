using System.Buffers;
using System.Numerics;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// A per-call hash table from a document's folded words to an entity kind, keyed by the index of a token
/// that spells the word: the propagation pass used to build a string per name word (and a second table
/// from those strings), while every key is already a span of the document's folded text. Open addressing
/// over pooled arrays, returned by <see cref="Dispose"/>; never shared between calls.
/// </summary>
internal sealed class TokenWordKinds : IDisposable
{
    private readonly Document _document;
    private int[] _tokens; // token index + 1 of each slot's word; 0 = empty
    private int[] _hashes;
    private EntityKind[] _kinds;
    private readonly int _mask;

    /// <summary>Creates a table for at most <paramref name="capacity"/> distinct words of <paramref name="document"/>.</summary>
    public TokenWordKinds(Document document, int capacity)
    {
        _document = document;
        // Load factor at most one half keeps probe sequences short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, capacity * 2));
        _tokens = ArrayPool<int>.Shared.Rent(size);
        _hashes = ArrayPool<int>.Shared.Rent(size);
        _kinds = ArrayPool<EntityKind>.Shared.Rent(size);
        Array.Clear(_tokens, 0, size);
        _mask = size - 1;
    }

    /// <summary>How many distinct words the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Records token <paramref name="token"/>'s folded word with <paramref name="kind"/>: a new word takes it;
    /// a word already there keeps its kind unless <paramref name="kind"/> is Person (a person's word wins).
    /// </summary>
    public void Add(int token, EntityKind kind)
    {
        var word = _document.FoldedOf(token);
        var hash = Hash(word);
        var slot = Find(word, hash);
        if (_tokens[slot] != 0)
        {
            if (kind == EntityKind.Person)
            {
                _kinds[slot] = kind;
            }

            return;
        }

        _tokens[slot] = token + 1;
        _hashes[slot] = hash;
        _kinds[slot] = kind;
        Count++;
    }

    /// <summary>The kind recorded for a folded word, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out EntityKind kind)
    {
        var slot = Find(word, Hash(word));
        kind = _kinds[slot];
        return _tokens[slot] != 0;
    }

    /// <summary>Returns the pooled arrays.</summary>
    public void Dispose()
    {
        if (_tokens is null)
        {
            return;
        }

        ArrayPool<int>.Shared.Return(_tokens);
        ArrayPool<int>.Shared.Return(_hashes);
        ArrayPool<EntityKind>.Shared.Return(_kinds);
        _tokens = null!;
        _hashes = null!;
        _kinds = null!;
    }

    // The randomised string hash, not FoldedHash.Of: this table's keys come from the text itself, and with a
    // fixed, public hash a hostile text could be made of words that all fall into one probe chain (quadratic
    // insertion). The static lexicon maps may use FoldedHash: text only probes them, it never adds keys.
    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word);

    // The slot holding the word, or the empty slot where it would go.
    private int Find(ReadOnlySpan<char> word, int hash)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var token = _tokens[slot];
            if (token == 0 || (_hashes[slot] == hash && _document.FoldedOf(token - 1).SequenceEqual(word)))
            {
                return slot;
            }
        }
    }
}
