using System.Globalization;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Joins two composed dates that say one time together: a clock time or a time range and the day it is on,
/// ("13 h le 28 février", "à 20 h 30 aujourd'hui", "vers 15 h 30, hier.", "entre 7 h et 9 h 30 hier soir", "hier soir de 19 h à
/// 21 h"), and a weekday with the week it is in ("mardi de la semaine
/// prochaine"). Each composed date waits in one slot until the next is known, so the pass stays linear.
/// </summary>
internal static partial class DateComposer
{
    /// <summary>A composed date waiting for the next one: its tokens, value, and the expression of its first mention.</summary>
    private struct Pending
    {
        public bool Has;
        public int Start;
        public int End;
        public DateValue Value;
        public DateExpression First;
    }

    /// <summary>Puts a composed date in the slot, joining it with the one there or sending that one out.</summary>
    private static void Push(Document document, ref Pending pending, int start, int end, DateValue value, DateExpression first, List<Candidate> output)
    {
        if (pending.Has && TryJoin(document, pending, start, end, value, first, out var joined))
        {
            pending.End = end;
            pending.Value = joined;
            pending.First = first.Form == DateForm.TimeOnly ? pending.First : first;
            return;
        }

        Flush(document, ref pending, output);
        pending = new Pending { Has = true, Start = start, End = end, Value = value, First = first };
    }

    private static void Flush(Document document, ref Pending pending, List<Candidate> output)
    {
        if (pending.Has)
        {
            var tokens = document.Tokens;
            output.Add(new Candidate(EntityKind.Date, tokens[pending.Start].Start, tokens[pending.End - 1].End, pending.Value));
            pending.Has = false;
        }
    }

    private static bool TryJoin(Document document, in Pending a, int start, int end, DateValue b, DateExpression bFirst, out DateValue joined)
    {
        joined = null!;
        var gap = start - a.End;
        if (gap is < 0 or > 1)
        {
            return false;
        }

        // "mardi de la semaine prochaine": the weekday in that week.
        if (gap == 1 && a.First.Form == DateForm.Weekday && document.IsWord(a.End, "de") && a.Value.Type == DateValueType.Date && a.Value.Mod is null)
        {
            return TryWeekdayInWeek(a.Value.Timex, b.Timex, out joined);
        }

        // A time, then its day: "13 h le 28 février", "de 17 h à 18 h le 22 avril", "à 20 h 30 aujourd'hui".
        if ((gap == 0 || document.IsWord(a.End, "le")) && a.First.Form == DateForm.TimeOnly && IsClock(a.Value) && TryDay(b, out var day, out var part))
        {
            return TryOnDay(a.Value, a.First, day, part, out joined);
        }

        // A time, a comma and its day closing the clause: "vers 15 h 30, hier." (a day between commas is an aside of
        // its own: "Vers 0 h 40, jeudi, les secours…").
        if (gap == 1 && document.IsChar(a.End, ',') && a.First.Form == DateForm.TimeOnly && IsClock(a.Value) && a.Value.Start is null
            && (end >= document.Tokens.Length || (document.Tokens[end].IsPunctuation && !document.IsChar(end, ','))) && TryDay(b, out day, out part))
        {
            return TryOnDay(a.Value, a.First, day, part, out joined);
        }

        // A day, then a time range: "hier soir entre 7 h et 9 h 30". A day and a time with a modifier stay two
        // dates, as news annotators write them ("mardi vers 21 h 45", "vendredi jusqu'à 17 h").
        if (gap == 0 && bFirst.Form == DateForm.TimeOnly && b.Mod is null && b.Type is DateValueType.TimeRange or DateValueType.DateTimeRange && IsClock(b)
            && a.Value.Mod is null && TryDay(a.Value, out day, out part))
        {
            return TryOnDay(b, bFirst, day, part, out joined);
        }

        // A day, then a deadline or a start on it: "jeudi avant 17 h", "demain après 13 heures", "le 23/12 avant midi"
        // (the time before or after which, on that day; "vers" and "jusqu'à" keep the two dates above).
        if (gap == 0 && bFirst.Form == DateForm.TimeOnly && b.Mod is DateModifier.Before or DateModifier.After && b.Type == DateValueType.DateTime && IsClock(b)
            && a.Value.Mod is null && TryDay(a.Value, out day, out part) && part is null)
        {
            return TryOnDay(b, bFirst, day, part, out joined);
        }

        return false;
    }

