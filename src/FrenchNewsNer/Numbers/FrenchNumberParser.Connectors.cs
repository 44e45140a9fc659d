using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>What follows a whole count in words: "et" (a fraction, a ten's unit, a smaller number added) and "virgule" (decimals).</summary>
internal partial class FrenchNumberParser
{
    /// <summary>
    /// "et" after a number: a fraction ("trois et un cinquième", "un million et demi"), the unit of a
    /// ten ("vingt et un", "soixante et onze"), or a smaller number added ("mille et une", "cent et un",
    /// "un milliard et demi million"), tried in that order.
    /// </summary>
    private EtOutcome ReadEt(in Ctx c, ref Cardinal s, Pos afterEt, int limit, int depth, bool unitsOnly, ref int lastToken, ref bool endsToken, ref Pos next)
    {
        if (!unitsOnly && s.Extra == 0 && (!s.Terminal || s.Collective)
            && TryReadEtFractionAt(c, afterEt, limit, depth, out var fraction, out var fractionEnd))
        {
            s.Extra = fraction * (s.TrailingScale > 0 ? s.TrailingScale : 1);
            s.Terminal = true;
            (lastToken, endsToken, next) = (fractionEnd.LastToken, fractionEnd.EndsToken, fractionEnd.Next);

            // "un milliard et trois quarts millions": the fraction is of the scale written after it.
            if (TryWordAt(c, next, limit, out var scale, out var afterScale, out var scaleToken, out var scaleEnds)
                && scale.Class == NumberWordClass.Scale && !scale.Ordinal && scale.Value < s.LastScale)
            {
                s.Extra = fraction * scale.Value;
                (lastToken, endsToken, next) = (scaleToken, scaleEnds, afterScale);
            }

            return EtOutcome.Done;
        }

        if (s.Terminal)
        {
            return EtOutcome.Stop;
        }

        if (TryWordAt(c, afterEt, limit, out var unit, out var afterUnit, out var unitToken, out var unitEnds)
            && ((s.State is SmallState.Ten or SmallState.TenTeens or SmallState.TenDix
                    && ((unit.Class == NumberWordClass.Unit && unit.Whole >= 1 && !unit.Has(NumberWordFlags.Alone))
                        || (unit.Class == NumberWordClass.Teen && unit.Whole >= 11 && s.State == SmallState.TenTeens)))
                || (unit.Has(NumberWordFlags.CompoundOnly) && s.State == SmallState.None)))
        {
            var saved = s;
            if (Apply(ref s, unit, crossedSpace: false))
            {
                (lastToken, endsToken, next) = (unitToken, unitEnds, afterUnit);
                return EtOutcome.Continue;
            }

            s = saved;
        }

        var left = s.Total + s.ChunkValue;
        var step = Step(left);
        if (!unitsOnly && s.Extra == 0 && step > 1 && depth < MaxDepth
            && TryReadWordNumber(c, afterEt, limit, depth + 1, out var added)
            && added.Value > 0 && !added.IsFraction && !added.Zero && Math.Floor(added.Value) < step)
        {
            s.Extra = added.Value;
            s.Ordinal = added.Ordinal;
            s.Plural = added.Plural;
            s.Terminal = true;
            (lastToken, endsToken, next) = (added.LastToken, added.EndsToken, added.Next);
            return EtOutcome.Done;
        }

        return EtOutcome.Stop;
    }

    /// <summary>The largest power of ten dividing a whole <paramref name="value"/> (20 → 10, 1000 → 1000), or 0.</summary>
    private static double Step(double value)
    {
        if (value <= 0 || value != Math.Floor(value) || value > 1e15)
        {
            return 0;
        }

        var whole = (long)value;
        long step = 1;
        while (whole % (step * 10) == 0)
        {
            step *= 10;
        }

        return step;
    }

    /// <summary>"deux virgule cinq", "trois virgule zéro cinq", "deux virgule cinq millions".</summary>
    private void ReadVirgule(in Ctx c, ref Cardinal s, Pos afterVirgule, int limit, int depth, ref int lastToken, ref bool endsToken, ref Pos next)
    {
        if (s.Ordinal || s.Extra != 0 || (s.Terminal && !s.Zero) || depth >= MaxDepth)
        {
            return;
        }

        var pos = afterVirgule;
        var zeros = 0;
        var end = (Token: -1, Ends: false, Next: Pos.None);
        while (zeros < 12 && TryWordAt(c, pos, limit, out var zero, out var afterZero, out var zeroToken, out var zeroEnds)
            && zero.Class == NumberWordClass.Unit && zero.Value == 0 && !zero.Ordinal)
        {
            zeros++;
            end = (zeroToken, zeroEnds, afterZero);
            pos = afterZero;
        }

        double digits = 0;
        var digitCount = 0;
        if (ReadWords(c, pos, limit, depth + 1, belowThousand: true, out var decimals) && decimals.Integer && !decimals.Ordinal && !decimals.Zero)
        {
            digits = decimals.Value;
            digitCount = digits < 10 ? 1 : digits < 100 ? 2 : 3;
            end = (decimals.LastToken, decimals.EndsToken, decimals.Next);
        }

        if (end.Token < 0)
        {
            return;
        }

        s.Extra = digits / Math.Pow(10, zeros + digitCount);
        s.Terminal = true;
        (lastToken, endsToken, next) = end;

        // "deux virgule cinq millions": the scale multiplies the whole decimal number.
        if (s.Total == 0 && !s.HasThousand && TryWordAt(c, next, limit, out var scale, out var afterScale, out var scaleToken, out var scaleEnds)
            && !scale.Ordinal && scale.Class is NumberWordClass.Scale or NumberWordClass.Thousand)
        {
            s.Multiplier = scale.Value;
            (lastToken, endsToken, next) = (scaleToken, scaleEnds, afterScale);
        }
    }

    /// <summary>"et demi", "et un quart", "et trois cinquièmes" at <paramref name="etToken"/>: a fraction below one.</summary>
    private bool TryReadEtFraction(in Ctx c, int etToken, int limit, int depth, out double fraction, out Reading end)
    {
        fraction = 0;
        end = default;
        if (!c.IsWordToken(etToken, limit) || !c.IsSpacedOnLine(etToken) || !c.Document.FoldedOf(etToken).SequenceEqual("et") || !c.IsSpacedOnLine(etToken + 1))
        {
            return false;
        }

        return TryReadEtFractionAt(c, new Pos(etToken + 1, c.Tokens[etToken + 1].FoldStart), limit, depth, out fraction, out end);
    }

    private bool TryReadEtFractionAt(in Ctx c, Pos p, int limit, int depth, out double fraction, out Reading end)
    {
        fraction = 0;
        end = default;
        if (depth >= MaxDepth)
        {
            return false;
        }

        // A bare "demi", "quart": "un million et demi", "deux heures et quart". Not "et demi million",
        // which adds half a million.
        if (TryWordAt(c, p, limit, out var word, out var next, out var wordToken, out var wordEnds) && word.Class == NumberWordClass.Fraction && !word.IsPlural)
        {
            if (TryWordAt(c, next, limit, out var after, out _, out _, out _) && !after.Ordinal
                && after.Class is NumberWordClass.Scale or NumberWordClass.Collective or NumberWordClass.Thousand)
            {
                return false;
            }

            fraction = word.Value;
            end = Reading.At(wordToken, word.Value, false);
            end.EndsToken = wordEnds;
            end.Next = next;
            return true;
        }

        // A proper fraction with a small denominator: "un cinquième", "trois quarts", "deux tiers".
        // "vingt et un millième" stays the ordinal 21 000th.
        if (!TryReadWordNumber(c, p, limit, depth + 1, out var read, mixed: true) || !read.IsFraction || !read.SmallDenominator || read.Value >= 1)
        {
            return false;
        }

        fraction = read.Value;
        end = read;
        return true;
    }
}
