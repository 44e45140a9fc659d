namespace FrenchNewsNer.Dates;

/// <summary>The shape of a date expression, which decides how <see cref="TimexResolver"/> reads it.</summary>
internal enum DateForm : byte
{
    /// <summary>Calendar fields as written, some unknown: "13 septembre 2023", "13 septembre", "avril", "2021".</summary>
    Calendar,

    /// <summary>A weekday, maybe with "dernier", "prochain", "ce": "mercredi", "mardi prochain".</summary>
    Weekday,

    /// <summary>A day counted from the publication date or from the last day mentioned: "hier", "la veille".</summary>
    RelativeDay,

    /// <summary>A week, weekend, month, quarter, half or year counted from the publication date: "cette semaine".</summary>
    Period,

    /// <summary>A numbered quarter or half of a year: "au troisième trimestre", "le premier semestre 2020".</summary>
    PartOfYear,

    /// <summary>A season: "cet été", "l'hiver dernier", "été" (generic).</summary>
    Season,

    /// <summary>A decade: "les années 1990".</summary>
    Decade,

    /// <summary>An amount of days, weeks, months or years before or after the publication date: "il y a deux ans".</summary>
    Offset,

    /// <summary>A clock time alone, on the day the text is talking about: "à 17 h", "vers midi".</summary>
    TimeOnly,

    /// <summary>A part of a day alone: "ce soir" (the publication date), "dans la nuit" (the day talked about).</summary>
    DayPartOnly,

    /// <summary>A fixed value: PAST_REF, PRESENT_REF, FUTURE_REF, or a set period (P1M).</summary>
    Literal,

    /// <summary>A holiday: a fixed <see cref="DateExpression.Month"/> and <see cref="DateExpression.Day"/> ("Noël"), or, with Month 0, <see cref="DateExpression.Amount"/> days from Easter Sunday ("lundi de Pâques" 1).</summary>
    Holiday,
}

/// <summary>Which way a date without a year (or a bare weekday) lies from the publication date.</summary>
internal enum Direction : sbyte
{
    /// <summary>Backward: "dernier", a past tense.</summary>
    Backward = -1,

    /// <summary>No evidence.</summary>
    None = 0,

    /// <summary>Forward: "prochain", a future tense.</summary>
    Forward = 1,
}

/// <summary>
/// What a date mention says, before resolution: the calendar fields as written and how they relate to the
/// publication date or to the day the text last talked about. Immutable; a value type, since the grammar
/// makes one (and copies it with <c>with</c>) for every mention it finds, on the heap that was an object each.
/// </summary>
internal readonly record struct DateExpression
{
    /// <summary>An expression with no clock time (<see cref="Hour"/> −1); the initialisers set the rest.</summary>
    public DateExpression()
    {
    }

    /// <summary>The shape of the expression.</summary>
    public required DateForm Form { get; init; }

    /// <summary>The year as written, or 0.</summary>
    public int Year { get; init; }

    /// <summary>The year was written with two digits ("octobre 98"); the century comes from the publication date.</summary>
    public bool TwoDigitYear { get; init; }

    /// <summary>A year counted from the publication date's ("de l'année prochaine" +1), for a quarter or half; null when none is said.</summary>
    public int? YearOffset { get; init; }

    /// <summary>The month as written (1–12), or 0.</summary>
    public int Month { get; init; }

    /// <summary>The day of the month as written (1–31), or 0.</summary>
    public int Day { get; init; }

    /// <summary>The ISO weekday (Monday 1 … Sunday 7) as written, or 0.</summary>
    public int Weekday { get; init; }

    /// <summary>The period unit of <see cref="DateForm.Period"/>, <see cref="DateForm.PartOfYear"/> and <see cref="DateForm.Offset"/>.</summary>
    public PeriodUnit Unit { get; init; }

    /// <summary>
    /// A signed count: the offset of a relative day ("hier" −1), of a period ("la semaine dernière" −1,
    /// "cette semaine" 0) or of an <see cref="DateForm.Offset"/> ("il y a deux ans" −2); the quarter or
    /// half number of a <see cref="DateForm.PartOfYear"/>; the decade of a <see cref="DateForm.Decade"/> (199).
    /// </summary>
    public int Amount { get; init; }

    /// <summary>An explicit "dernier" (−1) or "prochain" (+1) after a weekday, date, month or season.</summary>
    public Direction Modifier { get; init; }

    /// <summary>"ce mardi", "cet été", "cette décembre": the one in the publication date's week or year.</summary>
    public bool This { get; init; }

    /// <summary>Counted from the day or period the text last talked about ("la veille", "l'année précédente", "ce même lundi").</summary>
    public bool Anaphoric { get; init; }

    /// <summary>A season code (SP, SU, FA, WI) for <see cref="DateForm.Season"/>.</summary>
    public string? Season { get; init; }

    /// <summary>A part-of-day code (MO, AF, EV, NI, DT), or null.</summary>
    public string? DayPart { get; init; }

    /// <summary>The hour of a clock time (0–24), or −1.</summary>
    public int Hour { get; init; } = -1;

    /// <summary>The minute of a clock time.</summary>
    public int Minute { get; init; }

    /// <summary>The second of a clock time written with seconds ("19:56:30"), or −1.</summary>
    public int Second { get; init; } = -1;

    /// <summary>A recurring time ("chaque lundi", "tous les jours", "hebdomadaire"): the value is a set.</summary>
    public bool Set { get; init; }

    /// <summary>
    /// An <see cref="DateForm.Offset"/> read as the whole stretch between the publication date and the offset
    /// ("les trois derniers mois", "les deux prochaines semaines"): a date range, not one period.
    /// </summary>
    public bool Stretch { get; init; }

    /// <summary>A period that is starting or about to ("la nouvelle année"): the next one from the middle of the current one on.</summary>
    public bool Coming { get; init; }

    /// <summary>The value of a <see cref="DateForm.Literal"/>.</summary>
    public string? Literal { get; init; }

    /// <summary>Whether resolution needs the day (or period) the text is talking about, not only the publication date.</summary>
    public bool NeedsAnchor => Anaphoric || Form is DateForm.TimeOnly || (Form == DateForm.DayPartOnly && !This);
}
