using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>The unit after a number, compounds ("deux heures et vingt minutes") and ranges ("entre 10 et 20 km").</summary>
internal sealed partial class QuantityRecognizer
{
    /// <summary>A unit matched after (or before) a number.</summary>
    private struct UnitMatch
    {
        public UnitDefinition Definition;
        public int Start;           // the unit's first token
        public int Next;            // the token after the unit
        public double Multiplier;   // 0.5 for "demi-heure", otherwise 1
    }

    private sealed partial class Scan
    {
        private bool TryQuantity(Amount amount, Amount? bare, out int next)
        {
            next = amount.Next;
            var value = amount.Value;
            var j = amount.Next;
            var half = false;
            if (amount.Article && (_document.IsWord(j, "demi") || _document.IsWord(j, "demie")))
            {
                value = 0.5; // "un demi tour"
                half = true;
                j++;
            }

            if (!TryUnitAfterNumber(j, amount.AllowsDe, ref value, out var unit))
            {
                return false;
            }

            half |= unit.Multiplier != 1;
            value *= unit.Multiplier;
            var definition = unit.Definition;
            var end = unit.Next;

            // Hedges and the context words before them.
            var left = SkipHedges(amount.First, out var approximate);
            approximate |= amount.Approximate;

            var dimension = definition.Dimension;
            var age = false;
            var explicitDuration = false;
            switch (definition.Class)
            {
                case UnitClass.Hour:
                    if (IsClockTime(amount, left, end))
                    {
                        return false;
                    }

                    explicitDuration = HasDurationCue(left, end);
                    break;
                case UnitClass.Age:
                case UnitClass.AgeWithCue:
                    var reading = ReadAgeOrDuration(left, end, definition, out var ageTokens);
                    age = reading == TimeReading.Age;
                    explicitDuration = reading == TimeReading.DurationByCue;
                    end += ageTokens;
                    break;
                case UnitClass.Degree:
                    if (IsOrdinalSign(unit.Start, end))
                    {
                        return false;
                    }

                    if (HasCueInClause(amount.First, CueRole.AngleCue))
                    {
                        definition = AngleDegree;
                        dimension = definition.Dimension;
                    }

                    break;
                case UnitClass.Turn:
                    if (!half && !HasCueInClause(amount.First, CueRole.TurnCue | CueRole.AngleCue))
                    {
                        return false;
                    }

                    break;
                case UnitClass.Pound:
                    if (amount.AllowsDe && !amount.Approximate)
                    {
                        definition = PoundSterling; // "361 millions de livres": money
                        dimension = definition.Dimension;
                    }
                    else if (amount.Integer && !EndsSentence(end))
                    {
                        // "trois livres anciens", "deux livres de recettes": books. A weight is said at the end
                        // of its sentence ("ce bébé pèse plus de deux livres.") or with decimals.
                        return false;
                    }

                    break;
                default:
                    if (dimension == QuantityDimension.Duration)
                    {
                        explicitDuration = HasDurationCue(left, end);
                    }

                    break;
            }

            // "il fait moins 5 degrés": the word for the sign ("moins de 5 degrés" is a hedge, read above).
            var spanStart = amount.First;
            if (dimension == QuantityDimension.Temperature && !amount.Negative && _document.IsWord(amount.First - 1, "moins")
                && !_tokens[amount.First].Has(TokenFlags.SentenceStart))
            {
                value = -value;
                spanStart = amount.First - 1;
            }

            // "un"/"une" is mostly an article: "un jour", "une tonne de questions", "un pied dans la porte".
            if (amount.Article && !half && !(dimension == QuantityDimension.Currency || age || (dimension == QuantityDimension.Duration && explicitDuration)))
            {
                return false;
            }

            // A sign belongs to temperatures and percentages ("-5 °C", "-0,3 %"); "- 20" with a space only to temperatures.
            if (amount.Negative && !(dimension == QuantityDimension.Temperature || (dimension == QuantityDimension.Percentage && !amount.SpacedMinus)))
            {
                return false;
            }

            // "un an et demi", "deux heures et demie"
            var number = value;
            var siBase = value * definition.Factor;
            var unitSymbol = definition.Unit;
            if (_document.IsWord(end, "et") && (_document.IsWord(end + 1, "demi") || _document.IsWord(end + 1, "demie"))
                && definition.Offset == 0 && dimension != QuantityDimension.Percentage)
            {
                number += 0.5;
                siBase = number * definition.Factor;
                end += 2;
            }
            else
            {
                var smallest = definition;
                var compoundEnd = ReadCompound(definition, end, !amount.AllowsDe, ref siBase, ref smallest);
                if (compoundEnd != end)
                {
                    // A compound amount is reported in its smallest stated unit, money in its main unit.
                    number = siBase / SymbolFactor(smallest);
                    unitSymbol = smallest.Unit;
                    end = compoundEnd;
                }
            }

            double si;
            if (age)
            {
                dimension = QuantityDimension.Age;
                si = siBase / QuantityLexicon.SecondsPerYear;
            }
            else
            {
                si = siBase + definition.Offset;
            }

            if (TryCueAt(end, CueRole.HedgeAfter, out _, out _))
            {
                approximate = true;
            }

            Emit(_tokens[spanStart].Start, _tokens[end - 1].End, number, unitSymbol, dimension, si, approximate);

            // "entre 10 et 20 km", "de 5 à 7 %": the first number takes the unit too.
            if (bare is { } first && !amount.Negative && !first.Negative && IsRangeOf(first, amount))
            {
                // "entre 2 et 3 milliards": the scale is shared too.
                var firstValue = first.Scale == 0 && amount.Scale != 0 ? first.Value * amount.Scale : first.Value;
                var firstSi = age ? firstValue * definition.Factor / QuantityLexicon.SecondsPerYear : definition.ToSi(firstValue);
                Emit(_tokens[first.First].Start, _tokens[first.Next - 1].End, firstValue, definition.Unit, dimension, firstSi, first.Approximate);
            }

            next = end;
            return true;
        }

