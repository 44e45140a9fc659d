using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Ranges: an opener, a first end, a joiner and a second end (<c>Data/dates/range-words.tsv</c>), for any two
/// ends of one kind — days, weekdays, months, years, clock times, days with times — or a bare day number or
/// hour before a full second end ("du 10 au 13 septembre", "de 9 à 17 h"); a day written right before or
/// after a time range gives it its date ("vendredi 30 novembre entre 12 h et 14 h").
/// </summary>
internal static partial class DateComposer
{
    /// <summary>A composed candidate in tokens.</summary>
    private readonly record struct Composed(int Start, int End, DateValue Value);

    private static bool TryRange(Document document, DateCompositionLexicon lexicon, List<DateMention> mentions, string?[] values, int k, int floor, out Composed range, out int used)
    {
        // A day, then a time range right after it: "vendredi 30 novembre 2019 entre 12h00 et 14h00".
        if (k + 2 < mentions.Count && mentions[k + 1].Expression.Form == DateForm.TimeOnly && Endpoint.TryParse(values[k]!, out var day) && day.Grain == EndpointGrain.Day && day.Year > 0
            && TryPair(document, lexicon, mentions, values, k + 1, mentions[k].End, out var timed, out var timedUsed)
            && timed.Start == mentions[k].End && HasClockEnds(timed.Value)
            && TryOnDay(timed.Value, day, out var onDay))
        {
            range = new Composed(mentions[k].Start, timed.End, onDay);
            used = 1 + timedUsed;
            return true;
        }

        if (TryPair(document, lexicon, mentions, values, k, floor, out range, out used))
        {
            // A time range, then its day right after it: "de 15 h à 20 h hier", "entre 3 h et 8 h lundi prochain".
            var next = k + used;
            if (next < mentions.Count && mentions[next].Start == range.End && HasClockEnds(range.Value)
                && Endpoint.TryParse(values[next]!, out var after) && after.Grain == EndpointGrain.Day && after.Year > 0
                && TryOnDay(range.Value, after, out var dated))
            {
                range = new Composed(range.Start, mentions[next].End, dated);
                used++;
            }

            return true;
        }

        return false;
    }

    /// <summary>Two ends joined: mentions k and k+1, or a bare number before mention k.</summary>
    private static bool TryPair(Document document, DateCompositionLexicon lexicon, List<DateMention> mentions, string?[] values, int k, int floor, out Composed range, out int used)
    {
        range = default;
        used = 0;
        var second = mentions[k];
        if (k + 1 < mentions.Count && mentions[k + 1].Start - mentions[k].End is >= 1 and <= 3 && TryJoiner(document, lexicon, mentions[k].End, mentions[k + 1].Start, out var bare, out var et)
            && Endpoint.TryParse(values[k]!, out var a) && Endpoint.TryParse(values[k + 1]!, out var b))
        {
            var opener = OpenerBefore(document, lexicon, mentions[k].Start, floor, out var entre);
            if (Allowed(opener >= 0, entre, et, bare, a, b) && TryEnds(mentions[k].Expression, mentions[k + 1].Expression, ref a, ref b)
                && DateRangeValue.TryFormat(a, b, out var timex, out var type))
            {
                range = new Composed(opener >= 0 ? opener : mentions[k].Start, mentions[k + 1].End, Ranged(timex, type, a, b));
                used = 2;
                return true;
            }
        }

        // "du 10 au 13 septembre", "entre le 3 et le 5 mai", "de 9 à 17 h": the first end is a bare number,
        // two or three tokens before the second end (a joiner of one or two tokens, maybe an article).
        if (NumberNear(document, second.Start, floor) && Endpoint.TryParse(values[k]!, out var end) && end.Grain is EndpointGrain.Day or EndpointGrain.DayTime or EndpointGrain.Time
            && (end.Grain != EndpointGrain.Day || second.Expression.Day > 0))
        {
            var joinEnd = IsArticle(document, second.Start - 1) ? second.Start - 1 : second.Start;
            foreach (var (phrase, _) in lexicon.Joiners)
            {
                var number = joinEnd - phrase.Tokens.Length - 1;
                if (number < floor || !phrase.At(document, number + 1) || !TryBareNumber(document, number, out var n))
                {
                    continue;
                }

                var numberStart = IsArticle(document, number - 1) ? number - 1 : number;
                var opener = OpenerBefore(document, lexicon, numberStart, floor, out var entre);
                if (opener < 0 && end.Grain == EndpointGrain.Time && GluedDash(document, number + 1) && second.Start == number + 2)
                {
                    opener = number; // "16-17 heures": an hour glued to a dash before a clock time needs no opener
                }
                else if (opener < 0 || entre != phrase.Tokens is ["et"])
                {
                    continue;
                }

                if (!TryNumberEnd(end, n, out var start) || !DateRangeValue.TryFormat(start, end, out var timex, out var type))
                {
                    continue;
                }

                range = new Composed(opener, second.End, Ranged(timex, type, start, end));
                used = 1;
                return true;
            }
        }

        return false;
    }

