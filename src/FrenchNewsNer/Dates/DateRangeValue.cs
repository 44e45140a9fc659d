using System.Globalization;

namespace FrenchNewsNer.Dates;

/// <summary>How fine a resolved endpoint is.</summary>
internal enum EndpointGrain : byte
{
    /// <summary>A year: "2014".</summary>
    Year,

    /// <summary>A month: "2014-05".</summary>
    Month,

    /// <summary>A day: "2014-05-02", or "XXXX-05-02" with the year unknown.</summary>
    Day,

    /// <summary>A day and a clock time: "2014-05-02T14:00".</summary>
    DayTime,

    /// <summary>A clock time alone: "T14", "T14:30".</summary>
    Time,
}

/// <summary>
/// One end of a range, read back from a resolved TIMEX3 value (<see cref="TryParse"/>); <see cref="Year"/> 0
/// when the year is unknown ("XXXX-07-15").
/// </summary>
internal readonly record struct Endpoint(EndpointGrain Grain, int Year, int Month, int Day, int Hour, int Minute)
{
    // The year an unknown year counts as in range arithmetic. TryParse checks days against the same year, so
    // an endpoint it accepts always has a first day ("XXXX-02-29" is no range end: 2001 has no 29 February).
    private const int UnknownYear = 2001;

    /// <summary>Whether the endpoint has a calendar part (every grain but <see cref="EndpointGrain.Time"/>).</summary>
    public bool HasDate => Grain != EndpointGrain.Time;

    /// <summary>Whether the endpoint has a clock time.</summary>
    public bool HasTime => Grain is EndpointGrain.Time or EndpointGrain.DayTime;

    /// <summary>The first day the endpoint covers (a year's 1 January, a month's first day); a year unknown counts as 2001.</summary>
    public DateOnly FirstDay => new(Year == 0 ? UnknownYear : Year, Grain == EndpointGrain.Year ? 1 : Month, Grain is EndpointGrain.Year or EndpointGrain.Month ? 1 : Day);

    /// <summary>Minutes since midnight of the clock time.</summary>
    public int ClockMinutes => (Hour * 60) + Minute;

    /// <summary>
    /// Reads "YYYY", "YYYY-MM", "YYYY-MM-DD", "XXXX-MM-DD", "YYYY-MM-DDTHH:MM", "THH" and "THH:MM"; false for
    /// anything else (a week, a season, a part of a day, a reference).
    /// </summary>
    public static bool TryParse(string timex, out Endpoint endpoint)
    {
        endpoint = default;
        if (timex.Length >= 3 && timex[0] == 'T')
        {
            return TryClock(timex.AsSpan(1), out var h, out var m) && Set(out endpoint, new Endpoint(EndpointGrain.Time, 0, 0, 0, h, m));
        }

        var s = timex.AsSpan();
        var unknownYear = s.StartsWith("XXXX");
        var year = 0;
        if (s.Length < 4 || (!unknownYear && !Digits(s[..4], out year)))
        {
            return false;
        }

        if (s.Length == 4)
        {
            return !unknownYear && Set(out endpoint, new Endpoint(EndpointGrain.Year, year, 0, 0, 0, 0));
        }

        if (s.Length < 7 || s[4] != '-' || !Digits(s.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (s.Length == 7)
        {
            return Set(out endpoint, new Endpoint(EndpointGrain.Month, year, month, 0, 0, 0));
        }

        if (s.Length < 10 || s[7] != '-' || !Digits(s.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(unknownYear ? UnknownYear : year, month))
        {
            return false;
        }

        if (s.Length == 10)
        {
            return Set(out endpoint, new Endpoint(EndpointGrain.Day, year, month, day, 0, 0));
        }

        return s[10] == 'T' && !unknownYear && TryClock(s[11..], out var hour, out var minute)
            && Set(out endpoint, new Endpoint(EndpointGrain.DayTime, year, month, day, hour, minute));
    }

    /// <summary>The endpoint's TIMEX3 as a range end: a year or a month as its first day (Recognizers-Text's shape).</summary>
    public string Format() => Grain switch
    {
        EndpointGrain.Year => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-01-01"),
        EndpointGrain.Month => Year == 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-01") : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-01"),
        EndpointGrain.Day => Year == 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{Month:D2}-{Day:D2}") : TimexResolver.FormatDay(new DateOnly(Year, Month, Day)),
        EndpointGrain.DayTime => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}"),
        _ => DateRangeValue.FormatClock(Hour, Minute),
    };

    private static bool TryClock(ReadOnlySpan<char> s, out int hour, out int minute)
    {
        minute = 0;
        if (s.Length < 2 || !Digits(s[..2], out hour) || hour > 24)
        {
            hour = 0;
            return false;
        }

        return s.Length == 2 || (s.Length == 5 && s[2] == ':' && Digits(s.Slice(3, 2), out minute) && minute < 60);
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool Set(out Endpoint endpoint, Endpoint value)
    {
        endpoint = value;
        return true;
    }
}

/// <summary>The TIMEX3 of a range in Recognizers-Text's shape, "(start,end,duration)", and its type.</summary>
internal static class DateRangeValue
{
    /// <summary>A clock time as Recognizers-Text writes one alone: "T17", "T17:30", "T19:56:30".</summary>
    public static string FormatClock(int hour, int minute, int second = -1) =>
        second >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}:{second:D2}")
            : minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

    /// <summary>"(1990-01-01,2000-01-01,P10Y)": <paramref name="years"/> years from 1 January of <paramref name="firstYear"/>.</summary>
    public static string YearSpan(int firstYear, int years) =>
        string.Create(CultureInfo.InvariantCulture, $"({firstYear:D4}-01-01,{firstYear + years:D4}-01-01,P{years}Y)");

    /// <summary>
    /// The range from <paramref name="start"/> to <paramref name="end"/> (the end as written, as
    /// Recognizers-Text gives it), with its type; false when the ends do not make one (a time and a day, an
    /// end before the start).
    /// </summary>
    public static bool TryFormat(Endpoint start, Endpoint end, out string timex, out DateValueType type)
    {
        timex = string.Empty;
        type = DateValueType.DateRange;

        // An end moved on a year past 9999 (a reference date at the end of the calendar) has no first day.
        if (start.Year is < 0 or > 9999 || end.Year is < 0 or > 9999)
        {
            return false;
        }

        if (start.Grain == EndpointGrain.Time || end.Grain == EndpointGrain.Time)
        {
            if (start.Grain != EndpointGrain.Time || end.Grain != EndpointGrain.Time)
            {
                return false;
            }

            var minutes = end.ClockMinutes - start.ClockMinutes;
            if (minutes <= 0)
            {
                minutes += 24 * 60; // "de 22 h à 2 h" runs past midnight
            }

            type = DateValueType.TimeRange;
            timex = $"({start.Format()},{end.Format()},{ClockDuration(minutes)})";
            return true;
        }

        if (start.HasTime || end.HasTime)
        {
            if (!start.HasTime || !end.HasTime)
            {
                return false;
            }

            var from = start.FirstDay.ToDateTime(new TimeOnly(0, 0)).AddMinutes(start.ClockMinutes);
            var to = end.FirstDay.ToDateTime(new TimeOnly(0, 0)).AddMinutes(end.ClockMinutes);
            if (to <= from)
            {
                return false;
            }

            type = DateValueType.DateTimeRange;
            timex = $"({start.Format()},{end.Format()},{ClockDuration((int)(to - from).TotalMinutes)})";
            return true;
        }

        if ((start.Year == 0) != (end.Year == 0))
        {
            return false;
        }

        var first = start.FirstDay;
        var last = end.FirstDay;
        if (last <= first)
        {
            return false;
        }

        string duration;
        if (start.Grain == EndpointGrain.Year && end.Grain == EndpointGrain.Year)
        {
            duration = string.Create(CultureInfo.InvariantCulture, $"P{end.Year - start.Year}Y");
        }
        else if (start.Grain is EndpointGrain.Year or EndpointGrain.Month && end.Grain is EndpointGrain.Year or EndpointGrain.Month)
        {
            duration = string.Create(CultureInfo.InvariantCulture, $"P{((last.Year - first.Year) * 12) + last.Month - first.Month}M");
        }
        else
        {
            duration = string.Create(CultureInfo.InvariantCulture, $"P{last.DayNumber - first.DayNumber}D");
        }

        timex = $"({start.Format()},{end.Format()},{duration})";
        return true;
    }

    private static string ClockDuration(int minutes)
    {
        var hours = minutes / 60;
        var rest = minutes % 60;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{hours}H")
            : hours == 0
                ? string.Create(CultureInfo.InvariantCulture, $"PT{rest}M")
                : string.Create(CultureInfo.InvariantCulture, $"PT{hours}H{rest}M");
    }
}