        private bool TryUnitAfterNumber(int j, bool allowsDe, ref double value, out UnitMatch unit)
        {
            // "5 M€", "200k K": an abbreviated scale counts only when a unit follows it.
            if (TryCueAt(j, CueRole.ScaleAbbreviation, out var scaleCount, out var scale) && TryUnitAt(j + scaleCount, out unit))
            {
                value *= scale.Value;
                return true;
            }

            if (TryUnitAt(j, out unit))
            {
                return true;
            }

            // "2,5-km"
            if (IsChar(j, '-') && _document.IsGlued(j) && _document.IsGlued(j + 1) && TryUnitAt(j + 1, out unit))
            {
                return true;
            }

            // "2,3 milliards d'euros", "4000000 de degrés"
            if (allowsDe && (_document.IsWord(j, "de") || _document.IsWord(j, "d'")) && TryUnitAt(j + 1, out unit))
            {
                return true;
            }

            return TryHalfUnit(j, out unit);
        }

        private bool TryUnitAt(int j, out UnitMatch unit)
        {
            unit = default;
            if ((uint)j >= (uint)_tokens.Length || _tokens[j].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (!_lexicon.TryMatchAfter(_document, j, out var count, out var definition) || !Fits(j, count, definition))
            {
                return false;
            }

            unit = new UnitMatch { Definition = definition, Start = j, Next = j + count, Multiplier = 1 };
            return true;
        }

        /// <summary>"une demi-heure": a hyphenated "demi-" before a one-word unit halves it.</summary>
        private bool TryHalfUnit(int j, out UnitMatch unit)
        {
            unit = default;
            if ((uint)j >= (uint)_tokens.Length || !_tokens[j].IsWord || !_tokens[j].Has(TokenFlags.Hyphenated))
            {
                return false;
            }

            var folded = _document.FoldedOf(j);
            if (!folded.StartsWith("demi-") || !_lexicon.SingleWordAfter.TryGetValue(folded[5..], out var definition) || definition.Class is UnitClass.Turn)
            {
                return false;
            }

            unit = new UnitMatch { Definition = definition, Start = j, Next = j + 1, Multiplier = 0.5 };
            return true;
        }

        /// <summary>Case of one-letter units, and digits or dots that must touch ("km2", "deg.").</summary>
        private bool Fits(int j, int count, UnitDefinition definition)
        {
            if (definition.ExactForms is { } forms && !forms.Contains(_document.Text[_tokens[j].Start], StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = 1; k < count; k++)
            {
                if ((definition.GluedTokens & (1u << k)) != 0 && !_document.IsGlued(j + k))
                {
                    return false;
                }
            }

            return true;
        }

        private int ReadCompound(UnitDefinition first, int end, bool allowCents, ref double siBase, ref UnitDefinition smallest)
        {
            if (first.Offset != 0 || first.Class is UnitClass.Degree or UnitClass.Turn or UnitClass.PercentPrefix
                || first.Dimension is not (QuantityDimension.Duration or QuantityDimension.Length or QuantityDimension.Mass or QuantityDimension.Currency))
            {
                return end;
            }

            var currency = first.Dimension == QuantityDimension.Currency;
            if (currency && first.Class == UnitClass.Subunit)
            {
                return end;
            }

            // "en 3 h 15": two digits of minutes after the hours (a clock time was ruled out before).
            if (first.Class == UnitClass.Hour && _lexicon.Minute is { } minute && IsPlainDigits(end) && _document.FoldedOf(end).Length == 2
                && !_tokens[end].Has(TokenFlags.NewlineBefore) && !TryUnitAt(end + 1, out _))
            {
                var minutes = ParseDigits(end);
                if (minutes < 60)
                {
                    siBase += minutes * minute.Factor;
                    smallest = minute;
                    return end + 1;
                }
            }

            // At most three parts: "2 heures, 20 minutes et 5 secondes" is written without the comma as well.
            for (var part = 0; part < 2; part++)
            {
                var j = _document.IsWord(end, "et") ? end + 1 : end;
                if (!TryAmount(j, out var amount) || amount.Negative || _tokens[j].Has(TokenFlags.NewlineBefore))
                {
                    return end;
                }

                var value = amount.Value;
                if (!TryUnitAt(amount.Next, out var unit))
                {
                    // "15 dollars 50.", "15 dollars et 15.": cents, when nothing follows in the clause.
                    if (currency && allowCents && part == 0 && amount.Integer && amount.Value is >= 0 and < 100 && EndsClause(amount.Next))
                    {
                        siBase += amount.Value * 0.01 * first.Factor;
                        return amount.Next;
                    }

                    // "1 m 80", "à 2 m 50": centimetres written after the metres, two digits and nothing numeric after.
                    if (first.Unit == "m" && part == 0 && j == end && _document.FoldedOf(j).Length == 2 && IsPlainDigits(j) && amount.Next == j + 1
                        && !(amount.Next < _tokens.Length && (_tokens[amount.Next].IsNumber || IsAnyChar(amount.Next, "/,.") && amount.Next + 1 < _tokens.Length && _tokens[amount.Next + 1].IsNumber)))
                    {
                        siBase += amount.Value * 0.01 * first.Factor;
                        return amount.Next;
                    }

                    return end;
                }

                var definition = unit.Definition;
                if (currency)
                {
                    // "15 dollars et 15 cents": the hundredth of the amount's own currency.
                    if (definition.Class != UnitClass.Subunit || part > 0)
                    {
                        return end;
                    }

                    siBase += value * definition.Factor * first.Factor;
                    return unit.Next;
                }

                if (definition.Dimension != first.Dimension || definition.Factor >= smallest.Factor || definition.Class is UnitClass.Degree or UnitClass.Turn)
                {
                    return end;
                }

                siBase += value * definition.Factor;
                smallest = definition;
                end = unit.Next;
            }

            return end;
        }

        private double SymbolFactor(UnitDefinition definition) =>
            _lexicon.SymbolFactors.TryGetValue(definition.Unit, out var factor) ? factor : definition.Factor;

        private bool IsRangeOf(Amount first, Amount second)
        {
            var connector = second.First - 1;
            if (first.Next != connector || first.First == 0)
            {
                return false;
            }

            var opener = first.First - 1;
            if (_document.IsWord(connector, "et"))
            {
                return _document.IsWord(opener, "entre");
            }

            // "à" (not the verb "a")
            if (_document.IsWord(connector, "a") && _document.Text[_tokens[connector].Start] is 'à' or 'À')
            {
                return _document.IsWord(opener, "de") || _document.IsWord(opener, "d'");
            }

            return false;
        }
    }
}