    private static DateValue Ranged(string timex, DateValueType type, Endpoint a, Endpoint b) =>
        new(timex) { Type = type, Start = a.Format(), End = b.Format() };

    /// <summary>Whether an opener and a joiner may make these ends a range: "entre" goes with "et" alone; no opener needs a bare joiner.</summary>
    private static bool Allowed(bool opened, bool entre, bool et, BareJoin bare, Endpoint a, Endpoint b)
    {
        if (et || entre)
        {
            return entre && (et || bare == BareJoin.Yes);
        }

        return opened || bare == BareJoin.Yes || (bare == BareJoin.Time && a.Grain == EndpointGrain.Time && b.Grain == EndpointGrain.Time);
    }

    /// <summary>
    /// Makes the two resolved ends one range: a first end without a year takes the second's ("du 18 novembre
    /// au 19 décembre 2015"); a second end before the first moves on by a week (a weekday: "du lundi au
    /// vendredi") or a year (a day or month without a year: "de novembre à février").
    /// </summary>
    private static bool TryEnds(DateExpression first, DateExpression second, ref Endpoint a, ref Endpoint b)
    {
        // Moving an end on a week or a year must stay inside the calendar (a reference date in 9999).
        if (a.Year >= 9999 || b.Year >= 9999)
        {
            return false;
        }

        if (a.Grain is EndpointGrain.Day or EndpointGrain.Month && first.Form == DateForm.Calendar && first.Year == 0 && second.Year > 0 && b.Year > 0)
        {
            // "29/2-1/3/2019": no 29 February in the second end's year (or the one before) makes no range.
            if (a.Grain == EndpointGrain.Day && (a.Day > DateTime.DaysInMonth(b.Year, a.Month) || (b.Year > 1 && a.Day > DateTime.DaysInMonth(b.Year - 1, a.Month))))
            {
                return false;
            }

            a = a with { Year = b.Year };
            if (a.FirstDay > b.FirstDay)
            {
                a = a with { Year = b.Year - 1 };
            }
        }

        if (!a.HasTime && !b.HasTime && a.Year > 0 && b.Year > 0 && b.FirstDay < a.FirstDay)
        {
            if (second.Form == DateForm.Weekday && b.Grain == EndpointGrain.Day)
            {
                var moved = b.FirstDay.AddDays(7 * (1 + ((a.FirstDay.DayNumber - b.FirstDay.DayNumber) / 7)));
                b = b with { Year = moved.Year, Month = moved.Month, Day = moved.Day };
            }
            else if (second.Form == DateForm.Calendar && second.Year == 0)
            {
                b = b with { Year = b.Year + 1 };
                if (b.Grain == EndpointGrain.Day && b.Day > DateTime.DaysInMonth(b.Year, b.Month))
                {
                    return false;
                }
            }
        }

        return true; // DateRangeValue.TryFormat turns away ends of two families (a day and a time)
    }

