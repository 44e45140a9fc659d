namespace FrenchNewsNer.Export;

/// <summary>
/// Converts between the library's UTF-16 offsets and the Unicode code-point offsets that Python-based
/// tools count (brat, Label Studio, spaCy): "🎉 Vladimir Poutine" starts at 3 in UTF-16 and at 2 in
/// code points. A lone surrogate counts as one code point, as Python's <c>surrogateescape</c> does.
/// </summary>
internal sealed class CodePointOffsets
{
    private readonly string _text;
    private int[]? _toUtf16;

    public CodePointOffsets(string text)
    {
        _text = text;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                HasAstral = true;
                break;
            }
        }
    }

    /// <summary>False when every code point is one UTF-16 unit, so that both offsets are equal.</summary>
    public bool HasAstral { get; }

    /// <summary>The code-point offset of the UTF-16 offset <paramref name="utf16"/>.</summary>
    public int ToCodePoint(int utf16)
    {
        if (!HasAstral)
        {
            return utf16;
        }

        var map = Map();
        var index = Array.BinarySearch(map, utf16);
        if (index >= 0)
        {
            return index;
        }

        // Inside a surrogate pair: the code point that the pair is.
        return ~index - 1;
    }

    /// <summary>The UTF-16 offset of the code-point offset <paramref name="codePoint"/>; -1 when past the end.</summary>
    public int ToUtf16(int codePoint)
    {
        if (!HasAstral)
        {
            return codePoint <= _text.Length ? codePoint : -1;
        }

        var map = Map();
        return codePoint >= 0 && codePoint < map.Length ? map[codePoint] : -1;
    }

    /// <summary>The UTF-16 start of each code point, and the text length last.</summary>
    private int[] Map()
    {
        if (_toUtf16 is { } map)
        {
            return map;
        }

        var starts = new List<int>(_text.Length + 1);
        for (var i = 0; i < _text.Length; i++)
        {
            starts.Add(i);
            if (i + 1 < _text.Length && char.IsSurrogatePair(_text[i], _text[i + 1]))
            {
                i++;
            }
        }

        starts.Add(_text.Length);
        return _toUtf16 = starts.ToArray();
    }
}
