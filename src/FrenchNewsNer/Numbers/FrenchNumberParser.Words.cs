using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// Numbers in words. A French numeral is read left to right by a small state machine over its parts
/// (a hyphenated token is several parts: "quatre-vingt-dix-neuf" is quatre-vingt, dix, neuf):
/// <c>[count scale]* [count mille] [unit cent] [below a hundred]</c>, where below a hundred is a unit,
/// a teen, "dix" + 7..9, or a ten with an optional unit ("et" allowed), soixante and quatre-vingt also
/// taking dix and the teens. An ordinal word may stand where its cardinal could and ends the number
/// ("deux cent vingt-cinquième"). Then, after a whole count: a denominator makes a fraction ("trois
/// cinquièmes", "un centième", "deux tiers"), "sur" a ratio, "virgule" decimals, and "et" a fraction
/// or a smaller number added ("un million et demi", "vingt et un cinquième", "mille et une").
/// </summary>
internal partial class FrenchNumberParser
{
    private enum SmallState : byte
    {
        None,
        Unit,
        Ten,
        TenTeens,
        Dix,
        TenDix,
        Done,
    }

    private enum EtOutcome : byte
    {
        Stop,
        Continue,
        Done,
    }

    /// <summary>A numeral in words, then the fraction, ratio or decimal that may follow a whole count.</summary>
    /// <param name="c">The document view.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="limit">Tokens from here on are not read.</param>
    /// <param name="depth">The nesting depth of this reading.</param>
    /// <param name="r">The reading.</param>
    /// <param name="mixed">Read after "et" as the fraction of a mixed number, where "un cinquième" is a fraction whatever follows.</param>
    private bool TryReadWordNumber(in Ctx c, Pos start, int limit, int depth, out Reading r, bool mixed = false)
    {
        if (!ReadWords(c, start, limit, depth, belowThousand: false, out r))
        {
            return false;
        }

        if (r.Ordinal || !r.Integer || r.Zero || r.Collective || r.Next.IsNone || depth >= MaxDepth)
        {
            return true;
        }

        var pos = r.Next;

        // "un sur trois", "1 sur vingt et un": only after a whole word (never inside "vingt-sur-...").
        if (pos.Offset == c.Tokens[pos.Token].FoldStart && r.Value >= 1
            && TryReadRatio(c, pos.Token, limit, depth, r.Value, out var ratio, out var ratioEnd))
        {
            r = ratioEnd;
            r.Value = ratio;
            r.Integer = false;
            r.Ordinal = false;
            r.IsFraction = true;
            r.LoneArticle = false;
            return true;
        }

        if (!TryWordAt(c, pos, limit, out var word, out var next, out var lastToken, out var endsToken))
        {
            return true;
        }

        if (word.Class == NumberWordClass.Fraction)
        {
            // "un demi-million": a count of half scales.
            if (word.Value == 0.5 && !word.IsPlural && TryWordAt(c, next, limit, out var scale, out var afterScale, out var scaleToken, out var scaleEnds)
                && !scale.Ordinal && scale.Class is NumberWordClass.Scale or NumberWordClass.Collective or NumberWordClass.Thousand)
            {
                var value = r.Value * 0.5 * scale.Value;
                r = Reading.At(scaleToken, value, value == Math.Floor(value));
                r.EndsToken = scaleEnds;
                r.Next = afterScale;
                return true;
            }

            // "deux tiers", "trois quarts", "un demi".
            var fraction = r.Value * word.Value;
            r = Reading.At(lastToken, fraction, false);
            r.EndsToken = endsToken;
            r.Next = next;
            r.IsFraction = true;
            r.SmallDenominator = true;

            // "un quart de million", "deux tiers de milliard": a fraction of a scale.
            if (endsToken && IsPartText(c, next, limit, "de", out var afterDe)
                && TryWordAt(c, afterDe, limit, out var ofScale, out var afterOfScale, out var ofScaleToken, out var ofScaleEnds)
                && ofScale.Class == NumberWordClass.Scale && !ofScale.Ordinal && !ofScale.IsPlural)
            {
                var value = fraction * ofScale.Value;
                r = Reading.At(ofScaleToken, value, value == Math.Floor(value));
                r.EndsToken = ofScaleEnds;
                r.Next = afterOfScale;
            }

            return true;
        }

        // A denominator: "trois cinquièmes", "un vingt-cinquième", "quatre centièmes".
        if (!ReadWords(c, pos, limit, depth + 1, belowThousand: false, out var denominator)
            || !denominator.Ordinal || denominator.Value < 3 || denominator.Zero || denominator.LoneArticle)
        {
            return true;
        }

        // "un troisième mandat": before a noun, "un" is the article and the ordinal an adjective.
        if (r.LoneArticle && !mixed && !denominator.Plural && !FractionContextAfter(c, denominator))
        {
            return true;
        }

        var quotient = r.Value / denominator.Value;
        var small = denominator.Value < 100;
        r = denominator;
        r.Value = quotient;
        r.Ordinal = false;
        r.Integer = false;
        r.IsFraction = true;
        r.SmallDenominator = small;
        return true;
    }