    /// <summary>The joiner exactly between tokens <paramref name="from"/> and <paramref name="to"/> (an article may follow it: "et le 5 mai").</summary>
    private static bool TryJoiner(Document document, DateCompositionLexicon lexicon, int from, int to, out BareJoin bare, out bool et)
    {
        bare = BareJoin.No;
        et = false;
        var end = IsArticle(document, to - 1) ? to - 1 : to;
        foreach (var (phrase, joinBare) in lexicon.Joiners)
        {
            if (from + phrase.Tokens.Length == end && phrase.At(document, from))
            {
                // A dash glued to one side only is a typo or an aside, not a range: "lundi- mars dernier".
                if (document.Tokens[from].IsPunctuation && document.IsGlued(from) != document.IsGlued(from + 1))
                {
                    return false;
                }

                bare = joinBare;
                et = phrase.Tokens is ["et"];
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of an opener right before <paramref name="start"/> (maybe through an article), or −1.</summary>
    private static int OpenerBefore(Document document, DateCompositionLexicon lexicon, int start, int floor, out bool entre)
    {
        entre = false;
        var before = IsArticle(document, start - 1) ? start - 1 : start;
        foreach (var phrase in lexicon.Openers)
        {
            var at = before - phrase.Tokens.Length;
            if (at >= floor && phrase.At(document, at))
            {
                entre = phrase.Tokens is ["entre"];
                return at;
            }
        }

        return -1;
    }

    private static bool GluedDash(Document document, int index) =>
        document.Tokens[index].IsPunctuation && document.IsGlued(index) && document.IsGlued(index + 1) && document.FoldedOf(index).SequenceEqual("-");

    private static bool NumberNear(Document document, int start, int floor)
    {
        for (var k = Math.Max(floor, start - 4); k <= start - 2; k++)
        {
            if (document.Tokens[k].IsNumber || document.IsWord(k, "1er"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day number or an hour in digits (1–31, "1er") at token <paramref name="index"/>.</summary>
    private static bool TryBareNumber(Document document, int index, out int value)
    {
        value = 0;
        if (index < 0 || index >= document.Tokens.Length)
        {
            return false;
        }

        var folded = document.FoldedOf(index);
        if (folded.SequenceEqual("1er"))
        {
            value = 1;
            return true;
        }

        return document.Tokens[index].IsNumber && folded.Length <= 2 && int.TryParse(folded, out value) && value is >= 0 and <= 31;
    }

    /// <summary>The first end from a bare number and the second end: its day or its hour replaced.</summary>
    private static bool TryNumberEnd(Endpoint end, int n, out Endpoint start)
    {
        start = end;
        if (end.Grain == EndpointGrain.Day)
        {
            if (n < 1 || n >= end.Day)
            {
                return false;
            }

            start = end with { Day = n };
            return true;
        }

        if (n > 24 || n * 60 >= end.ClockMinutes)
        {
            return false;
        }

        start = end with { Hour = n, Minute = 0 };
        return true;
    }

    private static bool HasClockEnds(DateValue value) => value.Type is DateValueType.TimeRange or DateValueType.DateTimeRange;

    /// <summary>A time range put on <paramref name="day"/>, when its ends are on no other day.</summary>
    private static bool TryOnDay(DateValue timed, Endpoint day, out DateValue value)
    {
        value = timed;
        if (!Endpoint.TryParse(timed.Start!, out var a) || !Endpoint.TryParse(timed.End!, out var b)
            || (a.Grain == EndpointGrain.DayTime && (a.Year, a.Month, a.Day) != (day.Year, day.Month, day.Day)))
        {
            return false;
        }

        a = new Endpoint(EndpointGrain.DayTime, day.Year, day.Month, day.Day, a.Hour, a.Minute);
        b = new Endpoint(EndpointGrain.DayTime, day.Year, day.Month, day.Day, b.Hour, b.Minute);
        if (!DateRangeValue.TryFormat(a, b, out var timex, out var type))
        {
            return false;
        }

        value = Ranged(timex, type, a, b);
        return true;
    }
}
