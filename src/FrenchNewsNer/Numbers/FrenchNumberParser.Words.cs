using FrenchNewsNer.Lexicon;
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

    /// <summary>One step of the grammar; false when <paramref name="word"/> cannot continue the number.</summary>
    private static bool Apply(ref Cardinal s, NumberWord word, bool crossedSpace)
    {
        if (s.Terminal || s.Zero)
        {
            return false;
        }

        if (word.Ordinal)
        {
            // "un cinquième" is a fraction and "un millionième" a millionth part: an ordinal never
            // starts with the article. "trois cinquièmes", plural across a space, is a fraction too.
            if (s.LoneArticle || (word.Has(NumberWordFlags.Alone) && s.Words > 0) || (word.IsPlural && crossedSpace))
            {
                return false;
            }
        }

        var v = word.Whole;
        switch (word.Class)
        {
            case NumberWordClass.Unit:
                if (v == 0)
                {
                    if (s.Words > 0)
                    {
                        return false;
                    }

                    s.Zero = true;
                    break;
                }

                // "vingt et unième", "cent unième", "mille et unième"; never "unième" alone.
                if (word.Has(NumberWordFlags.CompoundOnly) && s.State is not (SmallState.Ten or SmallState.TenTeens)
                    && !(s.State == SmallState.None && s.Words > 0))
                {
                    return false;
                }

                switch (s.State)
                {
                    case SmallState.None:
                        s.Small = v;
                        s.State = SmallState.Unit;
                        break;
                    case SmallState.Ten or SmallState.TenTeens:
                    // "quatre-vingt-dix seconde": read as 92, leniently, as soixante-dix is a ten of its own.
                    case SmallState.TenDix:
                        s.Small += v;
                        s.State = SmallState.Done;
                        break;
                    case SmallState.Dix when v >= 7:
                        s.Small += v;
                        s.State = SmallState.Done;
                        break;
                    default:
                        return false;
                }

                break;
            case NumberWordClass.Teen:
                switch (s.State)
                {
                    case SmallState.None:
                        s.Small = v;
                        s.State = v == 10 ? SmallState.Dix : SmallState.Done;
                        break;
                    case SmallState.TenTeens:
                        s.Small += v;
                        s.State = v == 10 ? SmallState.TenDix : SmallState.Done;
                        break;
                    default:
                        return false;
                }

                break;
            case NumberWordClass.Ten:
                if (s.State != SmallState.None)
                {
                    return false;
                }

                s.Small = v;
                s.State = word.Has(NumberWordFlags.Closed) ? SmallState.Done : word.Has(NumberWordFlags.Teens) ? SmallState.TenTeens : SmallState.Ten;
                break;
            case NumberWordClass.Hundred:
                // Never "un cent" nor "deux cent cent".
                if (s.HasHundred || s.LoneArticle)
                {
                    return false;
                }

                // "cents" alone is money; the plural hundred needs a count ("deux cents").
                if (s.State == SmallState.None && (word.Ordinal || !word.IsPlural))
                {
                    s.Hundreds = 100;
                }
                // A unit counts hundreds ("deux cents"); a teen too, in years ("dix-neuf cent"), but not
                // a ten: "cinquante cents" is money.
                else if (s.State != SmallState.None && s.Small >= 2 && (s.Small <= 9 || (s.Small <= 19 && !word.IsPlural)))
                {
                    s.Hundreds = s.Small * 100;
                    s.Small = 0;
                }
                else
                {
                    return false;
                }

                s.HasHundred = true;
                s.State = SmallState.None;
                break;
            case NumberWordClass.Thousand:
                // "mille", "deux mille", "vingt et un mille"; "un mille" is a mile.
                if (s.HasThousand || s.LoneArticle)
                {
                    return false;
                }

                var count = s.Hundreds + s.Small;
                s.Thousands = (count == 0 ? 1 : count) * 1000;
                s.ResetGroup();
                s.HasThousand = true;
                break;
            case NumberWordClass.Scale:
                // "un million", "mille milliards", "deux cent mille milliards": a count, then a scale
                // smaller than the last one. A compound ordinal counts fewer than a thousand ("trois
                // billionième"); "cent mille billionième" is a fraction.
                var multiplier = s.ChunkValue;
                if (multiplier == 0 && word.Ordinal && s.Words == 0)
                {
                    multiplier = 1;
                }

                if (multiplier == 0 || word.Value >= s.LastScale || (word.Ordinal && multiplier >= 1000))
                {
                    return false;
                }

                s.Total += multiplier * word.Value;
                s.LastScale = word.Value;
                s.Thousands = 0;
                s.HasThousand = false;
                s.ResetGroup();
                break;
            case NumberWordClass.Collective:
                // "une douzaine", "trois centaines": a count of them, and the end of the number.
                var dozens = s.Total + s.ChunkValue;
                if (dozens == 0 || word.Ordinal)
                {
                    return false;
                }

                s.Total = dozens * word.Value;
                s.Thousands = 0;
                s.ResetGroup();
                s.Terminal = true;
                s.Collective = true;
                break;
            default:
                return false;
        }

        s.TrailingScale = word.Class is NumberWordClass.Thousand or NumberWordClass.Scale or NumberWordClass.Collective ? word.Value : 0;
        s.LoneArticle = s.Words == 0 && word.Has(NumberWordFlags.Article);
        s.Words++;
        if (word.Ordinal)
        {
            s.Ordinal = true;
            s.Plural = word.IsPlural;
            s.Terminal = true;
        }

        return true;
    }

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

    // ---- parts and words ------------------------------------------------------------------------

    /// <summary>The part at <paramref name="p"/>: up to the next hyphen of a word, or the whole token.</summary>
    private static bool TryPart(in Ctx c, Pos p, int limit, out int partEnd, out bool endsToken)
    {
        partEnd = 0;
        endsToken = false;
        if (p.IsNone || p.Token >= limit)
        {
            return false;
        }

        var token = c.Tokens[p.Token];
        partEnd = token.FoldEnd;
        if (token.IsWord && token.Has(TokenFlags.Hyphenated))
        {
            var dash = c.Shadow.Slice(p.Offset, token.FoldEnd - p.Offset).IndexOf('-');
            if (dash >= 0)
            {
                partEnd = p.Offset + dash;
            }
        }

        endsToken = partEnd == token.FoldEnd;
        return partEnd > p.Offset;
    }

    /// <summary>The position after a part: the next part of the same word, or the next token if only spaces lie between.</summary>
    private static Pos After(in Ctx c, int token, int partEnd, bool endsToken)
    {
        if (!endsToken)
        {
            return new Pos(token, partEnd + 1);
        }

        var next = token + 1;
        return c.IsSpacedOnLine(next) ? new Pos(next, c.Tokens[next].FoldStart) : Pos.None;
    }

    /// <summary>Whether the part at <paramref name="p"/> is the word <paramref name="folded"/>.</summary>
    private static bool IsPartText(in Ctx c, Pos p, int limit, string folded, out Pos after)
    {
        after = Pos.None;
        if (!TryPart(c, p, limit, out var partEnd, out var endsToken) || !c.Tokens[p.Token].IsWord
            || !c.Shadow.Slice(p.Offset, partEnd - p.Offset).SequenceEqual(folded))
        {
            return false;
        }

        after = After(c, p.Token, partEnd, endsToken);
        return true;
    }

    /// <summary>The number word at <paramref name="p"/>; a multi-part word ("quatre vingt") may span parts and tokens.</summary>
    private bool TryWordAt(in Ctx c, Pos p, int limit, out NumberWord word, out Pos next, out int lastToken, out bool endsToken)
    {
        word = null!;
        next = Pos.None;
        lastToken = -1;
        endsToken = false;
        if (!TryPart(c, p, limit, out var partEnd, out var partEnds) || !c.Tokens[p.Token].IsWord)
        {
            return false;
        }

        var text = c.Shadow.Slice(p.Offset, partEnd - p.Offset);

        // Most parts are no number word: the prefilter answers that without hashing the part, and a
        // part that passes is hashed once for both tables.
        var lexicon = Lexicon;
        if (!lexicon.MayStartWord(text))
        {
            return false;
        }

        var hash = FoldedHash.Of(text);
        var compounds = lexicon.CompoundsStartingWith(text, hash);
        if (compounds is not null)
        {
            foreach (var compound in compounds)
            {
                if (TryMatchCompound(c, compound, p.Token, partEnd, partEnds, limit, out next, out lastToken, out endsToken))
                {
                    word = compound;
                    return true;
                }
            }
        }

        if ((!lexicon.TryGetWord(text, hash, out word) && !lexicon.TryGetFuzzyOrdinal(text, out word)) || word.Class == NumberWordClass.Vulgar)
        {
            return false;
        }

        next = After(c, p.Token, partEnd, partEnds);
        lastToken = p.Token;
        endsToken = partEnds;
        return true;
    }

    private static bool TryMatchCompound(in Ctx c, NumberWord compound, int token, int partEnd, bool partEnds, int limit, out Pos next, out int lastToken, out bool endsToken)
    {
        lastToken = token;
        endsToken = partEnds;
        next = After(c, token, partEnd, partEnds);
        for (var k = 1; k < compound.Parts.Length; k++)
        {
            var pos = next;
            if (!TryPart(c, pos, limit, out var end, out var ends) || !c.Tokens[pos.Token].IsWord
                || !c.Shadow.Slice(pos.Offset, end - pos.Offset).SequenceEqual(compound.Parts[k]))
            {
                return false;
            }

            lastToken = pos.Token;
            endsToken = ends;
            next = After(c, pos.Token, end, ends);
        }

        return true;
    }

    /// <summary>The state of the cardinal grammar.</summary>
    private struct Cardinal
    {
        /// <summary>Completed chunks of a million and up.</summary>
        public double Total;

        /// <summary>The last such scale, which the next must be smaller than.</summary>
        public double LastScale;

        public long Thousands;
        public bool HasThousand;
        public long Hundreds;
        public bool HasHundred;

        /// <summary>The part below a hundred.</summary>
        public long Small;

        public SmallState State;
        public int Words;
        public bool LoneArticle;

        /// <summary>The value of the scale word just read (mille, million, douzaine), for "et demi"; else 0.</summary>
        public double TrailingScale;

        public bool Ordinal;
        public bool Plural;
        public bool Terminal;
        public bool Zero;
        public bool Collective;

        /// <summary>A fraction, decimals or a smaller number added after "et" or "virgule".</summary>
        public double Extra;

        /// <summary>A scale after decimals ("deux virgule cinq millions").</summary>
        public double Multiplier;

        public readonly long ChunkValue => Thousands + Hundreds + Small;

        public void ResetGroup()
        {
            Hundreds = 0;
            HasHundred = false;
            Small = 0;
            State = SmallState.None;
        }
    }
}
