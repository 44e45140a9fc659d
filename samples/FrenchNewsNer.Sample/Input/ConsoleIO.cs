namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// The streams a command talks to. Commands never touch <see cref="Console"/> directly, so tests run
/// them in-process with string writers and a byte stream for stdin.
/// </summary>
internal sealed class ConsoleIO
{
    private readonly Func<Stream> _openStdin;

    public ConsoleIO(Func<Stream> openStdin, TextWriter output, TextWriter error, bool outputIsTerminal = false)
    {
        _openStdin = openStdin;
        Output = output;

        // The batch reader reports bad lines from the extractor's producer thread.
        Error = TextWriter.Synchronized(error);
        OutputIsTerminal = outputIsTerminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Whether <see cref="Output"/> is an interactive terminal (colours, width).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Standard input as raw bytes, so that invalid UTF-8 is detected rather than silently replaced.</summary>
    public Stream OpenStdin() => _openStdin();

    public static ConsoleIO FromProcess() =>
        new(Console.OpenStandardInput, Console.Out, Console.Error, outputIsTerminal: !Console.IsOutputRedirected);
}
