using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>The words around a quantity: hedges, age or duration, clock times, the ordinal sign, angle and turn cues.</summary>
internal sealed partial class QuantityRecognizer
{
    private sealed partial class Scan
    {
        /// <summary>Walks back over hedges before <paramref name="start"/>; returns where the left context begins.</summary>
        private int SkipHedges(int start, out bool hedged)
        {
            hedged = false;
            var left = start;
            for (var guard = 0; guard < 4 && TryCueEndingAt(left, CueRole.Hedge, out var hedgeStart); guard++)
            {
                left = hedgeStart;
                hedged = true;
            }

            return left;
        }

        private enum TimeReading
        {
            Age,
            Duration,
            DurationByCue,
        }

        private TimeReading ReadAgeOrDuration(int left, int afterUnit, UnitDefinition definition, out int ageTokens)
        {
            ageTokens = 0;

            // Explicit age: "âgé de 82 ans", "à l'âge de 6 semaines", "dix-huit mois d'âge", "trois semaines vieilles".
            if (TryCueEndingAt(left, CueRole.AgeBefore, out _))
            {
                return TimeReading.Age;
            }

            if (_document.IsWord(afterUnit, "d'") && _document.IsWord(afterUnit + 1, "age"))
            {
                ageTokens = 2;
                return TimeReading.Age;
            }

            if (TryCueAt(afterUnit, CueRole.AgeAfter, out _, out _) || (IsDeterminer(afterUnit) && TryCueAt(afterUnit + 1, CueRole.AgeAfter, out _, out _)))
            {
                return TimeReading.Age;
            }

            if (HasDurationCue(left, afterUnit))
            {
                return TimeReading.DurationByCue;
            }

            // "elle a dix ans", "J'ai seulement 29 ans", "le bébé était seulement dix mois"; but "il y a déjà dix ans".
            var verbEnd = left;
            for (var guard = 0; guard < 3 && TryCueEndingAt(verbEnd, CueRole.AgeAdverb, out var adverbStart); guard++)
            {
                verbEnd = adverbStart;
            }

            if (verbEnd != left && TryCueEndingAt(verbEnd, CueRole.DurationBefore, out _))
            {
                return TimeReading.DurationByCue;
            }

            if (TryCueEndingAt(verbEnd, CueRole.AgeVerb, out _))
            {
                return TimeReading.Age;
            }

            // "un bébé de 10 mois"
            if (IsDe(left - 1) && TryCueEndingAt(left - 1, CueRole.AgeNoun, out _))
            {
                return TimeReading.Age;
            }

            return definition.Class == UnitClass.Age ? TimeReading.Age : TimeReading.Duration;
        }

        /// <summary>Words that make a time unit a duration: "pendant", "une peine de", "plus tard", "de prison".</summary>
        private bool HasDurationCue(int left, int afterUnit)
        {
            if (TryCueEndingAt(left, CueRole.DurationBefore, out _))
            {
                return true;
            }

            if (IsDe(left - 1) && TryCueEndingAt(left - 1, CueRole.DurationNoun, out _))
            {
                return true;
            }

            if (TryCueAt(afterUnit, CueRole.DurationAfter, out _, out _))
            {
                return true;
            }

            // "dix ans de prison", "cinq ans d'exil", "trois mois de négociations"
            return IsDe(afterUnit) && (uint)(afterUnit + 1) < (uint)_tokens.Length && _tokens[afterUnit + 1].IsWord
                && !_document.IsWord(afterUnit + 1, "age") && !_tokens[afterUnit + 1].Has(TokenFlags.Capitalized);
        }

        /// <summary>
        /// A bare "°" after a number is also the ordinal sign of older and enumerating texts ("2° Un centre",
        /// "le 25° anniversaire", "1°."): a degree only before punctuation, the end, or a function word ("35° à l'ombre").
        /// </summary>
        private bool IsOrdinalSign(int unitStart, int afterUnit)
        {
            if (afterUnit != unitStart + 1 || !IsChar(unitStart, '°'))
            {
                return false; // "degrés", "deg"
            }

            if (afterUnit >= _tokens.Length || _tokens[afterUnit].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            var next = _tokens[afterUnit];
            if (next.IsPunctuation)
            {
                return IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) && afterUnit + 1 < _tokens.Length && !_tokens[afterUnit + 1].Has(TokenFlags.SpaceBefore);
            }

            return _document.IsGlued(afterUnit) || next.Has(TokenFlags.Capitalized) || !TryCueAt(afterUnit, CueRole.DegreeAfter, out _, out _);
        }

