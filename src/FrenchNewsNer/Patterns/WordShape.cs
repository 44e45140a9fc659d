namespace FrenchNewsNer.Patterns;

/// <summary>
/// spaCy's word shape ("Paris" → "Xxxxx", "2023" → "dddd"), compared with an expected shape while it is
/// computed, so that no string is made per token.
/// </summary>
internal static class WordShape
{
    /// <summary>The longest run of one shape character kept; longer runs are cut to it.</summary>
    public const int MaxRun = 4;

    /// <summary>Whether the shape of <paramref name="text"/> is <paramref name="expected"/>.</summary>
    public static bool Equals(ReadOnlySpan<char> text, string expected)
    {
        var written = 0;
        var previous = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var shape = Of(c);
            run = shape == previous ? run + 1 : 1;
            previous = shape;
            if (run > MaxRun)
            {
                continue;
            }

            if (written == expected.Length || expected[written] != shape)
            {
                return false;
            }

            written++;
        }

        return written == expected.Length;
    }

    /// <summary>The shape of <paramref name="text"/> as a string (for tests and messages).</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        var shape = new System.Text.StringBuilder(text.Length);
        var previous = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var s = Of(c);
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= MaxRun)
            {
                shape.Append(s);
            }
        }

        return shape.ToString();
    }

    private static char Of(char c) =>
        char.IsLetter(c) ? (char.IsUpper(c) ? 'X' : 'x') : char.IsDigit(c) ? 'd' : c;
}
