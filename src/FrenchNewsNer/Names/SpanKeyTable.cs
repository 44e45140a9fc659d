namespace FrenchNewsNer.Names;

/// <summary>
/// A per-call hash set of char spans numbered in the order they were added: open addressing over reused
/// arrays, each key's chars copied into one buffer. Sized for a call by <see cref="Reset"/>. Its keys come
/// from the text, hence the randomised <see cref="string.GetHashCode(ReadOnlySpan{char})"/>: with a fixed,
/// public hash a hostile text could be made of words that all fall into one probe chain. Used by the
/// canonical-name resolver (name keys, words, initials) and the propagation pass (name words).
/// </summary>
internal sealed class SpanKeyTable
{
    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[] _hashes = new int[32];
    private int[] _buckets = new int[64]; // key number + 1; 0: empty
    private int _mask;

    public int Count { get; private set; }

    /// <summary>Empties the table for at most <paramref name="maxKeys"/> keys.</summary>
    public void Reset(int maxKeys)
    {
        // Load factor at most one half keeps probe sequences short; only the part in use is cleared.
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, maxKeys * 2));
        if (_buckets.Length < size)
        {
            _buckets = new int[size];
        }
        else
        {
            Array.Clear(_buckets, 0, size);
        }

        _mask = size - 1;
        _charCount = 0;
        Count = 0;
    }

    /// <summary>The number of <paramref name="key"/>, added now if new.</summary>
    public int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        var hash = string.GetHashCode(key);
        var bucket = Find(key, hash);
        if (_buckets[bucket] != 0)
        {
            added = false;
            return _buckets[bucket] - 1;
        }

        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }

        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_charCount + key.Length, _chars.Length * 2));
        }

        key.CopyTo(_chars.AsSpan(_charCount));
        _starts[Count] = _charCount;
        _lengths[Count] = key.Length;
        _hashes[Count] = hash;
        _charCount += key.Length;
        _buckets[bucket] = ++Count;
        added = true;
        return Count - 1;
    }

    /// <summary>The number of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> key) => _buckets[Find(key, string.GetHashCode(key))] - 1;

    // The bucket holding the key, or the empty bucket where it would go.
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var bucket = hash & _mask; ; bucket = (bucket + 1) & _mask)
        {
            var entry = _buckets[bucket] - 1;
            if (entry < 0 || (_hashes[entry] == hash && key.SequenceEqual(_chars.AsSpan(_starts[entry], _lengths[entry]))))
            {
                return bucket;
            }
        }
    }
}
