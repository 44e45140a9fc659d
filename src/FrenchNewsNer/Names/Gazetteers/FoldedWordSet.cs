using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// A frozen set of several hundred thousand folded words, each with an optional short value, looked up by
/// span in O(1): an open-addressing hash table over the UTF-8 lines the words came in. The common-word
/// lexicon (430,000 forms) and the first names ship folded, unique and in ordinal order, one
/// <c>word</c> or <c>word&lt;TAB&gt;value</c> per line, so loading is one copy and one scan that checks the
/// order and hashes each line in place: no string per word, no decoding or folding.
/// Memory: the UTF-8 text (5 MB for the common words) and one 32-bit slot per two words or fewer. A slot
/// holds the word's start in the text plus, in its spare high bits, a few bits of the word's hash, so a
/// probe that misses rarely touches the text. Immutable after construction, so any number of threads
/// may read it.
/// </summary>
internal sealed class FoldedWordSet
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly byte[] _utf8;   // the file's bytes; each line is ended by '\n'
    private readonly uint[] _slots;  // 0: empty; else (tag << _offsetBits) | (start of the line + 1)
    private readonly int _indexShift; // 32 - log2(_slots.Length): the slot index is the top bits of the mixed hash
    private readonly int _offsetBits;
    private readonly uint _offsetMask;
    private readonly uint _tagMask;

    private FoldedWordSet(byte[] utf8, uint[] slots, int offsetBits, int count)
    {
        _utf8 = utf8;
        _slots = slots;
        _indexShift = 32 - BitOperations.Log2((uint)slots.Length);
        _offsetBits = offsetBits;
        _offsetMask = (1u << offsetBits) - 1;
        _tagMask = TagMask(offsetBits);
        Count = count;
    }

    /// <summary>How many words the set holds.</summary>
    public int Count { get; }

    /// <summary>Whether the set holds an already folded word.</summary>
    public bool Contains(ReadOnlySpan<char> folded) => Find(folded) >= 0;

    /// <summary>
    /// The value written after the word's tab (empty when the line has none), for an already folded word.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> folded, out ReadOnlySpan<byte> value)
    {
        var start = Find(folded);
        if (start < 0)
        {
            value = default;
            return false;
        }

        var line = _utf8.AsSpan(start);
        line = line[..line.IndexOf((byte)'\n')];
        var tab = line.IndexOf((byte)'\t');
        value = tab < 0 ? ReadOnlySpan<byte>.Empty : line[(tab + 1)..];
        return true;
    }

    /// <summary>The start of the word's line in the text, or -1.</summary>
    private int Find(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return -1;
        }

        // A folded word is nearly always ASCII, whose UTF-8 bytes are its characters: hashed and compared as
        // they are, without encoding them first.
        if (Ascii.IsValid(folded))
        {
            var hash = FnvOffset;
            foreach (var c in folded)
            {
                hash = (hash ^ c) * FnvPrime;
            }

            return Probe(hash, folded.Length, default, folded);
        }

        // Other words are encoded; a longer query into a rented buffer. Nothing is allocated per call.
        var max = Encoding.UTF8.GetMaxByteCount(folded.Length);
        byte[]? rented = null;
        var buffer = max <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var key = buffer[..Encoding.UTF8.GetBytes(folded, buffer)];
            return Probe(Hash(key), key.Length, key, default);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // The probe for a word of `length` UTF-8 bytes hashed to `hash`, given as those bytes (`utf8`) or, when it
    // is ASCII, as its characters (`ascii`, the other one empty).
    private int Probe(uint hash, int length, ReadOnlySpan<byte> utf8, ReadOnlySpan<char> ascii)
    {
        var tag = Tag(hash);
        var mask = _slots.Length - 1;
        var text = _utf8;
        for (var index = (int)(Mix(hash) >> _indexShift); ; index = (index + 1) & mask)
        {
            var slot = _slots[index];
            if (slot == 0)
            {
                return -1;
            }

            if ((slot >> _offsetBits) == (tag & _tagMask))
            {
                var start = (int)(slot & _offsetMask) - 1;
                var end = start + length;
                if (end < text.Length && text[end] is (byte)'\n' or (byte)'\t'
                    && (ascii.IsEmpty ? text.AsSpan(start, length).SequenceEqual(utf8) : Ascii.Equals(text.AsSpan(start, length), ascii)))
                {
                    return start;
                }
            }
        }
    }

    /// <summary>FNV-1a over the UTF-8 bytes of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> word)
    {
        var hash = FnvOffset;
        foreach (var b in word)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }

    // FNV's top bits are weak for short keys: a Fibonacci multiply spreads them before the index is taken.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash) => hash * 0x9E3779B1u;

    // The tag is taken from the low bits, which the index (the top bits of the mixed hash) barely depends on.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Tag(uint hash) => hash ^ (hash >> 16);

    /// <summary>
    /// Puts each pending entry (home slot in the high half, slot value in the low half) into the first free
    /// slot from its home, after a counting sort of the entries by the top bits of their home: the result is
    /// the table linear probing gives in any order, written almost sequentially.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Place(ReadOnlySpan<ulong> pending, uint[] slots)
    {
        var slotBits = BitOperations.Log2((uint)slots.Length);
        var bucketBits = Math.Min(slotBits, 10);
        var bucketShift = 32 + slotBits - bucketBits; // from a pending entry to its bucket
        var starts = new int[(1 << bucketBits) + 1];
        foreach (var entry in pending)
        {
            starts[(int)(entry >> bucketShift) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        var sorted = new ulong[pending.Length];
        foreach (var entry in pending)
        {
            sorted[starts[(int)(entry >> bucketShift)]++] = entry;
        }

        var mask = slots.Length - 1;
        foreach (var entry in sorted)
        {
            var index = (int)(entry >> 32);
            while (slots[index] != 0)
            {
                index = (index + 1) & mask;
            }

            slots[index] = (uint)entry;
        }
    }

    // Offsets take at most 31 bits (the text is an array), so at least one bit is left for the tag.
    private static uint TagMask(int offsetBits) => (1u << (32 - offsetBits)) - 1;

    /// <summary>Whether the value after a word's tab is one the list allows.</summary>
    /// <param name="value">The UTF-8 bytes after the tab.</param>
    public delegate bool ValueRule(ReadOnlySpan<byte> value);

    /// <summary>Reads the set from text (tests, callers without a stream); see <see cref="Read(Stream, string, ValueRule?, string?)"/>.</summary>
    public static FoldedWordSet Read(TextReader reader, string source, ValueRule? values = null, string? expectedLine = null)
    {
        var bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        return Read(bytes, bytes.Length, source, values, expectedLine);
    }

    /// <summary>
    /// Reads one folded word per line of UTF-8, in strictly increasing ordinal order of the words, after '#'
    /// comment lines. With <paramref name="values"/>, each word is followed by a tab and a value the rule
    /// accepts; without, a line is the word alone. A line out of order, a duplicate, a blank line, a missing
    /// or rejected value or invalid UTF-8 is a <see cref="DataFormatException"/> naming the line: the order
    /// is what the generator promises, and checking it also proves the words unique.
    /// </summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <param name="values">The rule for the values; null when lines hold only a word.</param>
    /// <param name="expectedLine">How a line should look, for messages ("name&lt;TAB&gt;m|f|mf").</param>
    public static FoldedWordSet Read(Stream utf8, string source, ValueRule? values = null, string? expectedLine = null)
    {
        // An embedded resource stored as is knows its length: read it into an array of that size at once.
        if (utf8 is UnmanagedMemoryStream { CanSeek: true } unmanaged && unmanaged.Length - unmanaged.Position <= int.MaxValue)
        {
            var whole = new byte[unmanaged.Length - unmanaged.Position];
            unmanaged.ReadExactly(whole);
            return Read(whole, whole.Length, source, values, expectedLine);
        }

        // A gzip member ends with the size of its content: read straight into an array of that size
        // rather than through a growing buffer (5 MB read, 15 MB of copies saved).
        if (utf8 is GZipStream { BaseStream: { CanSeek: true, Length: >= 18 } raw } && raw.Position == 0)
        {
            Span<byte> trailer = stackalloc byte[4];
            raw.Seek(-4, SeekOrigin.End);
            raw.ReadExactly(trailer);
            raw.Seek(0, SeekOrigin.Begin);
            var size = BinaryPrimitives.ReadInt32LittleEndian(trailer);
            if (size >= 0)
            {
                var exact = new byte[size];
                var read = utf8.ReadAtLeast(exact, size, throwOnEndOfStream: false);
                if (read == size && utf8.ReadByte() < 0)
                {
                    return Read(exact, size, source, values, expectedLine);
                }

                throw new DataFormatException(source, 0, "the gzip size trailer does not match its content (a multi-member gzip file?)");
            }
        }

        using var memory = new MemoryStream(1 << 20);
        utf8.CopyTo(memory, 1 << 16);
        return Read(memory.ToArray(), (int)memory.Length, source, values, expectedLine);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one hot loop run once per process: skip the slow first tier
    private static FoldedWordSet Read(byte[] bytes, int length, string source, ValueRule? values, string? expectedLine)
    {
        var offset = bytes.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset, length - offset)))
        {
            throw new DataFormatException(source, 0, "the word list is not valid UTF-8");
        }

        // The words are used in place: each line must end with '\n'. Only a file with "\r\n" or without a
        // final line break is normalised into a copy first.
        var data = bytes.AsSpan(offset, length - offset);
        if (data.Contains((byte)'\r') || (!data.IsEmpty && data[^1] != (byte)'\n'))
        {
            var text = Encoding.UTF8.GetString(data).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
            bytes = Encoding.UTF8.GetBytes(text);
            offset = 0;
            length = bytes.Length;
        }

        var lines = bytes.AsSpan(offset, length - offset).Count((byte)'\n');

        // At most half full, so a probe that misses ends after one or two slots on average.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, lines * 2));
        var slots = new uint[size];
        var indexShift = 32 - BitOperations.Log2((uint)size);
        var offsetBits = BitOperations.Log2((uint)Math.Max(1, length)) + 1; // every start + 1 <= length fits
        var tagMask = TagMask(offsetBits);

        // Slots are filled in two steps: the scan writes each word's home slot and slot value in file order
        // (sequential writes), then they are placed in home order, so the table is written front to back.
        // Placing them in file order instead lands each in a random slot of a table larger than the caches:
        // a cache miss per word, which doubled the load time.
        var pending = new ulong[lines]; // home slot << 32 | slot value
        var count = 0;
        var lineNumber = 0;
        var position = offset;
        var previous = ReadOnlySpan<byte>.Empty;
        while (position < length)
        {
            lineNumber++;

            // One pass over the line's bytes finds its end and tab and hashes the word (every line ends with
            // '\n', checked above, so the loop stops inside the array).
            var lineStart = position;
            var tab = -1;
            var hash = FnvOffset;
            byte b;
            while ((b = bytes[position]) != (byte)'\n')
            {
                if (b == (byte)'\t')
                {
                    tab = tab < 0 ? position : tab;
                }
                else if (tab < 0)
                {
                    hash = (hash ^ b) * FnvPrime;
                }

                position++;
            }

            var line = bytes.AsSpan(lineStart, position - lineStart);
            position++;
            if (count == 0 && !line.IsEmpty && line[0] == (byte)'#')
            {
                continue;
            }

            var word = tab < 0 ? line : line[..(tab - lineStart)];
            if (line.IsEmpty)
            {
                throw new DataFormatException(source, lineNumber, "blank line in a sorted word list");
            }

            if (word.IsEmpty || (values is null ? tab >= 0 : tab < 0 || !values(line[(tab - lineStart + 1)..])))
            {
                throw new DataFormatException(source, lineNumber, $"expected '{expectedLine ?? "word"}', found '{Encoding.UTF8.GetString(line)}'");
            }

            if (count > 0 && word.SequenceCompareTo(previous) <= 0)
            {
                throw new DataFormatException(source, lineNumber,
                    $"'{Encoding.UTF8.GetString(word)}' is not after '{Encoding.UTF8.GetString(previous)}': the list must be folded, unique and in ordinal order");
            }

            pending[count] = ((ulong)(Mix(hash) >> indexShift) << 32) | ((Tag(hash) & tagMask) << offsetBits) | (uint)(lineStart + 1);
            count++;
            previous = word;
        }

        Place(pending.AsSpan(0, count), slots);
        return new FoldedWordSet(bytes, slots, offsetBits, count);
    }
}
