using System.Globalization;
using System.Runtime.CompilerServices;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>A month name: its number and whether the form is an abbreviation ("janv").</summary>
internal readonly record struct MonthWord(int Month, bool Abbreviation);

/// <summary>A weekday name: ISO number (Monday 1 … Sunday 7) and whether the form is an abbreviation ("mer").</summary>
internal readonly record struct WeekdayWord(int Day, bool Abbreviation);

/// <summary>A relative day ("hier", "la veille"): its offset, what it counts from, whether it needs its article.</summary>
internal readonly record struct RelativeDayWord(int Offset, bool Anaphoric, ArticleUse Article);

/// <summary>Whether a relative day word is a date without its definite article.</summary>
internal enum ArticleUse : byte
{
    /// <summary>Never takes an article ("hier").</summary>
    None,

    /// <summary>A date only after its article ("la veille").</summary>
    Required,

    /// <summary>With or without ("lendemain", "le lendemain").</summary>
    Optional,
}

/// <summary>The calendar unit of a period noun ("semaine" → Week).</summary>
internal enum PeriodUnit : byte
{
    /// <summary>A day ("ce jour-là").</summary>
    Day,

    /// <summary>An ISO week.</summary>
    Week,

    /// <summary>A weekend (TIMEX3 <c>YYYY-Www-WE</c>).</summary>
    WeekEnd,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A half-year.</summary>
    Half,

    /// <summary>A year.</summary>
    Year,
}

/// <summary>A modifier ("dernier", "suivant"): the direction it moves and whether it counts from the text's last period.</summary>
internal readonly record struct ModifierWord(int Direction, bool Anaphoric);

/// <summary>A part of the day ("soir"): TIMEX3 code, hours added to a clock time, whether it may follow a bare day.</summary>
internal readonly record struct DayPartWord(string Code, int Shift, bool AfterDay);

/// <summary>The roles a context word plays for the date grammar (see <c>Data/dates/cues.tsv</c>).</summary>
[Flags]
internal enum CueRoles : ushort
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Before a bare hour, makes it a clock time ("à 17 h").</summary>
    Time = 1 << 0,

    /// <summary>Before a number, makes "N heures" a duration ("pendant 72 heures").</summary>
    Duration = 1 << 1,

    /// <summary>Before a month name, makes it a month ("en avril").</summary>
    Month = 1 << 2,

    /// <summary>Before a four-digit number, makes it a year ("en 2021").</summary>
    Year = 1 << 3,

    /// <summary>A function word that may follow a bare year.</summary>
    Follow = 1 << 4,

    /// <summary>A verb announcing the future before an infinitive ("va se rendre").</summary>
    GoingTo = 1 << 5,

    /// <summary>A word pointing to the future by itself ("prévu").</summary>
    Forward = 1 << 6,

    /// <summary>An auxiliary that marks the past before a participle ("a démissionné").</summary>
    PastAux = 1 << 7,

    /// <summary>Ends like a future verb but is not one ("opéra", "front").</summary>
    NotFuture = 1 << 8,

    /// <summary>A verb whose complement names the future as a topic ("penser à l'avenir"), so the phrase is no date.</summary>
    Topic = 1 << 9,
}

