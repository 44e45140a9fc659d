using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace FrenchNewsNer.Text;

/// <summary>
/// How one UTF-16 unit folds for matching: lower case, accents off, every apostrophe to ', every
/// space kind to ' ', U+2010/U+2011 hyphens to '-'. Combining marks fold to nothing (they belong to
/// the letter before them). Surrogates and everything else fold to themselves or their lower case.
/// </summary>
internal static class CharFolding
{
    /// <summary>The fold result that means "drop this unit from the shadow".</summary>
    public const char Dropped = '\uFFFF';

    // Latin letters carry French accents; decomposing them once here keeps the per-character cost at a
    // table look-up. Outside these ranges only case and category are consulted.
    internal const int TableSize = 0x0250;
    private static readonly char[] LatinTable = BuildLatinTable();
    private static readonly char[] LatinExtendedAdditional = BuildRange(0x1E00, 0x1F00);

    // General Punctuation up to the letter-like symbols (quotes, dashes, spaces, currency signs),
    // filled by the general path itself so that the table cannot disagree with it.
    private const char PunctuationFrom = '\u2000';
    private const char PunctuationTo = '\u2100';
    private static readonly char[] PunctuationTable = BuildUncached(PunctuationFrom, PunctuationTo);

    /// <summary>Folds one UTF-16 unit; returns <see cref="Dropped"/> for a combining mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return LatinTable[c];
        }

        return FoldRare(c);
    }

    /// <summary>
    /// <see cref="Fold"/> of eight ASCII units at once: upper case to lower case, tab, vertical tab and form
    /// feed to a space, the grave accent to an apostrophe, every other ASCII unit unchanged (the Latin
    /// table's ASCII rows, checked against the table by a test).
    /// </summary>
    internal static Vector128<ushort> FoldAscii(Vector128<ushort> units)
    {
        var upper = Vector128.LessThan(units - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
        var folded = units + (upper & Vector128.Create((ushort)0x20));
        var space = Vector128.Equals(units, Vector128.Create((ushort)'\t')) | Vector128.Equals(units, Vector128.Create((ushort)'\v')) | Vector128.Equals(units, Vector128.Create((ushort)'\f'));
        folded = Vector128.ConditionalSelect(space, Vector128.Create((ushort)' '), folded);
        var grave = Vector128.Equals(units, Vector128.Create((ushort)'`'));
        return Vector128.ConditionalSelect(grave, Vector128.Create((ushort)'\''), folded);
    }

    private static char FoldRare(char c)
    {
        // Typographic quotes, dashes and the ellipsis are in every news text, and the general path
        // below asks ICU for their (unchanged) lower case one unit at a time.
        if (c >= PunctuationFrom && c < PunctuationTo)
        {
            return PunctuationTable[c - PunctuationFrom];
        }

        return FoldUncached(c);
    }

    /// <summary>The fold of <paramref name="c"/> outside the Latin table, computed without a table.</summary>
    internal static char FoldUncached(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        if (c >= 0x1E00 && c < 0x1F00)
        {
            return LatinExtendedAdditional[c - 0x1E00];
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '\uFF07':
                return '\'';
            case '\u2010' or '\u2011':
                return '-';
            case '\u2028' or '\u2029':
                return '\n';
            case '\uFFFF':
                return '\uFFFD'; // the sentinel itself never reaches the shadow
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => Dropped,
            UnicodeCategory.SpaceSeparator => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    private static char[] BuildUncached(char from, char to)
    {
        var table = new char[to - from];
        for (var c = from; c < to; c++)
        {
            table[c - from] = FoldUncached(c);
        }

        return table;
    }

    private static char[] BuildLatinTable()
    {
        var table = BuildRange(0, TableSize);
        table['\t'] = ' ';
        table['\v'] = ' ';
        table['\f'] = ' ';
        table['\u0085'] = '\n';
        table['\u00A0'] = ' ';
        table['\u00B4'] = '\''; // the acute accent typed as an apostrophe
        table['\u0060'] = '\'';
        return table;
    }

    private static char[] BuildRange(int from, int to)
    {
        var table = new char[to - from];
        for (var i = from; i < to; i++)
        {
            table[i - from] = FoldByDecomposition((char)i);
        }

        return table;
    }

    private static char FoldByDecomposition(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Dropped;
        }

        if (category == UnicodeCategory.SpaceSeparator)
        {
            return ' ';
        }

        var lower = char.ToLowerInvariant(c);
        if (!char.IsLetter(lower))
        {
            return lower;
        }

        // "é" decomposes to "e" + U+0301: keep the base letter when the rest is only marks.
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 1 && char.IsLetter(decomposed[0]))
        {
            for (var i = 1; i < decomposed.Length; i++)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
                {
                    return lower;
                }
            }

            return decomposed[0];
        }

        return lower;
    }
}
