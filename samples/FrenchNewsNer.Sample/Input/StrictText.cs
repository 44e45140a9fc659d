using System.Text;

namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// Reads text as strict UTF-8: a file that is not valid UTF-8 is an error, never a page of U+FFFD
/// whose offsets mean nothing. A leading byte-order mark is dropped, as every .NET reader does; it is
/// an encoding signature, not part of the text.
/// </summary>
internal static class StrictText
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 returns false with the 1-based line of the bad byte.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int badLine)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        try
        {
            text = Encoding.GetString(bytes);
            badLine = 0;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            var index = ex.Index >= 0 && ex.Index < bytes.Length ? ex.Index : FirstInvalidByte(bytes);
            badLine = 1 + bytes[..Math.Max(0, index)].Count((byte)'\n');
            return false;
        }
    }

    /// <summary>Reads a whole file. Failures come back as a message naming the line, never as an exception.</summary>
    public static bool TryReadFile(string path, out string text, out string location, out string error)
    {
        text = string.Empty;
        location = path;
        if (Directory.Exists(path))
        {
            error = "is a directory, not a text file";
            return false;
        }

        if (!File.Exists(path))
        {
            error = "no such file";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = ErrorSink.Describe(ex);
            return false;
        }

        if (!TryDecode(bytes, out text, out var line))
        {
            location = $"{path}:{line}";
            error = "invalid UTF-8";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : 0;
    }
}
