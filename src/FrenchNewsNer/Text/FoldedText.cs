using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    // The shadow lives either in a string (keys, tests: whoever asks for Value) or, for a document being
    // extracted, in a pooled buffer handed back by Release: the shadow is as large as the text, and a
    // string per document was about a third of what tokenising allocated.
    private string? _value;
    private char[]? _rented;
    private int _length;

    private FoldedText(string original, string? value, char[]? rented, int length, int[]? map)
    {
        Original = original;
        _value = value;
        _rented = rented;
        _length = length;
        _map = map;
    }

    /// <summary>The original text.</summary>
    public string Original { get; }

    /// <summary>
    /// The folded shadow as a string. A pooled shadow makes the string on first use; code on the
    /// extraction path reads <see cref="Span"/> instead.
    /// </summary>
    public string Value => _value ??= new string(Span);

    /// <summary>The folded shadow, without making a string of it.</summary>
    public ReadOnlySpan<char> Span => _value is not null ? _value.AsSpan() : _rented.AsSpan(0, _length);

    /// <summary>The pooled buffer holding the shadow in its first <see cref="Length"/> units, or null for a string shadow.</summary>
    public char[]? PooledBuffer => _rented;

    /// <summary>The shadow length.</summary>
    public int Length => _length;

    /// <summary>Whether shadow positions equal original positions.</summary>
    public bool IsIdentityMapped => _map is null;

    /// <summary>Folds <paramref name="text"/> into a string shadow.</summary>
    public static FoldedText Create(string text)
    {
        if (text.Length == 0)
        {
            return new FoldedText(text, string.Empty, null, 0, null);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Fold(text, buffer, out var map);
            return new FoldedText(text, new string(buffer, 0, length), null, length, map);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Folds <paramref name="text"/> into a pooled shadow; <see cref="Release"/> hands it back, after
    /// which the shadow must not be read.
    /// </summary>
    public static FoldedText CreatePooled(string text)
    {
        if (text.Length == 0)
        {
            return new FoldedText(text, string.Empty, null, 0, null);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = Fold(text, buffer, out var map);
        return new FoldedText(text, null, buffer, length, map);
    }

    /// <summary>Returns a pooled shadow to the pool; a string shadow is left to the GC.</summary>
    public void Release()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            _length = 0;
            ArrayPool<char>.Shared.Return(rented);
        }
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

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="folded"/> (as long) unit by unit with
    /// <see cref="CharFolding.Fold"/>; returns whether a unit outside the Latin table was met (only such a
    /// unit can fold to <see cref="CharFolding.Dropped"/>). Runs of ASCII, nearly all of a French text, are
    /// folded eight units at a time: see <see cref="CharFolding.FoldAscii"/>.
    /// </summary>
    internal static bool FoldInto(ReadOnlySpan<char> source, Span<char> folded)
    {
        // The vector loop stores without range checks: this one check makes every store in bounds.
        if (folded.Length < source.Length)
        {
            throw new ArgumentException("The folded buffer is shorter than the source.", nameof(folded));
        }

        var rare = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
            ref var to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(folded));
            for (; i <= source.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var units = Vector128.LoadUnsafe(ref from, (nuint)i);
                if ((units & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    for (var k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        rare |= source[k] >= CharFolding.TableSize;
                        folded[k] = CharFolding.Fold(source[k]);
                    }

                    continue;
                }

                CharFolding.FoldAscii(units).StoreUnsafe(ref to, (nuint)i);
            }
        }

        for (; i < source.Length; i++)
        {
            rare |= source[i] >= CharFolding.TableSize;
            folded[i] = CharFolding.Fold(source[i]);
        }

        return rare;
    }

    // Folds text into shadow (at least text.Length long) and returns the shadow length; map is null
    // unless a combining mark was dropped.
    private static int Fold(string text, char[] shadow, out int[]? map)
    {
        var length = text.Length;
        var source = text.AsSpan();
        var folded = shadow.AsSpan(0, length);

        var rare = FoldInto(source, folded);

        // Almost every text has no combining mark: then the shadow maps to itself. Only units outside the
        // Latin table can fold to Dropped, so a text without one needs no search.
        if (!rare || folded.IndexOf(CharFolding.Dropped) < 0)
        {
            map = null;
            return length;
        }

        // A second pass only for the rare text with combining marks: compacted in place (the write
        // position never passes the read position).
        var dropped = folded.Count(CharFolding.Dropped);
        map = new int[length - dropped + 1];
        var j = 0;
        for (var i = 0; i < length; i++)
        {
            if (shadow[i] != CharFolding.Dropped)
            {
                shadow[j] = shadow[i];
                map[j] = i;
                j++;
            }
        }

        map[j] = length;
        return j;
    }
}
