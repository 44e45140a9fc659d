namespace FrenchNewsNer.Dates;

/// <summary>Clock times: "17 h", "14h30", "14:55", "midi", "sept heures et quart", "8 heures du soir".</summary>
internal sealed partial class DateGrammar
{
    /// <summary>A clock time read from tokens: where it ends, the time, and whether it is one by itself.</summary>
    private readonly record struct Clock(int End, int Hour, int Minute, bool Strong, int Second = -1);

    private partial struct Reader
    {
        // ---- clock times ---------------------------------------------------------------------------

        /// <summary>
        /// A clock time on its own: "17 h", "14h30", "midi", "8 heures du matin". A time with minutes, a
        /// part of the day or a clock word is one by itself; a bare hour ("17 h", "15 heures") needs a cue
        /// before it ("à", "vers", "dès", "de … à", "entre … et"), since "72 heures" is a duration.
        /// </summary>
        private bool TryTime(int i, out DateMention mention)
        {
            mention = default;
            if (!TryClock(i, out var clock) || NotAClockAfter(clock))
            {
                return false;
            }

            var before = i - 1;
            if (DurationBefore(i))
            {
                return false;
            }

            var accepted = clock.Strong;
            if (!accepted)
            {
                var cues = CuesOf(before);
                accepted = (cues & CueRoles.Time) != 0 || IsA(before)
                    || (Word(before, "de") && Word(before - 1, "partir") && IsA(before - 2))
                    || (IsDe(before) && IsA(clock.End) && TryClock(clock.End + 1, out _))
                    || ((IsA(clock.End) || Word(clock.End, "et") || (IsPunct(clock.End, '-') && IsGlued(clock.End))) && TryClock(clock.End + 1, out _)) // "17 h à 18 h", "9h-10h": the first end of a range
                    || (Word(before, "et") && _mentions.Count > 0 && _mentions[^1].End == before && _mentions[^1].Expression.Form == DateForm.TimeOnly)
                    || (Word(before, "est") && Word(before - 1, "il"))
                    || (Word(clock.End, "le") && DayAfterLe(clock.End + 1)) // "9h le mardi", "13 h le 28 février": the day it is on
                    || HourBeforeGluedDash(before, clock);
            }

            if (!accepted)
            {
                return false;
            }

            var e = new DateExpression { Form = DateForm.TimeOnly, Hour = clock.Hour, Minute = clock.Minute, Second = clock.Second };
            return Found(i, clock.End, e, out mention);
        }

        /// <summary>
        /// "16-17 heures": the second end of an hour range whose first end is a bare hour glued to a dash. A
        /// small first hour stays out ("2-3 heures" is far more often how long than when), as does a duration
        /// cue before the range ("pendant 8-10 heures").
        /// </summary>
        private bool HourBeforeGluedDash(int dash, Clock clock) =>
            IsPunct(dash, '-') && IsGlued(dash) && IsGlued(dash + 1) && IsPlainNumber(dash - 1, out var digits, out var first)
            && digits <= 2 && first is >= 5 and < 24 && first < clock.Hour && !DurationBefore(dash - 1);

        /// <summary>A weekday or a day and month at token <paramref name="k"/>: what a bare hour before "le" is on.</summary>
        private bool DayAfterLe(int k) =>
            Is(k, DateWordKinds.Weekday) || (TryDayNumber(k, out _, out var afterDay) && TryMonthWord(afterDay, out _, out _, out _));

        /// <summary>"à deux heures de Paris", "17 h de route": a bare hour followed by "de" measures a distance.</summary>
        private bool NotAClockAfter(Clock clock) =>
            !clock.Strong && (IsDe(clock.End) || Word(clock.End, "du")) && !Is(clock.End + 1, DateWordKinds.Weekday); // "17 h du lundi au vendredi"

