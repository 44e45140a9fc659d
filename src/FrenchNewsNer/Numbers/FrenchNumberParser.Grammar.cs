namespace FrenchNewsNer.Numbers;

/// <summary>The cardinal grammar of numbers in words: one step per word, and its state.</summary>
internal partial class FrenchNumberParser
{
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
