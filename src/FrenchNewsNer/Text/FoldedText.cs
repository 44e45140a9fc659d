namespace FrenchNewsNer.Text;

/// <summary>
/// The folded shadow of a text (see <see cref="CharFolding"/>) and the map from each shadow position
/// back to the original. The shadow is never longer than the original: each unit folds to one unit or
/// to nothing, so the map is monotonic and exact.
/// </summary>
internal sealed class FoldedText
{
    // _map[i] is the original index of shadow unit i; _map[Length] is the original length. Null when the
    // shadow has the original's length, which is almost always: then positions are the same.
    private readonly int[]? _map;

    private FoldedText(string original, string value, int[]? map)
    {
        Original = original;
        Value = value;
        _map = map;
    }

    /// <summary>The original text.</summary>
    public string Original { get; }

    /// <summary>The folded shadow.</summary>
    public string Value { get; }

    /// <summary>Whether shadow positions equal original positions.</summary>
    public bool IsIdentityMapped => _map is null;

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Create(string text)
    {
        var length = text.Length;
        if (length == 0)
        {
            return new FoldedText(text, string.Empty, null);
        }

        var folded = string.Create(length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CharFolding.Fold(source[i]);
            }
        });

        // Almost every text has no combining mark: then the shadow maps to itself.
        var firstDropped = folded.IndexOf(CharFolding.Dropped);
        if (firstDropped < 0)
        {
            return new FoldedText(text, folded, null);
        }

        // A second pass only for the rare text with combining marks.
        var dropped = folded.AsSpan().Count(CharFolding.Dropped);
        var shadow = new char[length - dropped];
        var map = new int[length - dropped + 1];
        var j = 0;
        for (var i = 0; i < length; i++)
        {
            if (folded[i] != CharFolding.Dropped)
            {
                shadow[j] = folded[i];
                map[j] = i;
                j++;
            }
        }

        map[j] = length;
        return new FoldedText(text, new string(shadow), map);
    }

    /// <summary>The original index of shadow position <paramref name="foldedIndex"/> (0..Length).</summary>
    public int ToOriginal(int foldedIndex) => _map is null ? foldedIndex : _map[foldedIndex];

    /// <summary>
    /// The original end (exclusive) of a shadow span ending at <paramref name="foldedEnd"/>: combining
    /// marks after the last shadow unit belong to it, so the span runs up to the next kept unit.
    /// </summary>
    public int ToOriginalEnd(int foldedEnd) => _map is null ? foldedEnd : _map[foldedEnd];

    /// <summary>The original start of a shadow span starting at <paramref name="foldedStart"/>.</summary>
    public int ToOriginalStart(int foldedStart) => ToOriginal(foldedStart);
}
