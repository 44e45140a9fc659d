namespace FrenchNewsNer;

/// <summary>
/// A gazetteer, lexicon or other data file is malformed. The message starts with
/// "<c>file:line: </c>" so the faulty line can be found at once.
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file or resource name.</param>
    /// <param name="line">The 1-based line number, or 0 when the problem is not on one line.</param>
    /// <param name="message">What is wrong.</param>
    public DataFormatException(string sourceName, int line, string message)
        : base(line > 0 ? $"{sourceName}:{line}: {message}" : $"{sourceName}: {message}")
    {
        SourceName = sourceName;
        Line = line;
        Reason = message;
    }

    /// <summary>The file or resource name. (Not <see cref="Exception.Source"/>, which names the assembly that threw.)</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line number, or 0.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>
    /// The 1-based line of the first byte of <paramref name="bytes"/> that is not UTF-8, or 0 when all
    /// of it is: a data file's decoding error, said with its line like any other format error.
    /// </summary>
    internal static int FirstInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return 0;
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData
            ? 1 + bytes[..read].Count((byte)'\n')
            : 0;
    }
}
