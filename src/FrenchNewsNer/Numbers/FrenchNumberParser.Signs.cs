using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>Numbers that start with a sign or symbol: a glued minus ("-4"), a leading decimal comma (",08"), vulgar fractions ("½"), Roman numerals ("XXIe siècle").</summary>
internal partial class FrenchNumberParser
{
    /// <summary>"-4", "−4": a minus glued to a number and not glued to a word or number before it ("1-0" is a score).</summary>
    private bool TryReadSigned(in Ctx c, int index, int limit, int depth, out Reading r)
    {
        r = default;
        var isMinus = c.IsChar(index, '-', limit) || c.IsChar(index, '\u2212', limit);
        if (!isMinus || index + 1 >= limit || !c.Tokens[index + 1].IsNumber || !c.IsGlued(index + 1))
        {
            return false;
        }

        if (index > 0 && !c.Tokens[index].Has(TokenFlags.SpaceBefore) && (c.Tokens[index - 1].IsWord || c.Tokens[index - 1].IsNumber))
        {
            return false;
        }

        if (!TryReadDigits(c, index + 1, limit, depth, out r) || r.Ordinal)
        {
            return false;
        }

        r.Value = -r.Value;
        return true;
    }

    /// <summary>",08": a decimal comma with no whole part, after a space or at the start.</summary>
    private static bool TryReadLeadingComma(in Ctx c, int index, int limit, out Reading r)
    {
        r = default;
        if (!c.IsChar(index, ',', limit) || (index > 0 && !c.Tokens[index].Has(TokenFlags.SpaceBefore))
            || !c.IsPlainDigits(index + 1, limit) || !c.IsGlued(index + 1))
        {
            return false;
        }

        r = Reading.At(index + 1, c.IntegerOf(index + 1) / Math.Pow(10, c.DigitCount(index + 1)), false);
        return true;
    }

    private bool TryReadVulgar(in Ctx c, int index, out Reading r)
    {
        r = default;
        if (!Lexicon.TryGetWord(c.Document.FoldedOf(index), out var word) || word.Class != NumberWordClass.Vulgar)
        {
            return false;
        }

        r = Reading.At(index, word.Value, false);
        return true;
    }

    /// <summary>
    /// "XXIe siècle", "Ve République": upper-case Roman digits with an ordinal suffix, followed (perhaps
    /// through "et", ",", "au" and other such numerals: "XIXe et XXe siècles") by a word that makes it
    /// clear. Anywhere else "Ve" or "Ier" may be a name or a word.
    /// </summary>
    private bool TryReadRoman(in Ctx c, int index, out Reading r)
    {
        r = default;
        if (!TryRomanOrdinal(c, index, out var value))
        {
            return false;
        }

        var context = NumberContext.Default;
        for (var k = index + 1; k < c.Tokens.Length && k <= index + 8; k++)
        {
            if (c.Tokens[k].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (context.RomanContext.ContainsToken(c.Document, k))
            {
                r = Reading.At(index, value, true);
                r.Ordinal = true;
                return true;
            }

            var folded = c.Document.FoldedOf(k);
            var joins = folded.SequenceEqual("et") || folded.SequenceEqual("au") || folded.SequenceEqual("ou") || folded.SequenceEqual("a")
                || folded.SequenceEqual(",") || folded.SequenceEqual("-") || folded.SequenceEqual("\u2013");
            if (!joins && !TryRomanOrdinal(c, k, out _))
            {
                return false;
            }
        }

        return false;
    }

    private bool TryRomanOrdinal(in Ctx c, int index, out int value)
    {
        value = 0;
        var token = c.Tokens[index];
        if (!token.IsWord || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.Elision) || !token.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var original = c.Document.OriginalOf(index);
        var digits = 0;
        while (digits < original.Length && RomanDigit(original[digits]) > 0)
        {
            digits++;
        }

        // Roman digits are ASCII and fold one to one, so the suffix starts at the same offset in the shadow.
        var folded = c.Document.FoldedOf(index);
        // "Le", "Ce", "De", "Me" are the article, the demonstrative, the preposition and the pronoun (or
        // "Maître"), never the 50th, 100th, 500th or 1000th: "Le XXIe siècle", "Le Ve arrondissement".
        if (digits == 1 && folded.Length == 2 && folded[1] == 'e' && original[0] is 'L' or 'C' or 'D' or 'M')
        {
            return false;
        }

        if (digits == 0 || digits >= folded.Length || !Lexicon.TryGetSuffix(folded[digits..], out var suffix)
            || !TryParseRoman(original[..digits], out value) || (suffix.Value != 0 && suffix.Value != value))
        {
            return false;
        }

        return true;
    }

    private static int RomanDigit(char ch) => ch switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };

    /// <summary>Parses a Roman numeral and accepts it only in its canonical spelling ("XIV", not "XIIII" or "IL").</summary>
    internal static bool TryParseRoman(ReadOnlySpan<char> roman, out int value)
    {
        value = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var digit = RomanDigit(roman[i]);
            if (digit == 0)
            {
                return false;
            }

            value += i + 1 < roman.Length && RomanDigit(roman[i + 1]) > digit ? -digit : digit;
        }

        if (value <= 0 || value >= 4000)
        {
            return false;
        }

        Span<char> canonical = stackalloc char[16];
        var length = 0;
        var rest = value;
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        ReadOnlySpan<string> symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        for (var i = 0; i < values.Length; i++)
        {
            while (rest >= values[i])
            {
                symbols[i].AsSpan().CopyTo(canonical[length..]);
                length += symbols[i].Length;
                rest -= values[i];
            }
        }

        return canonical[..length].SequenceEqual(roman);
    }
}
