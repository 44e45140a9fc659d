using System.Buffers;

namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// Splits a byte stream into lines before decoding, so that one line of invalid UTF-8 in a JSON Lines
/// feed costs that line only. Streams: only the current line (and one 64 KiB read ahead) is held, in a
/// pooled buffer that grows to the longest line; a line is a view into that buffer, valid until the
/// next <see cref="MoveNext"/>, so reading copies no line and allocates nothing per line.
/// </summary>
internal sealed class ByteLines : IDisposable
{
    private const int ReadSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;      // first byte of the unconsumed data
    private int _end;        // end of the data read so far
    private int _scanned;    // bytes after _start already known to hold no '\n'
    private bool _eof;

    public ByteLines(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(2 * ReadSize);
    }

    /// <summary>The lines of <paramref name="stream"/> with their 1-based numbers, each copied to an array of its own.</summary>
    public static IEnumerable<(int Number, byte[] Bytes)> Read(Stream stream)
    {
        using var lines = new ByteLines(stream);
        while (lines.MoveNext())
        {
            yield return (lines.Number, lines.Current.ToArray());
        }
    }

    /// <summary>The 1-based number of the current line.</summary>
    public int Number { get; private set; }

    /// <summary>The current line, without "\n" or a trailing "\r"; valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_lineStart, _lineLength);

    private int _lineStart;
    private int _lineLength;

    /// <summary>Advances to the next line; false at the end of the stream. Read errors propagate.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = _scanned + newline;
                Take(length);
                _start += length + 1;
                _scanned = 0;
                return true;
            }

            _scanned = _end - _start;
            if (_eof)
            {
                if (_end == _start)
                {
                    return false;
                }

                Take(_end - _start);
                _start = _end;
                _scanned = 0;
                return true;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Take(int length)
    {
        Number++;
        _lineStart = _start;
        _lineLength = length > 0 && _buffer[_start + length - 1] == (byte)'\r' ? length - 1 : length;
    }

    private void Fill()
    {
        // Room for one more read: slide the unconsumed part to the front, else grow (a line longer than the buffer).
        if (_buffer.Length - _end < ReadSize)
        {
            var pending = _end - _start;
            if (_start > 0 && _buffer.Length - pending >= ReadSize)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            }
            else
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(2 * _buffer.Length, pending + ReadSize));
                Buffer.BlockCopy(_buffer, _start, larger, 0, pending);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            _start = 0;
            _end = pending;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
