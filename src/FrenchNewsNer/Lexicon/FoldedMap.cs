using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    // Per slot, 0 when it is empty, else the key's hash with its lowest bit set. A probe reads only this array
    // until a tag agrees: a key the map lacks (most look-ups) costs one cache line, not a key reference and
    // a string for each slot of its probe sequence.
    private readonly int[] _tags;
    private readonly int _mask;

    private FoldedMap(string?[] keys, TValue[] values, int[] tags, int count)
    {
        _keys = keys;
        _values = values;
        _tags = tags;
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
        var tag = Tag(hash);
        var mask = _mask;

        // Unchecked: every slot index is masked to the table's power-of-two size.
        ref var tags = ref MemoryMarshal.GetArrayDataReference(_tags);
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var slotTag = Unsafe.Add(ref tags, slot);
            if (slotTag == tag && foldedKey.SequenceEqual(_keys[slot]))
            {
                value = _values[slot];
                return true;
            }

            if (slotTag == 0)
            {
                value = default!;
                return false;
            }
        }
    }

    // Never 0, the empty slot's tag.
    private static int Tag(int hash) => hash | 1;

    /// <summary>Whether the map holds an already folded key.</summary>
    public bool ContainsKey(ReadOnlySpan<char> foldedKey) => TryGetValue(foldedKey, out _);

    /// <summary>Collects entries; the last value added for a key wins unless a merge function is given.</summary>
    public sealed class Builder
    {
        // Keys map to positions in plain arrays rather than to the values themselves: a dictionary from
        // string to int is compiled once for the process, while a Dictionary<string, TValue> of each struct
        // payload (months, weekdays, units...) was compiled again for each at start-up.
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private readonly Func<TValue, TValue, TValue>? _merge;
        private string[] _keys = new string[16];
        private TValue[] _values = new TValue[16];
        private int _count;

        /// <summary>Creates a builder.</summary>
        /// <param name="merge">Combines an existing value with a new one for the same key; null replaces.</param>
        public Builder(Func<TValue, TValue, TValue>? merge = null) => _merge = merge;

        /// <summary>Adds a key (folded here) and its value.</summary>
        public Builder Add(string key, TValue value) => AddFolded(TextFolding.Fold(key), value);

        /// <summary>Adds a key that is already folded.</summary>
        public Builder AddFolded(string foldedKey, TValue value)
        {
            if (_positions.TryGetValue(foldedKey, out var position))
            {
                _values[position] = _merge is null ? value : _merge(_values[position], value);
                return this;
            }

            if (_count == _keys.Length)
            {
                var keys = new string[_count * 2];
                var values = new TValue[_count * 2];
                Array.Copy(_keys, keys, _count);
                Array.Copy(_values, values, _count);
                _keys = keys;
                _values = values;
            }

            _positions.Add(foldedKey, _count);
            _keys[_count] = foldedKey;
            _values[_count] = value;
            _count++;
            return this;
        }

        /// <summary>Builds the immutable map.</summary>
        public FoldedMap<TValue> Build()
        {
            var table = new Table(_count);
            for (var i = 0; i < _count; i++)
            {
                table.Put(_keys[i], _values[i]);
            }

            return table.ToMap();
        }
    }

    /// <summary>
    /// The map of already folded keys collected elsewhere (a builder's own dictionary), without copying them
    /// into a <see cref="Builder"/> first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per start on tens of thousands of keys
    public static FoldedMap<TValue> FromFolded(Dictionary<string, TValue> entries)
    {
        var table = new Table(entries.Count);
        foreach (var (key, value) in entries)
        {
            table.Put(key, value);
        }

        return table.ToMap();
    }

    /// <summary>The arrays of a map being filled; each key is put once.</summary>
    private readonly struct Table
    {
        private readonly string?[] _keys;
        private readonly TValue[] _values;
        private readonly int[] _tags;
        private readonly int _count;

        public Table(int count)
        {
            // Load factor at most one half keeps probe sequences short.
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
            _keys = new string?[size];
            _values = new TValue[size];
            _tags = new int[size];
            _count = count;
        }

        public void Put(string key, TValue value)
        {
            var mask = _keys.Length - 1;
            var hash = FoldedHash.Of(key);
            var slot = hash & mask;
            while (_tags[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
            _tags[slot] = Tag(hash);
        }

        public FoldedMap<TValue> ToMap() => new(_keys, _values, _tags, _count);
    }
}

/// <summary>The hash every <see cref="FoldedMap{TValue}"/> keys by (the same in every map of the process).</summary>
internal static class FoldedHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>The hash of a folded key.</summary>
    /// <remarks>
    /// Not the randomised string hash (Marvin): the tables are built once from fixed data and only probed
    /// with text, so the text cannot grow a probe chain, and a word hashed four characters at a time with a
    /// multiply and a final avalanche costs about half as much. Nearly every token of every document is
    /// hashed at least once. For that reason it must never key a table whose keys come from the text being
    /// read (a fixed, public hash lets a hostile text pile its words into one probe chain): such tables use
    /// the randomised <see cref="string.GetHashCode(ReadOnlySpan{char})"/>.
    /// </remarks>
    public static int Of(ReadOnlySpan<char> foldedKey)
    {
        // Read through a reference: the loop bounds already keep every read inside the key, and span
        // slicing cost a range check per step.
        ref var start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(foldedKey));
        var length = (nint)foldedKey.Length * 2;
        var h = (ulong)length * Multiplier;
        nint i = 0;
        for (; i <= length - 8; i += 8)
        {
            h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i))) * Multiplier, 29);
        }

        // The last one to three characters, zero-padded (the length is in h already).
        ulong tail = 0;
        if (length - i >= 4)
        {
            tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, i));
            i += 4;
        }

        if (length - i >= 2)
        {
            tail = (tail << 16) | Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, i));
        }

        h = (h ^ tail) * Multiplier;

        // The 64-bit finaliser of MurmurHash3: every input bit reaches the low bits that pick a slot.
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return (int)h;
    }
}

/// <summary>An immutable set of folded strings, looked up by span.</summary>
internal sealed class FoldedKeySet
{
    private readonly FoldedMap<bool> _map;

    private FoldedKeySet(FoldedMap<bool> map) => _map = map;

    /// <summary>How many keys the set holds.</summary>
    public int Count => _map.Count;

    /// <summary>A set of the given keys (folded here): small fixed word lists probed with a token's folded span.</summary>
    public static FoldedKeySet Of(params string[] keys)
    {
        var builder = new Builder();
        foreach (var key in keys)
        {
            builder.Add(key);
        }

        return builder.Build();
    }

    /// <summary>Whether the set holds an already folded key.</summary>
    public bool Contains(ReadOnlySpan<char> foldedKey) => _map.ContainsKey(foldedKey);

    /// <summary>Whether the set holds an already folded key whose <see cref="FoldedHash.Of"/> the caller has (a token's <see cref="Text.Document.HashOf"/>).</summary>
    public bool Contains(ReadOnlySpan<char> foldedKey, int hash) => _map.TryGetValue(foldedKey, hash, out _);

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

        /// <summary>Adds a key that is already folded (one taken from another map or matcher).</summary>
        public Builder AddFolded(string foldedKey)
        {
            _inner.AddFolded(foldedKey, true);
            return this;
        }

        /// <summary>Builds the immutable set.</summary>
        public FoldedKeySet Build() => new(_inner.Build());
    }
}