        /// <summary>"pendant 72 heures", "en 2 h 30", "plus de 3 heures", "toutes les 2 heures": a duration.</summary>
        private bool DurationBefore(int i)
        {
            var before = i - 1;
            if ((CuesOf(before) & CueRoles.Duration) != 0)
            {
                return true;
            }

            return IsDe(before) && (CuesOf(before - 1) & CueRoles.Duration) != 0;
        }

        private bool TryClock(int i, out Clock clock)
        {
            clock = default;
            if (i >= _tokens.Length)
            {
                return false;
            }

            int hour;
            int j;
            var strong = false;
            var minute = 0;
            var second = -1;
            if (IsPlainNumber(i, out var digits, out hour) && digits <= 2)
            {
                j = i + 1;
                if (IsPunct(j, ':') && IsGlued(j) && IsGlued(j + 1) && IsPlainNumber(j + 1, out var minuteDigits, out minute) && minuteDigits == 2)
                {
                    j += 2;
                    if (IsPunct(j, ':') && IsGlued(j) && IsGlued(j + 1) && IsPlainNumber(j + 1, out var secondDigits, out var s) && secondDigits == 2 && s < 60)
                    {
                        second = s;
                        j += 2;
                    }

                    strong = true;
                }
                else if (hour is >= 1 and <= 12 && TryMeridiem(j, out var pm, out var afterMeridiem))
                {
                    hour = pm ? (hour % 12) + 12 : hour % 12; // "5pm", "5 p.m."
                    j = afterMeridiem;
                    strong = true;
                }
                else if (Word(j, "h"))
                {
                    j++;
                    if (IsPlainNumber(j, out minuteDigits, out var m) && minuteDigits == 2 && IsGlued(j) == IsGlued(j - 1))
                    {
                        minute = m;
                        j++;
                        strong = true;
                    }
                }
                else if (Word(j, "heure") || Word(j, "heures"))
                {
                    j++;
                    j = ReadMinutesAfterHeures(j, ref hour, ref minute, ref strong);
                }
                else
                {
                    return false;
                }
            }
            else if (TryClockWord(i, out var named))
            {
                hour = named.Hour;
                minute = named.Minute;
                j = i + 1;
                if (Word(j, "et") && (Word(j + 1, "demie") || Word(j + 1, "demi")))
                {
                    minute = 30;
                    j += 2;
                }

                // A lower-case "midi" is the hour; "le Midi" is the south of France.
                strong = !IsCapitalizedWord(i) || IsSentenceInitial(i);
            }
            else if (IsWordAt(i) && !Word(i, "un") && _numbers.TryMatch(_doc, i, out var number) && !number.Ordinal
                && number.Value == Math.Floor(number.Value) && number.Value is >= 0 and <= 24
                && (Word(number.NextToken, "heure") || Word(number.NextToken, "heures")))
            {
                hour = (int)number.Value;
                j = number.NextToken + 1;
                j = ReadMinutesAfterHeures(j, ref hour, ref minute, ref strong);
            }
            else
            {
                return false;
            }

            // "5pm", "8:00am", "7:56:30 pm": Recognizers-Text reads the English suffixes in French text too.
            if (hour is >= 1 and <= 12 && TryMeridiem(j, out var afternoon, out var afterSuffix))
            {
                hour = afternoon ? (hour % 12) + 12 : hour % 12;
                j = afterSuffix;
                strong = true;
            }

            if (hour > 24 || minute > 59 || (hour == 24 && minute > 0))
            {
                return false;
            }

            // "du matin", "du soir", "de l'après-midi", "de la nuit"
            var partAt = Word(j, "du") ? j + 1 : IsDe(j) && (Word(j + 1, "l'") || Word(j + 1, "la")) ? j + 2 : -1;
            if (partAt > 0 && TryDayPartWord(partAt, out var part))
            {
                if (part.Shift > 0 && hour < 12)
                {
                    hour += part.Shift;
                }

                j = partAt + 1;
                strong = true;
            }

            // "12 h 30 locales", "14 h heure locale": the local time of the place the text talks about.
            if (Word(j, "locale") || Word(j, "locales"))
            {
                j++;
            }
            else if ((Word(j, "heure") || Word(j, "heures")) && (Word(j + 1, "locale") || Word(j + 1, "locales")))
            {
                j += 2;
            }

            clock = new Clock(j, hour, minute, strong, second);
            return true;
        }

