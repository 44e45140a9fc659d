using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// A frozen set of several hundred thousand folded words, looked up by span with a binary search over the
/// UTF-8 lines they came in. The common-word lexicon (430,000 forms) ships folded and in ordinal order, so
/// loading it is one inflate and one scan for line starts: no string per word, no decoding, folding or
/// hashing. It holds the UTF-8 text (5 MB) and an offset array (2 MB). UTF-8 byte order is code-point
/// order, the order the generator sorts in.
/// </summary>
internal sealed class FoldedWordSet
{
    private readonly byte[] _utf8;  // the file's bytes; each word is ended by '\n'
    private readonly int[] _starts; // start of each word in _utf8, plus one past the last word's '\n'

    private FoldedWordSet(byte[] utf8, int[] starts)
    {
        _utf8 = utf8;
        _starts = starts;
    }

    /// <summary>How many words the set holds.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Whether the set holds an already folded word.</summary>
    public bool Contains(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return false;
        }

        // Words are short; a longer query is encoded into a rented buffer.
        var max = Encoding.UTF8.GetMaxByteCount(folded.Length);
        byte[]? rented = null;
        var buffer = max <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var key = buffer[..Encoding.UTF8.GetBytes(folded, buffer)];
            var low = 0;
            var high = Count - 1;
            while (low <= high)
            {
                var mid = low + ((high - low) >> 1);
                var order = WordAt(mid).SequenceCompareTo(key);
                if (order == 0)
                {
                    return true;
                }

                if (order < 0)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private ReadOnlySpan<byte> WordAt(int index) => _utf8.AsSpan(_starts[index], _starts[index + 1] - _starts[index] - 1);

    /// <summary>Reads the set from text (tests, callers without a stream); see <see cref="Read(Stream, string)"/>.</summary>
    public static FoldedWordSet Read(TextReader reader, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        return Read(bytes, bytes.Length, source);
    }

    /// <summary>
    /// Reads one folded word per line of UTF-8, in strictly increasing ordinal order, after '#' comment
    /// lines. A line out of order, a duplicate, a blank line or invalid UTF-8 is a
    /// <see cref="DataFormatException"/> naming the line: a binary search over such lines would silently
    /// miss words.
    /// </summary>
    public static FoldedWordSet Read(Stream utf8, string source)
    {
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
                    return Read(exact, size, source);
                }

                throw new DataFormatException(source, 0, "the gzip size trailer does not match its content (a multi-member gzip file?)");
            }
        }

        using var memory = new MemoryStream(1 << 20);
        utf8.CopyTo(memory, 1 << 16);
        return Read(memory.ToArray(), (int)memory.Length, source);
    }

    private static FoldedWordSet Read(byte[] bytes, int length, string source)
    {
        var offset = bytes.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(offset, length - offset)))
        {
            throw new DataFormatException(source, 0, "the word list is not valid UTF-8");
        }

        // The words are used in place: each must end with '\n', so a word ends one before the next start.
        // Only a file with "\r\n" or without a final line break is normalised into a copy first.
        var data = bytes.AsSpan(offset, length - offset);
        if (data.Contains((byte)'\r') || (!data.IsEmpty && data[^1] != (byte)'\n'))
        {
            var text = Encoding.UTF8.GetString(data).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
            bytes = Encoding.UTF8.GetBytes(text);
            offset = 0;
            length = bytes.Length;
        }

        // One start per line (the count of '\n' is exact up to the comment lines): no list to grow.
        var starts = new int[bytes.AsSpan(offset, length - offset).Count((byte)'\n') + 1];
        var count = 0;
        var lineNumber = 0;
        var position = offset;
        var previous = ReadOnlySpan<byte>.Empty;
        while (position < length)
        {
            lineNumber++;
            var line = bytes.AsSpan(position, length - position);
            line = line[..line.IndexOf((byte)'\n')];
            if (count == 0 && !line.IsEmpty && line[0] == (byte)'#')
            {
                position += line.Length + 1;
                continue;
            }

            if (line.IsEmpty || (count > 0 && line.SequenceCompareTo(previous) <= 0))
            {
                throw new DataFormatException(source, lineNumber, line.IsEmpty
                    ? "blank line in a sorted word list"
                    : $"'{Encoding.UTF8.GetString(line)}' is not after '{Encoding.UTF8.GetString(previous)}': the list must be folded, unique and in ordinal order");
            }

            starts[count++] = position;
            previous = line;
            position += line.Length + 1;
        }

        starts[count++] = position;
        return new FoldedWordSet(bytes, count == starts.Length ? starts : starts[..count]);
    }
}
