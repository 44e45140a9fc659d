using System.Globalization;

namespace FrenchNewsNer.Dates;

/// <summary>A calendar point read back from a TIMEX3 value: year, and month and day when known (0 otherwise).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, or 0.</param>
/// <param name="Day">The day, or 0.</param>
internal readonly record struct CalendarPoint(int Year, int Month, int Day)
{
    /// <summary>The day, when the point has one.</summary>
    public DateOnly? AsDay => Day > 0 ? new DateOnly(Year, Month, Day) : null;

    /// <summary>Reads the leading "YYYY", "YYYY-MM" or "YYYY-MM-DD" of a resolved TIMEX3 value; false for anything else ("XXXX-09-13", "2023-W37", "PAST_REF").</summary>
    public static bool TryParse(string timex, out CalendarPoint point)
    {
        point = default;
        if (timex.Length < 4 || !TryDigits(timex, 0, 4, out var year) || year < 1 || (timex.Length > 4 && timex[4] != '-'))
        {
            return false;
        }

        if (timex.Length < 7 || !TryDigits(timex, 5, 2, out var month) || month is < 1 or > 12)
        {
            point = new CalendarPoint(year, 0, 0);
            return true;
        }

        if (timex.Length < 10 || timex[7] != '-' || !TryDigits(timex, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            point = new CalendarPoint(year, month, 0);
            return true;
        }

        point = new CalendarPoint(year, month, day);
        return true;
    }

    private static bool TryDigits(string s, int start, int count, out int value) =>
        int.TryParse(s.AsSpan(start, count), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

/// <summary>
/// What a date expression is resolved against: the publication date, the day and the calendar point the
/// text last talked about (for "la veille", a clock time alone, "l'année précédente"), and the tense
/// around the mention.
/// </summary>
/// <param name="Reference">The publication date, or null.</param>
/// <param name="AnchorDay">The day the text is talking about, or null (then the publication date).</param>
/// <param name="AnchorPoint">The last calendar point the text mentioned, or null (then the publication date).</param>
/// <param name="Tense">The tense evidence around the mention.</param>
internal readonly record struct ResolutionContext(DateOnly? Reference, DateOnly? AnchorDay, CalendarPoint? AnchorPoint, Direction Tense);

/// <summary>
/// Turns a <see cref="DateExpression"/> into a TIMEX3 value (FORMAT.md). News conventions: a bare weekday
/// is the most recent such day up to and including the publication date, unless a future tense points
/// forward; a day or month without a year is the nearest one, unless "dernier", "prochain" or the tense
/// says which way. Without a publication date, the value keeps what the text says and marks the rest
/// unknown ("XXXX-09-13", "XXXX-WXX-3") rather than guess.
/// </summary>
internal static class TimexResolver
{
    /// <summary>Resolves <paramref name="expression"/> in <paramref name="context"/>.</summary>
    public static string Resolve(DateExpression expression, ResolutionContext context)
    {
        try
        {
            return ResolveCore(expression, context);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Counting from a publication date at the very edge of the calendar (year 1 or 9999).
            return "XXXX";
        }
    }

    private static string ResolveCore(DateExpression expression, ResolutionContext context)
    {
        var e = expression;
        var reference = context.Reference;
        switch (e.Form)
        {
            case DateForm.Literal:
                return e.Literal!;

            case DateForm.Calendar:
                return ResolveCalendar(e, context);

            case DateForm.Weekday:
            {
                var basis = e.Anaphoric ? context.AnchorDay ?? reference : reference;
                return basis is { } day ? WithTime(FormatDay(WeekdayNear(day, e, context.Tense)), e) : WithTime("XXXX-WXX-" + e.Weekday.ToString(CultureInfo.InvariantCulture), e);
            }

            case DateForm.RelativeDay:
            {
                var basis = e.Anaphoric ? context.AnchorDay ?? reference : reference;
                return WithTime(basis is { } day && TryAddDays(day, e.Amount, out var target) ? FormatDay(target) : "XXXX-XX-XX", e);
            }

            case DateForm.Period:
                return ResolvePeriod(e, context);

            case DateForm.PartOfYear:
            {
                var code = (e.Unit == PeriodUnit.Half ? "-H" : "-Q") + e.Amount.ToString(CultureInfo.InvariantCulture);
                if (e.Year > 0)
                {
                    return FormatYear(FullYear(e, reference)) + code;
                }

                return reference is { } r ? FormatYear(r.Year + (e.YearOffset ?? 0)) + code : "XXXX" + code;
            }

            case DateForm.Season:
                return ResolveSeason(e, reference);

            case DateForm.Decade:
                // Recognizers-Text's shape: the ten years from the decade's first January to the next one's.
                return DateRangeValue.YearSpan(e.Amount * 10, 10);

            case DateForm.Offset:
                return ResolveOffset(e, reference);

            case DateForm.Holiday:
                return ResolveHoliday(e, context);

            case DateForm.TimeOnly when !e.This && context.AnchorDay is null:
                // A clock time in a text that names no day is a time of day, not the publication day's.
                return DateRangeValue.FormatClock(e.Hour, e.Minute, e.Second);

            case DateForm.TimeOnly:
            case DateForm.DayPartOnly:
            {
                var day = e.This ? reference : context.AnchorDay ?? reference;
                return WithTime(day is { } d ? FormatDay(d) : "XXXX-XX-XX", e);
            }

            default:
                throw new InvalidOperationException($"Unknown date form {e.Form}.");
        }
    }

    /// <summary>
    /// A holiday: in its written year, else the occurrence around the publication date the direction ("prochain",
    /// the tense) points to, else the nearest; a day counted from Easter takes each year's Easter.
    /// </summary>
    private static string ResolveHoliday(DateExpression e, ResolutionContext context)
    {
        if (e.Year > 0)
        {
            return FormatDay(HolidayIn(e, FullYear(e, context.Reference)));
        }

        if (context.Reference is not { } r)
        {
            return e.Month > 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{e.Month:D2}-{e.Day:D2}") : "XXXX-XX-XX";
        }

        var direction = e.Modifier != Direction.None ? e.Modifier : context.Tense;
        DateOnly? best = null;
        for (var year = r.Year - 1; year <= r.Year + 1; year++)
        {
            var day = HolidayIn(e, year);
            var fits = direction switch
            {
                Direction.Forward => e.Modifier != Direction.None ? day > r : day >= r,
                Direction.Backward => e.Modifier != Direction.None ? day < r : day <= r,
                _ => true,
            };
            if (fits && (best is not { } b || (direction == Direction.Backward ? day > b : direction == Direction.Forward ? day < b : Math.Abs(day.DayNumber - r.DayNumber) < Math.Abs(b.DayNumber - r.DayNumber))))
            {
                best = day;
            }
        }

        return FormatDay(best ?? HolidayIn(e, r.Year));
    }

    private static DateOnly HolidayIn(DateExpression e, int year) =>
        e.Month > 0 ? new DateOnly(year, e.Month, Math.Min(e.Day, DateTime.DaysInMonth(year, e.Month))) : EasterSunday(year).AddDays(e.Amount);

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The ISO weekday of <paramref name="day"/>: Monday 1 … Sunday 7.</summary>
    public static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>Formats a day as <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDay(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    /// <summary>Formats the ISO week of a day as <c>YYYY-Www</c>.</summary>
    public static string FormatWeek(DateOnly day)
    {
        var dateTime = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}");
    }

    private static string FormatYear(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string FormatMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    private static string WithTime(string day, DateExpression e)
    {
        if (e.Hour >= 0)
        {
            return e.Second >= 0
                ? string.Create(CultureInfo.InvariantCulture, $"{day}T{e.Hour:D2}:{e.Minute:D2}:{e.Second:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{day}T{e.Hour:D2}:{e.Minute:D2}");
        }

        return e.DayPart is null ? day : day + "T" + e.DayPart;
    }

    private static DateOnly WeekdayNear(DateOnly basis, DateExpression e, Direction tense)
    {
        var today = IsoWeekday(basis);
        var back = (today - e.Weekday + 7) % 7;
        var ahead = (e.Weekday - today + 7) % 7;
        int offset;
        if (e.Modifier == Direction.Backward)
        {
            offset = -(back == 0 ? 7 : back); // "mercredi dernier" on a Wednesday is a week ago
        }
        else if (e.Modifier == Direction.Forward)
        {
            offset = ahead == 0 ? 7 : ahead;
        }
        else if (e.This)
        {
            offset = e.Weekday - today; // "ce mardi": the Tuesday of this ISO week
        }
        else if (tense == Direction.Forward)
        {
            offset = ahead;
        }
        else
        {
            offset = -back;
        }

        return TryAddDays(basis, offset, out var day) ? day : basis;
    }

    private static string ResolveCalendar(DateExpression e, ResolutionContext context)
    {
        var reference = context.Reference;
        if (e.Year > 0)
        {
            var year = FullYear(e, reference);
            if (e.Month == 0)
            {
                return FormatYear(year);
            }

            return e.Day == 0 ? FormatMonth(year, e.Month) : WithTime(FormatDay(new DateOnly(year, e.Month, Math.Min(e.Day, DateTime.DaysInMonth(year, e.Month)))), e);
        }

        var direction = e.Modifier != Direction.None ? e.Modifier : context.Tense;
        var strict = e.Modifier != Direction.None;
        if (e.Month > 0 && e.Day > 0)
        {
            if (reference is not { } r)
            {
                return WithTime(string.Create(CultureInfo.InvariantCulture, $"XXXX-{e.Month:D2}-{e.Day:D2}"), e);
            }

            return WithTime(FormatDay(DayNear(r, e, direction, strict)), e);
        }

        if (e.Month > 0)
        {
            if (reference is not { } r)
            {
                return string.Create(CultureInfo.InvariantCulture, $"XXXX-{e.Month:D2}");
            }

            if (e.This)
            {
                return FormatMonth(r.Year, e.Month);
            }

            return FormatMonth(MonthYearNear(r, e.Month, direction, strict), e.Month);
        }

        if (e.Day > 0)
        {
            if (reference is not { } r)
            {
                return WithTime(string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{e.Day:D2}"), e);
            }

            return WithTime(FormatDay(DayOfMonthNear(r, e.Day, e.Weekday)), e);
        }

        throw new InvalidOperationException("A calendar expression has at least a year, a month or a day.");
    }

    /// <summary>A day and month without a year: the candidate in the years around the reference that fits the direction, else the nearest.</summary>
    private static DateOnly DayNear(DateOnly reference, DateExpression e, Direction direction, bool strict)
    {
        Span<DateOnly> candidates = stackalloc DateOnly[3];
        var count = 0;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (year >= 1 && year <= 9999 && e.Day <= DateTime.DaysInMonth(year, e.Month))
            {
                var day = new DateOnly(year, e.Month, e.Day);
                // A weekday written with the date ("samedi 4 janvier") picks the year where it fits.
                if (e.Weekday == 0 || IsoWeekday(day) == e.Weekday)
                {
                    candidates[count++] = day;
                }
            }
        }

        if (count == 0 && e.Weekday != 0)
        {
            // The weekday fits none of these years (a typo, or a date further away): go by the day alone.
            for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
            {
                if (year >= 1 && year <= 9999 && e.Day <= DateTime.DaysInMonth(year, e.Month))
                {
                    candidates[count++] = new DateOnly(year, e.Month, e.Day);
                }
            }
        }

        if (count == 0)
        {
            // 29 February with no leap year around the reference: the nearest leap year.
            for (var distance = 2; distance <= 4 && count == 0; distance++)
            {
                foreach (var year in (ReadOnlySpan<int>)[reference.Year - distance, reference.Year + distance])
                {
                    if (year >= 1 && year <= 9999 && e.Day <= DateTime.DaysInMonth(year, e.Month))
                    {
                        candidates[count++] = new DateOnly(year, e.Month, e.Day);
                    }
                }
            }

            if (count == 0)
            {
                return reference;
            }
        }

        var found = candidates[..count];
        DateOnly? best = null;
        foreach (var candidate in found)
        {
            var fits = direction switch
            {
                Direction.Backward => strict ? candidate < reference : candidate <= reference,
                Direction.Forward => strict ? candidate > reference : candidate >= reference,
                _ => false,
            };
            if (!fits)
            {
                continue;
            }

            // Backward: the latest that fits; forward: the earliest.
            if (best is null || (direction == Direction.Backward ? candidate > best : candidate < best))
            {
                best = candidate;
            }
        }

        if (best is { } chosen)
        {
            return chosen;
        }

        var nearest = found[0];
        foreach (var candidate in found)
        {
            if (Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(nearest.DayNumber - reference.DayNumber))
            {
                nearest = candidate;
            }
        }

        return nearest;
    }

    /// <summary>The year of a month without a year: as <see cref="DayNear"/>, counted in months.</summary>
    private static int MonthYearNear(DateOnly reference, int month, Direction direction, bool strict)
    {
        var diff = month - reference.Month; // in the reference year
        return direction switch
        {
            Direction.Backward => (strict ? diff < 0 : diff <= 0) ? reference.Year : reference.Year - 1,
            Direction.Forward => (strict ? diff > 0 : diff >= 0) ? reference.Year : reference.Year + 1,
            // Nearest; half a year back beats half a year ahead, as news more often looks back.
            _ => diff > 5 ? reference.Year - 1 : diff < -6 ? reference.Year + 1 : reference.Year,
        };
    }

    /// <summary>A day of the month without a month ("vendredi 3"): the nearest month where it falls on the weekday, if one is given.</summary>
    private static DateOnly DayOfMonthNear(DateOnly reference, int dayOfMonth, int weekday)
    {
        DateOnly? fallback = null;
        var referenceIndex = reference.Year * 12 + reference.Month - 1;
        for (var step = 0; step <= 24; step++)
        {
            // 0, -1, +1, -2, +2, …: nearer months first, the past before the future.
            var index = referenceIndex + (step % 2 == 1 ? -(step + 1) / 2 : step / 2);
            var year = index / 12;
            var month = index % 12 + 1;
            if (year < 1 || year > 9999 || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var day = new DateOnly(year, month, dayOfMonth);
            if (weekday == 0 || IsoWeekday(day) == weekday)
            {
                return day;
            }

            fallback ??= day;
        }

        return fallback ?? reference;
    }

    private static string ResolvePeriod(DateExpression e, ResolutionContext context)
    {
        var reference = context.Reference;
        DateOnly? basisDay = reference;
        var basisYear = reference?.Year ?? 0;
        var basisMonth = reference?.Month ?? 0;
        if (e.Anaphoric && context.AnchorPoint is { } anchor)
        {
            // "l'année précédente" counts from the year last talked about; a finer unit needs a finer anchor.
            if (e.Unit == PeriodUnit.Year || (anchor.Month > 0 && e.Unit is PeriodUnit.Month or PeriodUnit.Quarter or PeriodUnit.Half) || anchor.Day > 0)
            {
                basisYear = anchor.Year;
                basisMonth = anchor.Month > 0 ? anchor.Month : basisMonth;
                basisDay = anchor.AsDay ?? basisDay;
            }
        }

        if (basisYear == 0)
        {
            return e.Unit switch
            {
                PeriodUnit.Day => WithTime("XXXX-XX-XX", e),
                PeriodUnit.Week => "XXXX-WXX",
                PeriodUnit.WeekEnd => "XXXX-WXX-WE",
                PeriodUnit.Month => "XXXX-XX",
                PeriodUnit.Quarter => "XXXX-QX",
                PeriodUnit.Half => "XXXX-HX",
                _ => "XXXX",
            };
        }

        switch (e.Unit)
        {
            case PeriodUnit.Day:
                return WithTime(basisDay is { } d && TryAddDays(d, e.Amount, out var day) ? FormatDay(day) : "XXXX-XX-XX", e);
            case PeriodUnit.Week:
                return basisDay is { } w && TryAddDays(w, 7 * e.Amount, out var inWeek) ? FormatWeek(inWeek) : "XXXX-WXX";
            case PeriodUnit.WeekEnd:
                return basisDay is { } b ? FormatWeek(Weekend(b, e.Amount, context.Tense)) + "-WE" : "XXXX-WXX-WE";
            case PeriodUnit.Month:
            {
                var index = basisYear * 12 + basisMonth - 1 + e.Amount;
                return FormatMonth(index / 12, index % 12 + 1);
            }

            case PeriodUnit.Quarter:
            {
                var index = basisYear * 4 + (basisMonth - 1) / 3 + e.Amount;
                return FormatYear(index / 4) + "-Q" + (index % 4 + 1).ToString(CultureInfo.InvariantCulture);
            }

            case PeriodUnit.Half:
            {
                var index = basisYear * 2 + (basisMonth - 1) / 6 + e.Amount;
                return FormatYear(index / 2) + "-H" + (index % 2 + 1).ToString(CultureInfo.InvariantCulture);
            }

            default:
                return FormatYear(basisYear + e.Amount + (e.Coming && basisMonth >= 7 ? 1 : 0));
        }
    }

    /// <summary>
    /// The Saturday of a weekend. "ce week-end" follows the weekday convention: the last weekend up to the
    /// reference, or the coming one when the tense points forward; "dernier"/"prochain" step from the
    /// reference's own weekend when it falls on one, else from the nearest one in that direction.
    /// </summary>
    private static DateOnly Weekend(DateOnly reference, int amount, Direction tense)
    {
        var weekday = IsoWeekday(reference);
        var onWeekend = weekday >= 6;
        var lastSaturday = reference.AddDays(-((weekday - 6 + 7) % 7));
        var nextSaturday = onWeekend ? lastSaturday : reference.AddDays(6 - weekday);
        return amount switch
        {
            < 0 => onWeekend ? lastSaturday.AddDays(-7) : lastSaturday,
            > 0 => onWeekend ? lastSaturday.AddDays(7) : nextSaturday,
            _ => tense == Direction.Forward ? nextSaturday : lastSaturday,
        };
    }

    /// <summary>
    /// Seasons are meteorological: spring March–May, summer June–August, autumn September–November,
    /// winter December–February, a winter labelled with the year of its January.
    /// </summary>
    private static string ResolveSeason(DateExpression e, DateOnly? reference)
    {
        var code = "-" + e.Season;
        if (e.Year > 0)
        {
            return FormatYear(FullYear(e, reference)) + code;
        }

        if (reference is not { } r || (!e.This && e.Modifier == Direction.None))
        {
            return "XXXX" + code; // a season without a determiner is generic ("un boom en été")
        }

        var start = SeasonStartMonth(e.Season!);
        var refIndex = r.Year * 12 + r.Month - 1;
        // The instance labelled Y starts at month index Y*12 + start - 1 (winter: December of Y-1).
        int StartIndex(int label) => label * 12 + start - 1 - (e.Season == "WI" ? 12 : 0);

        if (e.This)
        {
            // The instance of this season in the current season-year: winter after September is the coming one.
            var label = e.Season == "WI" && r.Month >= 9 ? r.Year + 1 : r.Year;
            return FormatYear(label) + code;
        }

        if (e.Modifier == Direction.Backward)
        {
            // The latest instance that has ended by the reference month.
            for (var label = r.Year + 1; label >= r.Year - 2; label--)
            {
                if (StartIndex(label) + 3 <= refIndex)
                {
                    return FormatYear(label) + code;
                }
            }
        }
        else
        {
            // The earliest instance that starts after the reference month.
            for (var label = r.Year - 1; label <= r.Year + 2; label++)
            {
                if (StartIndex(label) > refIndex)
                {
                    return FormatYear(label) + code;
                }
            }
        }

        return FormatYear(r.Year) + code;
    }

    private static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    private static string ResolveOffset(DateExpression e, DateOnly? reference)
    {
        if (reference is not { } r)
        {
            return e.Unit switch
            {
                PeriodUnit.Day => "XXXX-XX-XX",
                PeriodUnit.Week => "XXXX-WXX",
                PeriodUnit.Month => "XXXX-XX",
                _ => "XXXX",
            };
        }

        try
        {
            if (e.Stretch)
            {
                return Stretch(e, r);
            }

            return e.Unit switch
            {
                PeriodUnit.Day => FormatDay(r.AddDays(e.Amount)),
                PeriodUnit.Week => FormatWeek(r.AddDays(7 * e.Amount)),
                PeriodUnit.Month => FormatMonth(r.AddMonths(e.Amount).Year, r.AddMonths(e.Amount).Month),
                _ => FormatYear(r.Year + e.Amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return "XXXX"; // beyond the calendar's range
        }
    }

    /// <summary>
    /// "les trois derniers mois" → (r − 3 months, r, P3M); "les deux prochaines semaines" → from the day after
    /// r, two weeks on (Recognizers-Text's shape: a past stretch ends on the reference, a coming one starts after it).
    /// </summary>
    private static string Stretch(DateExpression e, DateOnly r)
    {
        var count = Math.Abs(e.Amount);
        var first = e.Amount < 0 ? Move(r, e.Unit, -count) : r.AddDays(1);
        var last = e.Amount < 0 ? r : Move(first, e.Unit, count);
        var letter = e.Unit switch
        {
            PeriodUnit.Day => 'D',
            PeriodUnit.Week => 'W',
            PeriodUnit.Month => 'M',
            _ => 'Y',
        };
        return string.Create(CultureInfo.InvariantCulture, $"({FormatDay(first)},{FormatDay(last)},P{count}{letter})");

        static DateOnly Move(DateOnly day, PeriodUnit unit, int amount) => unit switch
        {
            PeriodUnit.Day => day.AddDays(amount),
            PeriodUnit.Week => day.AddDays(7 * amount),
            PeriodUnit.Month => day.AddMonths(amount),
            _ => day.AddYears(amount),
        };
    }

    /// <summary>The full year of a written year: a two-digit year takes the century that puts it at most ten years after the reference ("octobre 98" in 1999 → 1998, "23/06/18" in 2016 → 2018).</summary>
    private static int FullYear(DateExpression e, DateOnly? reference)
    {
        if (!e.TwoDigitYear)
        {
            return e.Year;
        }

        // Without a publication date, .NET's own default two-digit-year maximum (2049).
        var pivot = reference is { } r ? r.Year + 10 : 2049;
        var year = pivot / 100 * 100 + e.Year;
        return year > pivot ? year - 100 : year;
    }

    private static bool TryAddDays(DateOnly day, int days, out DateOnly result)
    {
        var number = (long)day.DayNumber + days;
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
        {
            result = day;
            return false;
        }

        result = DateOnly.FromDayNumber((int)number);
        return true;
    }
}
