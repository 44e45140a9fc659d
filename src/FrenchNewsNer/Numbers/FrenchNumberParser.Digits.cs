using System.Globalization;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>Numbers in digits: group separators, decimal comma or dot, powers and exponents, scales after digits ("2,3 millions", "10k"), proper fractions ("3/4").</summary>
internal partial class FrenchNumberParser
{
    private bool TryReadDigits(in Ctx c, int index, int limit, int depth, out Reading r)
    {
        r = default;
        var token = c.Tokens[index];
        if (!TryParseNumberToken(c.Document.FoldedOf(index), out var value))
        {
            return false;
        }

        var plain = !token.Has(TokenFlags.Grouped) && !token.Has(TokenFlags.DecimalComma);
        var whole = value == Math.Floor(value) && !token.Has(TokenFlags.DecimalComma);
        r = Reading.At(index, value, whole);
        var n = index + 1;

        // "2.5", "1.2345": a dot decimal. A dot before exactly three digits is French grouping, which the
        // tokenizer has already joined ("8.000"); after a four-digit lead ("2019.123") it is unclear and
        // not read. A chain of dots ("192.168.1.2", "13.09.2023") is an address, a version or a date.
        if (plain && c.IsChar(n, '.', limit) && c.IsGlued(n) && c.IsPlainDigits(n + 1, limit) && c.IsGlued(n + 1)
            && c.DigitCount(n + 1) != 3 && !c.ContinuesDottedChain(n + 2, limit) && !c.DottedBefore(index))
        {
            value += c.IntegerOf(n + 1) / Math.Pow(10, c.DigitCount(n + 1));
            whole = false;
            r = Reading.At(n + 1, value, false);
            n += 2;
        }

        // "1,1^23", "2,5^-1": a power.
        if (c.IsChar(n, '^', limit) && c.IsGlued(n))
        {
            var k = n + 1;
            var sign = ReadSigns(c, ref k, limit);
            if (c.IsPlainInteger(k, limit) && c.IsGlued(k))
            {
                r = Reading.At(k, Math.Pow(value, sign * c.IntegerOf(k)), false);
                return true;
            }
        }

        // "12,32e+14", "1e10", "-12e-1": an exponent (before the ordinal suffix "e" can claim the e).
        if (c.IsWordToken(n, limit) && c.IsGlued(n) && TryReadExponent(c, n, limit, out var exponent, out var exponentEnd))
        {
            r = Reading.At(exponentEnd, value * Math.Pow(10, exponent), false);
            return true;
        }

        // "1er", "2e", "35ème", "2nde": an ordinal suffix.
        if (whole && value >= 1 && c.IsWordToken(n, limit) && c.IsGlued(n) && !c.Tokens[n].Has(TokenFlags.Hyphenated)
            && Lexicon.TryGetSuffix(c.Document.FoldedOf(n), out var suffix) && (suffix.Value == 0 || suffix.Value == value))
        {
            r = Reading.At(n, value, true);
            r.Ordinal = true;
            return true;
        }

        // "1½".
        if (whole && n < limit && c.Tokens[n].IsPunctuation && c.IsGlued(n) && Lexicon.TryGetWord(c.Document.FoldedOf(n), out var vulgar) && vulgar.Class == NumberWordClass.Vulgar)
        {
            r = Reading.At(n, value + vulgar.Value, false);
            return true;
        }

        // "10k", "2,33 k", "2 Md".
        if (TryReadMagnitude(c, n, limit, value, c.DigitCount(index) == 1 && plain, out var magnitude))
        {
            r = Reading.At(n, value * magnitude, false);
            return true;
        }

        // "2,3 millions", "10 mille", "322 cent", "3 douzaines", then "et demi".
        if (TryScaleAfterDigits(c, n, limit, value, whole, out var scale))
        {
            value *= scale;
            r = Reading.At(n, value, value == Math.Floor(value));
            r.TrailingScale = scale;
            if (TryReadEtFraction(c, n + 1, limit, depth, out var fraction, out var fractionEnd))
            {
                r = Reading.At(fractionEnd.LastToken, value + (fraction * scale), false);
                r.EndsToken = fractionEnd.EndsToken;
            }

            return true;
        }

        if (whole && plain)
        {
            // "3/4": a proper fraction; "2 1/4": a whole number and a proper fraction.
            if (TryProperSlashFraction(c, index, limit, out var ratio, out var slashEnd))
            {
                r = Reading.At(slashEnd, ratio, false);
                return true;
            }

            if (n < limit && c.Tokens[n].IsNumber && c.IsSpacedOnLine(n) && TryProperSlashFraction(c, n, limit, out ratio, out slashEnd))
            {
                r = Reading.At(slashEnd, value + ratio, false);
                return true;
            }
        }

        // "1 sur 3".
        if (whole && value >= 1 && TryReadRatio(c, n, limit, depth, value, out var quotient, out var ratioEnd))
        {
            r = Reading.At(ratioEnd.LastToken, quotient, false);
            r.EndsToken = ratioEnd.EndsToken;
            return true;
        }

        // "3 et demi".
        if (r.LastToken == index && TryReadEtFraction(c, n, limit, depth, out var half, out var halfEnd))
        {
            r = Reading.At(halfEnd.LastToken, value + half, false);
            r.EndsToken = halfEnd.EndsToken;
        }

        return true;
    }