        /// <summary>"pm", "am", "p.m.", "a.m." at token <paramref name="i"/>: whether afternoon, and the token after.</summary>
        private bool TryMeridiem(int i, out bool afternoon, out int end)
        {
            afternoon = Word(i, "pm") || Word(i, "p");
            end = i + 1;
            if (Word(i, "pm") || Word(i, "am"))
            {
                return true;
            }

            if ((Word(i, "p") || Word(i, "a")) && IsPunct(i + 1, '.') && IsGlued(i + 1) && Word(i + 2, "m") && IsGlued(i + 2))
            {
                end = IsPunct(i + 3, '.') && IsGlued(i + 3) ? i + 4 : i + 3;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Minutes after "heures": "17 heures 30", "sept heures dix", "sept heures et vingt-sept minutes",
        /// "8 heures et demie", "8 heures et quart", "huit heures moins vingt" (the hour then goes back one).
        /// </summary>
        private int ReadMinutesAfterHeures(int j, ref int hour, ref int minute, ref bool strong)
        {
            if (IsPlainNumber(j, out var digits, out var m) && digits == 2 && m <= 59 && !IsGluedWordAfter(j))
            {
                minute = m;
                strong = true;
                return SkipMinutesWord(j + 1);
            }

            if (Word(j, "et") && (Word(j + 1, "demie") || Word(j + 1, "quart")))
            {
                minute = Word(j + 1, "demie") ? 30 : 15;
                strong = true;
                return j + 2;
            }

            var minus = Word(j, "moins");
            if (minus && Word(j + 1, "le") && Word(j + 2, "quart"))
            {
                return BackFromHour(j + 3, 15, ref hour, ref minute, ref strong);
            }

            var at = minus || Word(j, "et") ? j + 1 : j;
            if (MinuteInWords(at, out var words, out var after))
            {
                if (minus)
                {
                    return BackFromHour(after, words, ref hour, ref minute, ref strong);
                }

                // A bare number after "heures" is minutes only if no noun follows it ("à sept heures trente
                // personnes" counts people).
                if (at == j && !Word(after, "minutes") && !Word(after, "minute") && !AfterBareDayNumber(after))
                {
                    return j;
                }

                minute = words;
                // "deux heures et vingt minutes" spelled out with "et … minutes" is how French writes a
                // duration; as a clock time it needs a cue like a bare hour ("à deux heures et vingt minutes").
                strong = !(Word(j, "et") && (Word(after, "minutes") || Word(after, "minute")));
                return SkipMinutesWord(after);
            }

            return j;
        }

        private static int BackFromHour(int end, int minutes, ref int hour, ref int minute, ref bool strong)
        {
            hour = (hour + 23) % 24;
            minute = 60 - minutes;
            strong = true;
            return end;
        }

        private int SkipMinutesWord(int j) => Word(j, "minutes") || Word(j, "minute") ? j + 1 : j;

        /// <summary>A number of minutes written in words or digits (1–59).</summary>
        private bool MinuteInWords(int j, out int minutes, out int end)
        {
            minutes = 0;
            end = j;
            if (IsPlainNumber(j, out var digits, out var value) && digits <= 2 && value is >= 1 and <= 59 && !IsGluedWordAfter(j))
            {
                minutes = value;
                end = j + 1;
                return true;
            }

            if (IsWordAt(j) && !Word(j, "un") && !Word(j, "une") && _numbers.TryMatch(_doc, j, out var number) && !number.Ordinal
                && number.Value == Math.Floor(number.Value) && number.Value is >= 1 and <= 59)
            {
                minutes = (int)number.Value;
                end = number.NextToken;
                return true;
            }

            return false;
        }
    }
}
