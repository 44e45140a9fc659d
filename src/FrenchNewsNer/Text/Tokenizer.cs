using System.Buffers;
using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Text;

/// <summary>
/// Splits a folded text into tokens for French news in one linear pass: words with elisions split off
/// ("l'" + "agence"), hyphenated names kept whole ("Artiom-Primorsky-1", "quatre-vingt-dix"), numbers
/// with ".", " ", U+00A0, U+202F or "'" group separators and a decimal comma kept whole ("8 000",
/// "2,3"), and every other character a token of its own ("«", "+", "%").
/// </summary>
internal static class Tokenizer
{
    // Elided forms of French function words: "l'agence" is "l'" + "agence", but "O'Brien" and
    // "aujourd'hui" stay whole.
    private static readonly string[] ElisionPrefixes =
    [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ];

    /// <summary>
    /// Tokenises <paramref name="folded"/> into a buffer rented from <see cref="ArrayPool{T}.Shared"/>
    /// (null when there is no token): its first <paramref name="count"/> slots are the tokens. The caller
    /// owns the buffer and returns it to the pool when done (or leaves it to the GC).
    /// </summary>
    public static Token[]? Tokenize(FoldedText folded, out int count)
    {
        var f = folded.Span;
        var original = folded.Original;

        // Almost every text has no combining mark: then shadow and original positions are the same, and
        // the map is not consulted per token.
        var identity = folded.IsIdentityMapped;

        // Tokens go to a pooled buffer that the document keeps until it is released.
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, f.Length / 4));
        count = 0;
        var flagsBefore = TokenFlags.SpaceBefore; // the start of the text counts as white space
        var pendingEnd = false; // sentence-boundary state, see SentenceBoundaries.MarkLast
        var previousKind = TokenKind.Punctuation; // of the token before, once there is one
        var i = 0;
        while (i < f.Length)
        {
            var c = f[i];
            if (c == ' ')
            {
                flagsBefore |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                flagsBefore |= TokenFlags.SpaceBefore | TokenFlags.NewlineBefore;
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            var flags = flagsBefore;
            if (IsAsciiDigit(c))
            {
                end = ScanNumber(f, original, folded, i, ref flags);
                kind = TokenKind.Number;
            }
            else if (IsLetter(c))
            {
                end = ScanWord(f, i, ref flags);
                kind = TokenKind.Word;
            }
            else
            {
                end = char.IsHighSurrogate(c) && i + 1 < f.Length && char.IsLowSurrogate(f[i + 1]) ? i + 2 : i + 1;
                kind = TokenKind.Punctuation;
            }

            var start = identity ? i : folded.ToOriginalStart(i);
            var originalEnd = identity ? end : folded.ToOriginalEnd(end);
            if (kind == TokenKind.Word)
            {
                flags |= CaseFlags(original, start, originalEnd);
            }

            if (count == buffer.Length)
            {
                buffer = Grow(buffer);
            }

            buffer[count] = new Token(start, originalEnd, i, end, kind, flags);

            // Sentence starts are marked as each token is made (the rule reads only this token and the
            // ones before it), instead of in a second pass over the whole array. After a word or a number
            // on the same line the rule's answer is known without reading anything: no start, nothing pending.
            if (previousKind != TokenKind.Punctuation && (flags & TokenFlags.NewlineBefore) == 0 && count > 0)
            {
                pendingEnd = false;
            }
            else
            {
                SentenceBoundaries.MarkLast(buffer.AsSpan(0, count + 1), f, ref pendingEnd);
            }

            previousKind = kind;
            count++;
            flagsBefore = TokenFlags.None;
            i = end;
        }

        if (count == 0)
        {
            ArrayPool<Token>.Shared.Return(buffer);
            return null;
        }

        return buffer;
    }

    private static Token[] Grow(Token[] buffer)
    {
        var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<Token>.Shared.Return(buffer);
        return larger;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    // char.IsLetter, with the ASCII letters (nearly all of a folded text) tested without a table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    private static int ScanWord(ReadOnlySpan<char> f, int i, ref TokenFlags flags)
    {
        var start = i;
        i = SkipLetters(f, i);
        while (i < f.Length)
        {
            var c = f[i];
            if (c == '\'' && (flags & TokenFlags.Hyphenated) == 0)
            {
                var prefix = f.Slice(start, i - start);
                if (IsElisionPrefix(prefix))
                {
                    flags |= TokenFlags.Elision;
                    return i + 1;
                }

                if (i + 1 < f.Length && IsLetter(f[i + 1]))
                {
                    i = SkipLetters(f, i + 1); // O'Brien, aujourd'hui, prud'hommes
                    continue;
                }

                break;
            }

            if (c == '-' && i + 1 < f.Length && (IsLetter(f[i + 1]) || IsAsciiDigit(f[i + 1])))
            {
                flags |= TokenFlags.Hyphenated;
                i++;
                while (i < f.Length && (IsLetter(f[i]) || IsAsciiDigit(f[i])))
                {
                    if (IsAsciiDigit(f[i]))
                    {
                        flags |= TokenFlags.HasDigit;
                    }

                    i++;
                }

                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsElisionPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > 6)
        {
            return false;
        }

        foreach (var candidate in ElisionPrefixes)
        {
            if (prefix.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipLetters(ReadOnlySpan<char> f, int i)
    {
        while (i < f.Length && IsLetter(f[i]))
        {
            i++;
        }

        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> f, string original, FoldedText folded, int i, ref TokenFlags flags)
    {
        var start = i;
        while (i < f.Length && IsAsciiDigit(f[i]))
        {
            i++;
        }

        // Groups of exactly three digits, all with the same separator, after a leading group of one to
        // three digits: "8 000", "8.000", "3.000.000", "1'000". A four-digit lead ("2019 300") is a
        // year followed by another number, never a grouped number.
        if (i - start <= 3)
        {
            var separator = '\0';
            while (i + 3 < f.Length)
            {
                var sep = f[i];
                if (!IsGroupSeparator(sep, original[folded.ToOriginal(i)]) || (separator != '\0' && sep != separator))
                {
                    break;
                }

                if (!(IsAsciiDigit(f[i + 1]) && IsAsciiDigit(f[i + 2]) && IsAsciiDigit(f[i + 3])))
                {
                    break;
                }

                if (i + 4 < f.Length && IsAsciiDigit(f[i + 4]))
                {
                    break;
                }

                separator = sep;
                flags |= TokenFlags.Grouped;
                i += 4;
            }
        }

        // A decimal comma: "2,3", "6 700,54". A comma before a space is punctuation.
        if (i + 1 < f.Length && f[i] == ',' && IsAsciiDigit(f[i + 1]))
        {
            i += 2;
            while (i < f.Length && IsAsciiDigit(f[i]))
            {
                i++;
            }

            flags |= TokenFlags.DecimalComma;
        }

        return i;
    }

    private static bool IsGroupSeparator(char folded, char original) =>
        folded switch
        {
            '.' or '\'' => true,
            // Only horizontal spaces group digits; a tab or a line break separates numbers.
            ' ' => original is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\u2007',
            _ => false,
        };

    private static TokenFlags CaseFlags(string original, int start, int end)
    {
        // The first letter decides Capitalized; AllCaps needs two letters or more, all upper case. Once a
        // letter that is not upper case is seen the answer is known: a lower-case word stops at its first
        // letter instead of walking to its end twice.
        var text = original.AsSpan(start, end - start);
        var k = 0;
        while (k < text.Length && !IsLetterOriginal(text[k]))
        {
            k++;
        }

        if (k == text.Length || !IsUpperOriginal(text[k]))
        {
            return TokenFlags.None;
        }

        var letters = 1;
        for (k++; k < text.Length; k++)
        {
            var c = text[k];
            if (!IsLetterOriginal(c))
            {
                continue;
            }

            if (!IsUpperOriginal(c))
            {
                return TokenFlags.Capitalized;
            }

            letters++;
        }

        return letters >= 2 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
    }

    // char.IsLetter and char.IsUpper with the ASCII answers computed inline.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOriginal(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUpperOriginal(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);
}
