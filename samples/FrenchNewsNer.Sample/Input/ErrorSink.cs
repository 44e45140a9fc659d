using System.Text.Json;
using System.Text.RegularExpressions;

namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// Collects per-document failures: each is one line on stderr (<c>error: file:line: what</c>), and
/// the command keeps going; the exit code reports whether anything failed.
/// </summary>
internal sealed partial class ErrorSink
{
    public const int FailureExitCode = 2;

    private readonly TextWriter _error;
    private int _count;

    public ErrorSink(TextWriter error) => _error = error;

    public int Count => Volatile.Read(ref _count);

    public int ExitCode => Count == 0 ? 0 : FailureExitCode;

    /// <summary>Reports a failure at <paramref name="location"/> ("file", "file:line" or an option name).</summary>
    public void Report(string location, string message)
    {
        Interlocked.Increment(ref _count);
        _error.WriteLine($"error: {OneLine(location)}: {OneLine(message)}");
    }

    /// <summary>Reports a failure that has no location.</summary>
    public void Report(string message)
    {
        Interlocked.Increment(ref _count);
        _error.WriteLine($"error: {OneLine(message)}");
    }

    /// <summary>An exception as a reader would want it: the message, without type names or stack.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        IOException io => "cannot read: " + io.Message,
        _ => $"unexpected {exception.GetType().Name}: {exception.Message}",
    };

    /// <summary>Newlines and tabs (System.CommandLine lists allowed values on lines of their own) folded into single spaces.</summary>
    public static string OneLine(string text) => LineBreaks().Replace(text, " ");

    /// <summary>A JSON parse error without the "Path: $ | LineNumber: 0 | BytePositionInLine: 3." tail; the location is reported apart.</summary>
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var text = cut > 0 ? message[..cut] : message;
        return exception.BytePositionInLine is { } column ? $"{text} (column {column + 1})" : text;
    }

    [GeneratedRegex(@"[ ]*[\r\n\t]+[ \t]*")]
    private static partial Regex LineBreaks();
}
