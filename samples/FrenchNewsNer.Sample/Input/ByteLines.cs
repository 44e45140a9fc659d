namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// Splits a byte stream into lines before decoding, so that one line of invalid UTF-8 in a JSON Lines
/// feed costs that line only. Streams: nothing but the current line is held in memory.
/// </summary>
internal static class ByteLines
{
    /// <summary>The lines of <paramref name="stream"/> with their 1-based numbers, without "\n" or a trailing "\r".</summary>
    public static IEnumerable<(int Number, byte[] Bytes)> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    line.Write(buffer, start, i - start);
                    yield return (++number, Take(line));
                    start = i + 1;
                }
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return (++number, Take(line));
        }
    }

    private static byte[] Take(MemoryStream line)
    {
        var length = (int)line.Length;
        if (length > 0 && line.GetBuffer()[length - 1] == (byte)'\r')
        {
            length--;
        }

        var bytes = line.GetBuffer().AsSpan(0, length).ToArray();
        line.SetLength(0);
        return bytes;
    }
}
