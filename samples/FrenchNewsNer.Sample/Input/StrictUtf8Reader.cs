using System.Buffers;
using System.Text.Unicode;

namespace FrenchNewsNer.Sample.Input;

/// <summary>The input is not valid UTF-8; <see cref="Line"/> is the 1-based line of the first bad byte.</summary>
internal sealed class InvalidUtf8Exception(int line) : IOException($"invalid UTF-8 at line {line}")
{
    public int Line { get; } = line;
}

/// <summary>
/// A text reader over UTF-8 bytes that refuses invalid UTF-8 (a page of U+FFFD would have offsets
/// that mean nothing) and says on which line it was, while holding only one 64 KiB buffer: the way to
/// feed a stream of any length to <c>ExtractStream</c>. A leading byte-order mark is dropped, as every
/// .NET reader does; it is an encoding signature, not part of the text.
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atStart = true;
    private int _line = 1;
    private char _pendingLowSurrogate;

    public StrictUtf8Reader(Stream stream) => _stream = stream;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_pendingLowSurrogate != '\0')
        {
            buffer[0] = _pendingLowSurrogate;
            _pendingLowSurrogate = '\0';
            return 1;
        }

        Span<char> pair = stackalloc char[2];
        while (true)
        {
            if (_end > _start)
            {
                var input = _bytes.AsSpan(_start, _end - _start);

                // A one-character buffer cannot take a surrogate pair: decode into two and keep the second.
                var target = buffer.Length == 1 ? pair : buffer;
                var status = Utf8.ToUtf16(input, target, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _eof);
                if (status == OperationStatus.InvalidData && written == 0)
                {
                    throw new InvalidUtf8Exception(_line + input[..read].Count((byte)'\n'));
                }

                if (written > 0)
                {
                    _line += input[..read].Count((byte)'\n');
                    _start += read;
                    if (buffer.Length == 1)
                    {
                        buffer[0] = pair[0];
                        if (written == 2)
                        {
                            _pendingLowSurrogate = pair[1];
                        }

                        return 1;
                    }

                    return written;
                }
            }

            if (_eof)
            {
                return 0;
            }

            Fill();
        }
    }

    public override int Peek() => throw new NotSupportedException();

    public override int Read()
    {
        Span<char> one = stackalloc char[2];
        return Read(one[..1]) == 1 ? one[0] : -1;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        base.Dispose(disposing);
    }

    private void Fill()
    {
        // Keep the bytes of an unfinished sequence (at most 3) and read after them.
        var pending = _end - _start;
        Buffer.BlockCopy(_bytes, _start, _bytes, 0, pending);
        _start = 0;
        _end = pending;
        do
        {
            var read = _stream.Read(_bytes, _end, BufferSize - _end);
            if (read == 0)
            {
                _eof = true;
                break;
            }

            _end += read;
        }
        while (_atStart && _end < 3);

        if (_atStart)
        {
            _atStart = false;
            if (_bytes.AsSpan(0, _end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start = 3;
            }
        }
    }
}
