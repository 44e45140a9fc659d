using System.Text;

namespace FrenchNewsNer.Tests.Snapshots;

/// <summary>
/// A unified-style line diff for snapshot failures: the common head and tail are cut, the middle is
/// aligned by a longest common subsequence (or shown whole when too long to align), and each change
/// is printed with a few lines of context and its line numbers in both files.
/// </summary>
internal static class LineDiff
{
    private const int Context = 4;
    private const int MaxAlignedLines = 3000;
    private const int MaxPrintedLines = 120;

    /// <summary>Null when the texts are equal, else the diff of expected (-) against actual (+).</summary>
    public static string? Describe(string expectedText, string actualText)
    {
        var expected = Lines(expectedText);
        var actual = Lines(actualText);
        var head = 0;
        while (head < expected.Length && head < actual.Length && expected[head] == actual[head])
        {
            head++;
        }

        if (head == expected.Length && head == actual.Length)
        {
            return null;
        }

        var tail = 0;
        while (tail < expected.Length - head && tail < actual.Length - head && expected[^(tail + 1)] == actual[^(tail + 1)])
        {
            tail++;
        }

        var script = Align(expected[head..^tail], actual[head..^tail]);
        var output = new StringBuilder();
        output.AppendLine($"--- expected ({expected.Length} lines)  +++ actual ({actual.Length} lines)");
        var printed = 0;
        var e = head;
        var a = head;
        for (var i = Math.Max(0, head - Context); i < head; i++)
        {
            output.AppendLine($"  {i + 1,5} {expected[i]}");
        }

        var sinceChange = 0;
        foreach (var (op, line) in script)
        {
            if (printed >= MaxPrintedLines)
            {
                output.AppendLine("  … (diff cut)");
                return output.ToString();
            }

            switch (op)
            {
                case '-':
                    output.AppendLine($"- {++e,5} {line}");
                    printed++;
                    sinceChange = 0;
                    break;
                case '+':
                    output.AppendLine($"+ {++a,5} {line}");
                    printed++;
                    sinceChange = 0;
                    break;
                default:
                    e++;
                    a++;
                    if (sinceChange++ < Context)
                    {
                        output.AppendLine($"  {e,5} {line}");
                    }
                    else if (sinceChange == Context + 1)
                    {
                        output.AppendLine("  …");
                    }

                    break;
            }
        }

        for (var i = expected.Length - tail; i < Math.Min(expected.Length, expected.Length - tail + Context); i++)
        {
            output.AppendLine($"  {i + 1,5} {expected[i]}");
        }

        return output.ToString();
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>An edit script: ' ' kept, '-' only in expected, '+' only in actual.</summary>
    private static List<(char Op, string Line)> Align(string[] expected, string[] actual)
    {
        var script = new List<(char, string)>();
        if (expected.Length > MaxAlignedLines || actual.Length > MaxAlignedLines)
        {
            script.AddRange(expected.Select(l => ('-', l)));
            script.AddRange(actual.Select(l => ('+', l)));
            return script;
        }

        // lcs[i, j]: length of the longest common subsequence of expected[i..] and actual[j..].
        var lcs = new int[expected.Length + 1, actual.Length + 1];
        for (var i = expected.Length - 1; i >= 0; i--)
        {
            for (var j = actual.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < expected.Length || y < actual.Length)
        {
            if (x < expected.Length && y < actual.Length && expected[x] == actual[y])
            {
                script.Add((' ', expected[x++]));
                y++;
            }
            else if (x < expected.Length && (y == actual.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add(('-', expected[x++]));
            }
            else
            {
                script.Add(('+', actual[y++]));
            }
        }

        return script;
    }
}