        /// <summary>"à 17 h", "vers 8 heures", "14h30", "17 heures 30": a time of day, left to the Date recogniser.</summary>
        private bool IsClockTime(Amount amount, int left, int afterUnit)
        {
            // Minutes after the hour, glued or not ("14h30", "17 heures 30", "8 h. 45"), unless they carry
            // their own unit ("deux heures vingt minutes").
            var minutesAt = IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) ? afterUnit + 1 : afterUnit;
            if ((uint)minutesAt < (uint)_tokens.Length && _tokens[minutesAt].IsNumber && !_tokens[minutesAt].Has(TokenFlags.NewlineBefore)
                && !(TryAmount(minutesAt, out var minutes) && TryUnitAt(minutes.Next, out _)))
            {
                // "en 3 h 15", "pendant 1 h 30": hours and minutes of a duration, when a duration word says so.
                return minutesAt != afterUnit || !TryCueEndingAt(left, CueRole.DurationBefore, out _);
            }

            // "cinq heures du soir", "à 1 heure après minuit"
            if (TryCueAt(afterUnit, CueRole.TimeAfter, out _, out _))
            {
                return true;
            }

            if (!amount.Integer || amount.Value is < 0 or > 24)
            {
                return false;
            }

            // "9 h." with the old abbreviation dot is the notation of timetables and listings ("ATHÉNÉE 9 h.");
            // only an explicit duration makes it one ("pendant 3 h.").
            if (IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) && _document.IsWord(afterUnit - 1, "h"))
            {
                return !HasDurationCue(left, afterUnit);
            }

            var timeCue = TryCueEndingAt(amount.First, CueRole.TimeBefore, out _) || (left != amount.First && TryCueEndingAt(left, CueRole.TimeBefore, out _));

            // "de 8 h à 17 h", "de 13 h. à 18 heures"
            var to = IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) ? afterUnit + 1 : afterUnit;
            if (!timeCue && IsDe(amount.First - 1) && _document.IsWord(to, "a") && to + 1 < _tokens.Length && _tokens[to + 1].IsNumber)
            {
                timeCue = true;
            }

            return timeCue && !HasDurationCue(left, afterUnit);
        }

        private bool HasCueInClause(int start, CueRole role)
        {
            for (var t = start - 1; t >= 0 && t >= start - CueWindow; t--)
            {
                if (_tokens[t + 1].Has(TokenFlags.SentenceStart))
                {
                    return false;
                }

                if (TryCueAt(t, role, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryCueAt(int index, CueRole role, out int count, out QuantityCue cue)
        {
            count = 0;
            cue = null!;
            if ((uint)index >= (uint)_tokens.Length)
            {
                return false;
            }

            return _lexicon.TryMatchCue(_document, index, out count, out cue) && (cue.RolesAt(_document, index) & role) != 0;
        }

        /// <summary>The longest context phrase with <paramref name="role"/> that ends right before token <paramref name="end"/>, within its sentence.</summary>
        private bool TryCueEndingAt(int end, CueRole role, out int start)
        {
            start = end;
            if (end <= 0 || end > _tokens.Length || (end < _tokens.Length && _tokens[end].Has(TokenFlags.SentenceStart)))
            {
                return false;
            }

            for (var s = Math.Max(0, end - _lexicon.MaxCueTokens); s < end; s++)
            {
                if (_lexicon.TryMatchCue(_document, s, out var count, out var cue) && s + count == end && (cue.RolesAt(_document, s) & role) != 0
                    && !StartsSentenceInside(s, end))
                {
                    start = s;
                    return true;
                }
            }

            return false;
        }

        private bool StartsSentenceInside(int start, int end)
        {
            for (var k = start + 1; k < end; k++)
            {
                if (_tokens[k].Has(TokenFlags.SentenceStart))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