    /// <summary>A clock time or a range of two clock times, on a day or not.</summary>
    private static bool IsClock(DateValue value) => value.Type switch
    {
        DateValueType.Time => true,
        DateValueType.DateTime => char.IsAsciiDigit(value.Timex[^1]),
        DateValueType.TimeRange => true,
        DateValueType.DateTimeRange => value.Start is not null && value.Timex[0] == '(',
        _ => false,
    };

    /// <summary>A day ("2023-09-17") or a part of a day on a day ("2023-09-16TEV"), without modifier.</summary>
    private static bool TryDay(DateValue value, out Endpoint day, out string? part)
    {
        part = null;
        day = default;
        if (value.Mod is not null)
        {
            return false;
        }

        var timex = value.Timex;
        if (value.Type == DateValueType.DateTimeRange && timex.Length == 13 && timex[10] == 'T' && char.IsAsciiLetter(timex[11]))
        {
            part = timex[11..];
            timex = timex[..10];
        }
        else if (value.Type != DateValueType.Date)
        {
            return false;
        }

        return Endpoint.TryParse(timex, out day) && day.Grain == EndpointGrain.Day && day.Year > 0;
    }

    /// <summary>A time or a time range put on <paramref name="day"/>, its hours moved to the part of the day said ("7 heures" in the evening → 19 h).</summary>
    private static bool TryOnDay(DateValue timed, DateExpression time, Endpoint day, string? part, out DateValue value)
    {
        value = null!;
        var shift = time.DayPart is null && part is "AF" or "EV" or "NI";
        if (timed.Start is { } startTimex && timed.End is { } endTimex)
        {
            if (!Endpoint.TryParse(startTimex, out var a) || !Endpoint.TryParse(endTimex, out var b))
            {
                return false;
            }

            a = OnDay(a, day, shift ? part : null);
            b = OnDay(b, day, shift ? part : null);
            if (!DateRangeValue.TryFormat(a, b, out var timex, out var type))
            {
                return false;
            }

            value = new DateValue(timex) { Type = type, Start = a.Format(), End = b.Format() };
            return true;
        }

        var clock = timed.Timex.AsSpan(timed.Timex.IndexOf('T'));
        if (!Endpoint.TryParse(clock.ToString(), out var at))
        {
            return false;
        }

        value = new DateValue(OnDay(at, day, shift ? part : null).Format()) { Type = DateValueType.DateTime, Mod = timed.Mod };
        return true;
    }

    private static Endpoint OnDay(Endpoint clock, Endpoint day, string? part)
    {
        var hour = clock.Hour;
        if ((part is "AF" or "EV" && hour is >= 1 and < 12) || (part == "NI" && hour is >= 6 and < 12))
        {
            hour += 12;
        }

        return new Endpoint(EndpointGrain.DayTime, day.Year, day.Month, day.Day, hour, clock.Minute);
    }

    /// <summary>"2023-09-19" (a Tuesday) and "2023-W39" → the Tuesday of week 39.</summary>
    private static bool TryWeekdayInWeek(string dayTimex, string weekTimex, out DateValue value)
    {
        value = null!;
        if (weekTimex.Length != 8 || weekTimex[4] != '-' || weekTimex[5] != 'W' || !Endpoint.TryParse(dayTimex, out var day) || day.Grain != EndpointGrain.Day
            || !int.TryParse(weekTimex.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(weekTimex.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        var weekday = new DateTime(day.Year, day.Month, day.Day).DayOfWeek;
        var date = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, weekday));
        value = new DateValue(TimexResolver.FormatDay(date)) { Type = DateValueType.Date };
        return true;
    }
}