    private static int ReadSigns(in Ctx c, ref int k, int limit)
    {
        var sign = 1;
        while (k < limit && c.IsGlued(k) && (c.IsChar(k, '-', limit) || c.IsChar(k, '+', limit) || c.IsChar(k, '\u2212', limit)))
        {
            sign = c.IsChar(k, '+', limit) ? sign : -sign;
            k++;
        }

        return sign;
    }

    private static bool TryReadExponent(in Ctx c, int n, int limit, out double exponent, out int end)
    {
        exponent = 0;
        end = n;
        var folded = c.Document.FoldedOf(n);
        if (folded.SequenceEqual("e"))
        {
            var k = n + 1;
            var sign = ReadSigns(c, ref k, limit);
            if (c.IsPlainInteger(k, limit) && c.IsGlued(k))
            {
                exponent = sign * c.IntegerOf(k);
                end = k;
                return true;
            }

            return false;
        }

        // The tokenizer keeps "e-1" as one hyphenated word.
        if (folded.Length > 2 && folded[0] == 'e' && folded[1] == '-' && AllDigits(folded[2..]) && folded.Length <= 6)
        {
            exponent = -double.Parse(folded[2..], NumberStyles.None, CultureInfo.InvariantCulture);
            end = n;
            return true;
        }

        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var ch in span)
        {
            if (!Tokenizer.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return !span.IsEmpty;
    }

    private bool TryReadMagnitude(in Ctx c, int n, int limit, double value, bool singleDigit, out double magnitude)
    {
        magnitude = 0;
        if (!c.IsWordToken(n, limit) || c.Tokens[n].Has(TokenFlags.NewlineBefore))
        {
            return false;
        }

        var glued = c.IsGlued(n);
        var original = c.Document.OriginalOf(n);
        var folded = c.Document.FoldedOf(n);
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per number read.
        var magnitudes = Lexicon.Magnitudes;
        for (var m = 0; m < magnitudes.Count; m++)
        {
            var word = magnitudes[m];
            if (!(glued ? word.Has(NumberWordFlags.Glued) : word.Has(NumberWordFlags.Spaced)))
            {
                continue;
            }

            var same = word.Has(NumberWordFlags.ExactCase) ? original.SequenceEqual(word.Written) : folded.SequenceEqual(word.Parts[0]);
            if (!same || (glued && singleDigit && word.Has(NumberWordFlags.CodeGuard)))
            {
                continue;
            }

            magnitude = word.Value;
            return true;
        }

        return false;
    }

    private bool TryScaleAfterDigits(in Ctx c, int n, int limit, double value, bool whole, out double scale)
    {
        scale = 0;
        if (!c.IsWordToken(n, limit) || c.Tokens[n].Has(TokenFlags.NewlineBefore) || c.Tokens[n].Has(TokenFlags.Hyphenated)
            || !Lexicon.TryGetWord(c.Document.FoldedOf(n), out var word) || word.Ordinal)
        {
            return false;
        }

        var fits = word.Class switch
        {
            NumberWordClass.Scale or NumberWordClass.Collective => true,
            // "10 mille", "322 cent"; "3 cents" is money, and "1 000 mille" no one writes.
            NumberWordClass.Thousand => value < 1000,
            NumberWordClass.Hundred => !word.IsPlural && whole && value < 1000,
            _ => false,
        };
        if (!fits || value <= 0)
        {
            return false;
        }

        scale = word.Value;
        return true;
    }

    /// <summary>"3/4" at token <paramref name="index"/>: a proper fraction with no leading zero, not part of a date "3/4/2023".</summary>
    private static bool TryProperSlashFraction(in Ctx c, int index, int limit, out double ratio, out int end)
    {
        ratio = 0;
        end = index;
        var slash = index + 1;
        var den = index + 2;
        if (!c.IsPlainInteger(index, limit) || !c.IsChar(slash, '/', limit) || !c.IsGlued(slash) || !c.IsPlainInteger(den, limit) || !c.IsGlued(den)
            || c.LeadingZero(index) || c.LeadingZero(den) || (c.IsChar(den + 1, '/', limit) && c.IsGlued(den + 1)) || c.SlashedBefore(index))
        {
            return false;
        }

        var numerator = c.IntegerOf(index);
        var denominator = c.IntegerOf(den);
        if (numerator <= 0 || denominator <= numerator)
        {
            return false;
        }

        ratio = numerator / denominator;
        end = den;
        return true;
    }
}
