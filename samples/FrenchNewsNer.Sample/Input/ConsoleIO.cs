using System.Text;

namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// The streams a command talks to. Commands never touch <see cref="Console"/> directly, so tests run
/// them in-process with string writers and a byte stream for stdin.
/// </summary>
internal sealed class ConsoleIO
{
    private readonly Func<Stream> _openStdin;
    private readonly Func<Stream> _openStdout;

    /// <param name="openStdin">Standard input as bytes.</param>
    /// <param name="output">Standard output as text (tables, messages).</param>
    /// <param name="error">Standard error.</param>
    /// <param name="outputIsTerminal">Whether standard output is an interactive terminal.</param>
    /// <param name="openStdout">Standard output as bytes, for JSON; when null, bytes written are decoded into <paramref name="output"/>.</param>
    /// <param name="inputIsTerminal">Whether standard input is an interactive terminal (nobody is piping text in).</param>
    public ConsoleIO(Func<Stream> openStdin, TextWriter output, TextWriter error, bool outputIsTerminal = false, Func<Stream>? openStdout = null, bool inputIsTerminal = false)
    {
        _openStdin = openStdin;
        Output = output;
        _openStdout = openStdout ?? (() => new TextWriterStream(output));

        // The batch reader reports bad lines from the extractor's producer thread.
        Error = TextWriter.Synchronized(error);
        OutputIsTerminal = outputIsTerminal;
        InputIsTerminal = inputIsTerminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Whether <see cref="Output"/> is an interactive terminal (colours, width).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Whether standard input is an interactive terminal: reading it would wait for typing.</summary>
    public bool InputIsTerminal { get; }

    /// <summary>Standard input as raw bytes, so that invalid UTF-8 is detected rather than silently replaced.</summary>
    public Stream OpenStdin() => _openStdin();

    /// <summary>
    /// Standard output as raw bytes, for output that is UTF-8 already (JSON): no decoding and
    /// re-encoding, no flush per write. Flush it before anything else writes to <see cref="Output"/>.
    /// </summary>
    public Stream OpenStdout()
    {
        Output.Flush();
        return _openStdout();
    }

    public static ConsoleIO FromProcess() =>
        new(Console.OpenStandardInput, Console.Out, Console.Error, outputIsTerminal: !Console.IsOutputRedirected,
            openStdout: Console.OpenStandardOutput, inputIsTerminal: !Console.IsInputRedirected);

    /// <summary>A write-only stream that decodes UTF-8 into a text writer (tests' string writers).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            var count = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, count);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
