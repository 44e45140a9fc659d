namespace FrenchNewsNer;

/// <summary>
/// A gazetteer, lexicon or other data file is malformed. The message starts with
/// "<c>file:line: </c>" so the faulty line can be found at once.
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or resource name.</param>
    /// <param name="line">The 1-based line number, or 0 when the problem is not on one line.</param>
    /// <param name="message">What is wrong.</param>
    public DataFormatException(string source, int line, string message)
        : base(line > 0 ? $"{source}:{line}: {message}" : $"{source}: {message}")
    {
        Source = source;
        Line = line;
        Reason = message;
    }

    /// <summary>The file or resource name.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number, or 0.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