/// <summary>
/// The word lists of the date family, read once from the embedded <c>Data/dates/*.tsv</c> into frozen
/// folded tables, looked up by span without allocating.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FoldedMap<CueEntry[]> _cues;

    private DateLexicon(
        FoldedMap<MonthWord> months,
        FoldedMap<WeekdayWord> weekdays,
        FoldedMap<RelativeDayWord> relativeDays,
        FoldedMap<PeriodUnit> periods,
        FoldedMap<ModifierWord> modifiers,
        FoldedMap<string> seasons,
        FoldedMap<int> ordinals,
        FoldedMap<DayPartWord> dayParts,
        FoldedMap<(int Hour, int Minute)> clockWords,
        PhraseMatcher<string> vague,
        VagueOpening[] vagueOpenings,
        FoldedMap<CueEntry[]> cues)
    {
        Months = months;
        Weekdays = weekdays;
        RelativeDays = relativeDays;
        Periods = periods;
        Modifiers = modifiers;
        Seasons = seasons;
        Ordinals = ordinals;
        DayParts = dayParts;
        ClockWords = clockWords;
        Vague = vague;
        VagueOpenings = vagueOpenings;
        _cues = cues;

        // Here, on the thread that loads the lexicons while the gazetteers load, not when a grammar is built.
        Words = new DateWordTable(this);
    }

    /// <summary>The built-in lexicon.</summary>
    public static DateLexicon Default => Instance.Value;

    /// <summary>Month names and abbreviations.</summary>
    public FoldedMap<MonthWord> Months { get; }

    /// <summary>Weekday names and abbreviations.</summary>
    public FoldedMap<WeekdayWord> Weekdays { get; }

    /// <summary>"hier", "demain", "veille", ….</summary>
    public FoldedMap<RelativeDayWord> RelativeDays { get; }

    /// <summary>"semaine", "mois", "année", ….</summary>
    public FoldedMap<PeriodUnit> Periods { get; }

    /// <summary>"dernier", "prochain", "précédent", ….</summary>
    public FoldedMap<ModifierWord> Modifiers { get; }

    /// <summary>Season names to TIMEX3 codes (SP, SU, FA, WI).</summary>
    public FoldedMap<string> Seasons { get; }

    /// <summary>Ordinal words 1–4 for quarters and halves.</summary>
    public FoldedMap<int> Ordinals { get; }

    /// <summary>"matin", "soir", "nuit", ….</summary>
    public FoldedMap<DayPartWord> DayParts { get; }

    /// <summary>"midi", "minuit".</summary>
    public FoldedMap<(int Hour, int Minute)> ClockWords { get; }

    /// <summary>Vague references and set periods, as phrases to TIMEX3 values.</summary>
    public PhraseMatcher<string> Vague { get; }

    /// <summary>
    /// The folded first two tokens of every phrase of <see cref="Vague"/> (the second null for a phrase of
    /// one token, or when it is no word): where a vague reference may start.
    /// </summary>
    public IReadOnlyList<VagueOpening> VagueOpenings { get; }

    /// <summary>Every word of these lists, and the grammar's literal start words, for one look-up per token.</summary>
    internal DateWordTable Words { get; }

    /// <summary>The cue words, folded, each with its spellings and their roles (see <see cref="CuesOf"/>).</summary>
    internal FoldedMap<CueEntry[]> CueEntries => _cues;

    /// <summary>
    /// The cue roles of token <paramref name="index"/>. When folding merges two cue words ("à" and "a"),
    /// the original spelling decides; if it matches neither exactly, both sets of roles apply.
    /// </summary>
    public CueRoles CuesOf(Document document, int index)
    {
        if ((uint)index >= (uint)document.Tokens.Length || document.Tokens[index].IsNumber
            || !_cues.TryGetValue(document.FoldedOf(index), out var entries))
        {
            return CueRoles.None;
        }

        return RolesOf(entries, document, index);
    }

    /// <summary>The roles of a token whose folded form has cue <paramref name="entries"/>: the original spelling decides between homographs.</summary>
    internal static CueRoles RolesOf(CueEntry[] entries, Document document, int index)
    {
        if (entries.Length == 1)
        {
            return entries[0].Roles;
        }

        var original = document.OriginalOf(index);
        var all = CueRoles.None;
        foreach (var entry in entries)
        {
            if (EqualsLowerCase(original, entry.Lower))
            {
                return entry.Roles;
            }

            all |= entry.Roles;
        }

        return all;
    }

    /// <summary>Whether token <paramref name="index"/> has <paramref name="role"/>.</summary>
    public bool Is(Document document, int index, CueRoles role) => (CuesOf(document, index) & role) != 0;

    private static bool EqualsLowerCase(ReadOnlySpan<char> original, string lower)
    {
        if (original.Length != lower.Length)
        {
            return false;
        }

        for (var i = 0; i < original.Length; i++)
        {
            var c = ToLowerInvariant(original[i]);
            // Typographic apostrophes compare as the ASCII one, as in the folded text.
            if (c != lower[i] && !(lower[i] == '\'' && CharFolding.Fold(c) == '\''))
            {
                return false;
            }
        }

        return true;
    }

    // char.ToLowerInvariant goes through ICU for every non-ASCII unit, and the cue words are full of
    // "é", "û": Latin-1 lowers by a fixed offset (A-Z and U+00C0-U+00DE but the multiplication sign; no
    // other Latin-1 unit changes), so only the rest goes to the library.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char ToLowerInvariant(char c)
    {
        if (c <= '\u00FF')
        {
            return (uint)(c - 'A') <= 'Z' - 'A' || ((uint)(c - '\u00C0') <= 0xDE - 0xC0 && c != '\u00D7') ? (char)(c + 0x20) : c;
        }

        return char.ToLowerInvariant(c);
    }

    private static DateLexicon Load()
    {
        var months = new FoldedMap<MonthWord>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/months.tsv", "form", "month", "abbreviation"))
        {
            months.Add(row[0], new MonthWord(ParseInt(row, 1, 1, 12), ParseYesNo(row, 2)));
        }

        var weekdays = new FoldedMap<WeekdayWord>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/weekdays.tsv", "form", "day", "abbreviation"))
        {
            weekdays.Add(row[0], new WeekdayWord(ParseInt(row, 1, 1, 7), ParseYesNo(row, 2)));
        }

        var relativeDays = new FoldedMap<RelativeDayWord>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/relative-days.tsv", "form", "offset", "reference", "article"))
        {
            var article = row[3].ToLowerInvariant() switch
            {
                "none" => ArticleUse.None,
                "required" => ArticleUse.Required,
                "optional" => ArticleUse.Optional,
                _ => throw row.Error($"unknown article use '{row[3]}'; expected none, required or optional"),
            };
            relativeDays.Add(row[0], new RelativeDayWord(ParseInt(row, 1, -7, 7), ParseReference(row, 2), article));
        }

        var periods = new FoldedMap<PeriodUnit>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/periods.tsv", "form", "unit"))
        {
            var unit = row[1] switch
            {
                "D" => PeriodUnit.Day,
                "W" => PeriodUnit.Week,
                "WE" => PeriodUnit.WeekEnd,
                "M" => PeriodUnit.Month,
                "Q" => PeriodUnit.Quarter,
                "H" => PeriodUnit.Half,
                "Y" => PeriodUnit.Year,
                _ => throw row.Error($"unknown unit '{row[1]}'; expected D, W, WE, M, Q, H or Y"),
            };
            periods.Add(row[0], unit);
        }

        var modifiers = new FoldedMap<ModifierWord>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/modifiers.tsv", "form", "direction", "reference"))
        {
            var direction = ParseInt(row, 1, -1, 1);
            if (direction == 0)
            {
                throw row.Error("the direction must be -1 or 1");
            }

            modifiers.Add(row[0], new ModifierWord(direction, ParseReference(row, 2)));
        }

        var seasons = new FoldedMap<string>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/seasons.tsv", "form", "season"))
        {
            if (row[1] is not ("SP" or "SU" or "FA" or "WI"))
            {
                throw row.Error($"unknown season '{row[1]}'; expected SP, SU, FA or WI");
            }

            seasons.Add(row[0], row[1]);
        }

        var ordinals = new FoldedMap<int>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/ordinals.tsv", "form", "value"))
        {
            ordinals.Add(row[0], ParseInt(row, 1, 1, 4));
        }

        var dayParts = new FoldedMap<DayPartWord>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/day-parts.tsv", "form", "part", "shift", "afterDay"))
        {
            if (row[1] is not ("MO" or "AF" or "EV" or "NI" or "DT"))
            {
                throw row.Error($"unknown part of day '{row[1]}'; expected MO, AF, EV, NI or DT");
            }

            dayParts.Add(row[0], new DayPartWord(row[1], ParseInt(row, 2, 0, 12), ParseYesNo(row, 3)));
        }

        var clockWords = new FoldedMap<(int, int)>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/clock-words.tsv", "form", "hour", "minute"))
        {
            clockWords.Add(row[0], (ParseInt(row, 1, 0, 23), ParseInt(row, 2, 0, 59)));
        }

        var vague = new PhraseMatcher<string>.Builder();
        var vagueOpenings = new List<VagueOpening>();
        foreach (var row in EmbeddedData.ReadTsv("dates/vague.tsv", "phrase", "timex"))
        {
            if (row[1] is not ("PAST_REF" or "PRESENT_REF" or "FUTURE_REF" or "P1D" or "P1W" or "P1M" or "P1Y"))
            {
                throw row.Error($"unknown value '{row[1]}'; expected PAST_REF, PRESENT_REF, FUTURE_REF, P1D, P1W, P1M or P1Y");
            }

            if (!vague.Add(row[0], row[1]))
            {
                throw row.Error("the phrase has no word");
            }

            // Tokenised as the matcher tokenises its phrases, so these are the tokens it compares.
            var phrase = Document.Create(row[0]);
            // The start filter compares the second token by its word id, which only words have.
            vagueOpenings.Add(new VagueOpening(phrase.FoldedOf(0).ToString(), phrase.Tokens.Length > 1 && phrase.Tokens[1].IsWord ? phrase.FoldedOf(1).ToString() : null));
        }

        var cueLists = new Dictionary<string, List<CueEntry>>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("dates/cues.tsv", "form", "role"))
        {
            var role = row.ParseEnum<CueRoles>(1, "role");
            if (role == CueRoles.None)
            {
                throw row.Error($"unknown role '{row[1]}'");
            }

            var lower = row[0].ToLower(CultureInfo.InvariantCulture);
            var folded = TextFolding.Fold(row[0]);
            if (!cueLists.TryGetValue(folded, out var list))
            {
                cueLists[folded] = list = new List<CueEntry>();
            }

            var existing = list.FindIndex(e => e.Lower == lower);
            if (existing >= 0)
            {
                list[existing] = list[existing] with { Roles = list[existing].Roles | role };
            }
            else
            {
                list.Add(new CueEntry(lower, role));
            }
        }

        var cues = new FoldedMap<CueEntry[]>.Builder();
        foreach (var (folded, list) in cueLists)
        {
            cues.AddFolded(folded, list.ToArray());
        }

        return new DateLexicon(
            months.Build(), weekdays.Build(), relativeDays.Build(), periods.Build(), modifiers.Build(), seasons.Build(),
            ordinals.Build(), dayParts.Build(), clockWords.Build(), vague.Build(), vagueOpenings.ToArray(), cues.Build());
    }

    private static int ParseInt(TsvRow row, int column, int min, int max)
    {
        if (!int.TryParse(row[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw row.Error($"'{row[column]}' is not a whole number from {min} to {max}");
        }

        return value;
    }

    private static bool ParseYesNo(TsvRow row, int column) =>
        row[column].ToLowerInvariant() switch
        {
            "yes" => true,
            "no" => false,
            _ => throw row.Error($"'{row[column]}' must be yes or no"),
        };

    private static bool ParseReference(TsvRow row, int column) =>
        row[column].ToLowerInvariant() switch
        {
            "anaphoric" => true,
            "deictic" => false,
            _ => throw row.Error($"'{row[column]}' must be deictic or anaphoric"),
        };

}

/// <summary>The first two tokens of a vague phrase, folded; the second null when the phrase has one, or it is no word.</summary>
/// <param name="First">The first token.</param>
/// <param name="Second">The second token, or null.</param>
internal sealed record VagueOpening(string First, string? Second);

/// <summary>One spelling of a cue word (lower case, accents kept) and its roles.</summary>
/// <param name="Lower">The spelling, lower case.</param>
/// <param name="Roles">Its roles.</param>
internal readonly record struct CueEntry(string Lower, CueRoles Roles);
