using System.Numerics;
using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Lexicon;

/// <summary>
/// An immutable hash table from folded strings to values, looked up by <see cref="ReadOnlySpan{T}"/>
/// so that recognisers never allocate a substring per token. Open addressing with linear probing over
/// power-of-two buckets; built once, then read concurrently without locks.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class FoldedMap<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _hashes;
    private readonly int _mask;

    private FoldedMap(string?[] keys, TValue[] values, int[] hashes, int count)
    {
        _keys = keys;
        _values = values;
        _hashes = hashes;
        _mask = keys.Length - 1;
        Count = count;
    }

    /// <summary>An empty map.</summary>
    public static FoldedMap<TValue> Empty { get; } = new Builder().Build();

    /// <summary>How many keys the map holds.</summary>
    public int Count { get; }

    /// <summary>The keys, in no particular order.</summary>
    public IEnumerable<string> Keys => _keys.Where(k => k is not null)!;

    /// <summary>Looks up an already folded key.</summary>
    public bool TryGetValue(ReadOnlySpan<char> foldedKey, out TValue value) => TryGetValue(foldedKey, FoldedHash.Of(foldedKey), out value);

    /// <summary>
    /// Looks up an already folded key whose <see cref="FoldedHash.Of"/> the caller has computed, so a token
    /// looked up in several maps is hashed once.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> foldedKey, int hash, out TValue value)
    {
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var key = _keys[slot];
            if (key is null)
            {
                value = default!;
                return false;
            }

            if (_hashes[slot] == hash && foldedKey.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Whether the map holds an already folded key.</summary>
    public bool ContainsKey(ReadOnlySpan<char> foldedKey) => TryGetValue(foldedKey, out _);

    /// <summary>Collects entries; the last value added for a key wins unless a merge function is given.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);
        private readonly Func<TValue, TValue, TValue>? _merge;

        /// <summary>Creates a builder.</summary>
        /// <param name="merge">Combines an existing value with a new one for the same key; null replaces.</param>
        public Builder(Func<TValue, TValue, TValue>? merge = null) => _merge = merge;

        /// <summary>Adds a key (folded here) and its value.</summary>
        public Builder Add(string key, TValue value) => AddFolded(TextFolding.Fold(key), value);

        /// <summary>Adds a key that is already folded.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Builder AddFolded(string foldedKey, TValue value)
        {
            if (_merge is not null && _entries.TryGetValue(foldedKey, out var existing))
            {
                value = _merge(existing, value);
            }

            _entries[foldedKey] = value;
            return this;
        }

        /// <summary>Builds the immutable map.</summary>
        public FoldedMap<TValue> Build() => FromFolded(_entries);
    }

    /// <summary>
    /// The map of already folded keys collected elsewhere (a builder's own dictionary), without copying them
    /// into a <see cref="Builder"/> first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per start on tens of thousands of keys
    public static FoldedMap<TValue> FromFolded(Dictionary<string, TValue> entries)
    {
        // Load factor at most one half keeps probe sequences short.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, entries.Count * 2));
        var keys = new string?[size];
        var values = new TValue[size];
        var hashes = new int[size];
        foreach (var (key, value) in entries)
        {
            var hash = FoldedHash.Of(key);
            var slot = hash & (size - 1);
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            keys[slot] = key;
            values[slot] = value;
            hashes[slot] = hash;
        }

        return new FoldedMap<TValue>(keys, values, hashes, entries.Count);
    }
}

/// <summary>The hash every <see cref="FoldedMap{TValue}"/> keys by (the same in every map of the process).</summary>
internal static class FoldedHash
{
    /// <summary>The hash of a folded key.</summary>
    public static int Of(ReadOnlySpan<char> foldedKey) => string.GetHashCode(foldedKey);
}

/// <summary>An immutable set of folded strings, looked up by span.</summary>
internal sealed class FoldedKeySet
{
    private readonly FoldedMap<bool> _map;

    private FoldedKeySet(FoldedMap<bool> map) => _map = map;

    /// <summary>How many keys the set holds.</summary>
    public int Count => _map.Count;

    /// <summary>Whether the set holds an already folded key.</summary>
    public bool Contains(ReadOnlySpan<char> foldedKey) => _map.ContainsKey(foldedKey);

    /// <summary>Collects keys.</summary>
    public sealed class Builder
    {
        private readonly FoldedMap<bool>.Builder _inner = new();

        /// <summary>Adds a key (folded here).</summary>
        public Builder Add(string key)
        {
            _inner.Add(key, true);
            return this;
        }

        /// <summary>Builds the immutable set.</summary>
        public FoldedKeySet Build() => new(_inner.Build());
    }
}