    /// <summary>Whether the word after an ordinal keeps "un + ordinal" a fraction ("un cinquième des voix").</summary>
    private static bool FractionContextAfter(in Ctx c, in Reading ordinal)
    {
        var next = ordinal.LastToken + 1;
        if (!ordinal.EndsToken || next >= c.Tokens.Length || !c.Tokens[next].IsWord || c.Tokens[next].Has(TokenFlags.NewlineBefore))
        {
            return true;
        }

        return NumberContext.Default.FractionFollower.ContainsToken(c.Document, next);
    }

    /// <summary>The cardinal (or compound ordinal) grammar, with "et" and "virgule".</summary>
    /// <param name="c">The document view.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="limit">Tokens from here on are not read.</param>
    /// <param name="depth">The nesting depth of this reading.</param>
    /// <param name="belowThousand">Read only a number below a thousand (the digits after "virgule").</param>
    /// <param name="r">The reading.</param>
    private bool ReadWords(in Ctx c, Pos start, int limit, int depth, bool belowThousand, out Reading r)
    {
        r = default;

        // Most words are no number word: then the loop below would fail at its first word too (the same
        // look-up, with no word read yet), so stop here rather than look the word up a second time.
        if (!TryWordAt(c, start, limit, out var first, out var afterFirst, out _, out _))
        {
            return false;
        }

        // "demi-million", "demi-douzaine": half a scale.
        if (first.Class == NumberWordClass.Fraction && first.Value == 0.5 && !first.IsPlural)
        {
            if (belowThousand || !TryWordAt(c, afterFirst, limit, out var scale, out var afterScale, out var scaleToken, out var scaleEnds)
                || scale.Ordinal || scale.Class is not (NumberWordClass.Scale or NumberWordClass.Collective or NumberWordClass.Thousand))
            {
                return false;
            }

            var half = 0.5 * scale.Value;
            r = Reading.At(scaleToken, half, half == Math.Floor(half));
            r.EndsToken = scaleEnds;
            r.Next = afterScale;
            r.TrailingScale = scale.Value;
            return true;
        }

        var s = new Cardinal { LastScale = double.PositiveInfinity, Multiplier = 1 };
        var pos = start;
        var lastToken = -1;
        var endsToken = false;
        var next = Pos.None;
        while (s.Words < MaxWords)
        {
            if (TryWordAt(c, pos, limit, out var word, out var afterWord, out var wordToken, out var wordEnds))
            {
                if ((belowThousand && word.Class >= NumberWordClass.Thousand) || !Apply(ref s, word, crossedSpace: s.Words > 0 && pos.Offset == c.Tokens[pos.Token].FoldStart))
                {
                    break;
                }

                (lastToken, endsToken, next, pos) = (wordToken, wordEnds, afterWord, afterWord);
                continue;
            }

            if (s.Words == 0 || s.Ordinal)
            {
                break;
            }

            if (!s.Zero && IsPartText(c, pos, limit, "et", out var afterEt))
            {
                var outcome = ReadEt(c, ref s, afterEt, limit, depth, belowThousand, ref lastToken, ref endsToken, ref next);
                if (outcome == EtOutcome.Continue)
                {
                    pos = next;
                    continue;
                }

                break;
            }

            if (!belowThousand && IsPartText(c, pos, limit, "virgule", out var afterVirgule))
            {
                ReadVirgule(c, ref s, afterVirgule, limit, depth, ref lastToken, ref endsToken, ref next);
            }

            break;
        }

        if (s.Words == 0)
        {
            return false;
        }

        var value = (s.Total + s.ChunkValue + s.Extra) * s.Multiplier;
        r = Reading.At(lastToken, value, value == Math.Floor(value) && s.Extra == 0);
        r.EndsToken = endsToken;
        r.Next = next;
        r.Ordinal = s.Ordinal;
        r.Plural = s.Plural;
        r.LoneArticle = s.LoneArticle && s.Words == 1 && s.Extra == 0;
        r.Zero = s.Zero;
        r.Collective = s.Collective;
        r.TrailingScale = s.Extra == 0 ? s.TrailingScale : 0;
        return true;
    }
}
