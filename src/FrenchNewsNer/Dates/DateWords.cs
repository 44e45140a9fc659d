using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Dates;

/// <summary>The rules of <see cref="DateGrammar"/> that look at a token first, one bit each (see <see cref="DateStartFilter"/>).</summary>
[Flags]
internal enum DateRules : ushort
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>"récemment", "à l'avenir", a fronted "Aujourd'hui,".</summary>
    Vague = 1 << 0,

    /// <summary>"ce", "cet", "cette", "le", "la", "l'", "les" + a period, a day, a season.</summary>
    Determiner = 1 << 1,

    /// <summary>"début", "fin", "milieu", "courant", "mi-…".</summary>
    Boundary = 1 << 2,

    /// <summary>"hier", "lendemain".</summary>
    RelativeDay = 1 << 3,

    /// <summary>A weekday, a day number (digits, "premier", a number in words), a numeric date.</summary>
    DayCore = 1 << 4,

    /// <summary>"les 6 et 13 avril": a day number.</summary>
    CoordinatedDay = 1 << 5,

    /// <summary>"mois de juin", a month name.</summary>
    Month = 1 << 6,

    /// <summary>A four-digit year.</summary>
    Year = 1 << 7,

    /// <summary>A season name.</summary>
    Season = 1 << 8,

    /// <summary>"troisième trimestre", "3e trimestre".</summary>
    PartOfYear = 1 << 9,

    /// <summary>A clock time: digits, "midi", a number in words before "heures".</summary>
    Time = 1 << 10,

    /// <summary>"il y a …", "dans …", and "derniers", "prochains" after a count ("les trois derniers mois").</summary>
    Offset = 1 << 11,

    /// <summary>A period noun or "années" after "du", "au", "des", "aux".</summary>
    ContractedPeriod = 1 << 12,

    /// <summary>"chaque", "tous les", "N fois par", a frequency word, "siècle" (DateGrammar.Sets.cs).</summary>
    Set = 1 << 13,

    /// <summary>A holiday's first word ("Noël", "lundi" of "lundi de Pâques", "14" of "14-Juillet").</summary>
    Holiday = 1 << 14,

    /// <summary>Every rule.</summary>
    All = (1 << 15) - 1,
}

/// <summary>Which lists of <see cref="DateLexicon"/> hold a word, and a few literal words the grammar tests often.</summary>
[Flags]
internal enum DateWordKinds : uint
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>In <see cref="DateLexicon.Months"/>.</summary>
    Month = 1 << 0,

    /// <summary>In <see cref="DateLexicon.Weekdays"/>.</summary>
    Weekday = 1 << 1,

    /// <summary>In <see cref="DateLexicon.RelativeDays"/>.</summary>
    RelativeDay = 1 << 2,

    /// <summary>In <see cref="DateLexicon.Periods"/>.</summary>
    Period = 1 << 3,

    /// <summary>In <see cref="DateLexicon.Modifiers"/>.</summary>
    Modifier = 1 << 4,

    /// <summary>In <see cref="DateLexicon.Seasons"/>.</summary>
    Season = 1 << 5,

    /// <summary>In <see cref="DateLexicon.Ordinals"/>.</summary>
    Ordinal = 1 << 6,

    /// <summary>In <see cref="DateLexicon.DayParts"/>.</summary>
    DayPart = 1 << 7,

    /// <summary>In <see cref="DateLexicon.ClockWords"/>.</summary>
    ClockWord = 1 << 8,

    /// <summary>A period noun with "-ci" or "-là" ("mois-ci"): <see cref="DateWord.Period"/> is its unit.</summary>
    PeriodCi = 1 << 9,

    /// <summary>See <see cref="PeriodCi"/>.</summary>
    PeriodLa = 1 << 10,

    /// <summary>A period noun with a plural "s" ("jours", "ans"): <see cref="DateWord.PluralPeriod"/> is its unit.</summary>
    PeriodPlural = 1 << 11,

    /// <summary>"heure" or "heures", after an hour in words ("sept heures").</summary>
    Heure = 1 << 12,

    /// <summary>"un", never a day number nor an hour in words.</summary>
    Un = 1 << 13,

    /// <summary>"une", never a day number in words.</summary>
    Une = 1 << 14,
}

/// <summary>
/// Everything the date lists say about one folded word, gathered once so that the grammar looks a token up
/// in one table instead of in each list it consults. Immutable.
/// </summary>
internal sealed class DateWord
{
    /// <summary>The lists that hold the word.</summary>
    public DateWordKinds Kinds { get; init; }

    /// <summary>The rules that may start at the word by what the word is (numbers in words aside).</summary>
    public DateRules Starts { get; init; }

    /// <summary>The month, when <see cref="DateWordKinds.Month"/>.</summary>
    public MonthWord Month { get; init; }

    /// <summary>The weekday, when <see cref="DateWordKinds.Weekday"/>.</summary>
    public WeekdayWord Weekday { get; init; }

    /// <summary>The relative day, when <see cref="DateWordKinds.RelativeDay"/>.</summary>
    public RelativeDayWord RelativeDay { get; init; }

    /// <summary>The unit, when <see cref="DateWordKinds.Period"/>, <see cref="DateWordKinds.PeriodCi"/> or <see cref="DateWordKinds.PeriodLa"/>.</summary>
    public PeriodUnit Period { get; init; }

    /// <summary>The unit of the singular, when <see cref="DateWordKinds.PeriodPlural"/>.</summary>
    public PeriodUnit PluralPeriod { get; init; }

    /// <summary>The modifier, when <see cref="DateWordKinds.Modifier"/>.</summary>
    public ModifierWord Modifier { get; init; }

    /// <summary>The season code, when <see cref="DateWordKinds.Season"/>.</summary>
    public string Season { get; init; } = "";

    /// <summary>The ordinal, when <see cref="DateWordKinds.Ordinal"/>.</summary>
    public int Ordinal { get; init; }

    /// <summary>The part of the day, when <see cref="DateWordKinds.DayPart"/>.</summary>
    public DayPartWord DayPart { get; init; }

    /// <summary>The time, when <see cref="DateWordKinds.ClockWord"/>.</summary>
    public (int Hour, int Minute) Clock { get; init; }

    /// <summary>The cue spellings and roles, or null when the word is no cue.</summary>
    public CueEntry[]? Cues { get; init; }

    /// <summary>
    /// The ids of the second words of the vague phrases of two words or more that start with this one,
    /// or null (see <see cref="DateStartFilter"/>).
    /// </summary>
    public int[]? VagueNext { get; init; }

    /// <summary>Whether the word is in all the lists of <paramref name="kinds"/>.</summary>
    public bool Is(DateWordKinds kinds) => (Kinds & kinds) == kinds;
}

/// <summary>
/// The <see cref="DateWord"/> of every folded word the date grammar knows, by one hash look-up. Built once
/// by the lexicon when it loads (a few hundred words); immutable, so thread-safe.
/// </summary>
internal sealed class DateWordTable
{
    /// <summary>
    /// The literal words at which a rule may start, with those rules (the grammar compares a rule's first
    /// token with them: "le" of TryDeterminer, "il" and "dans" of TryOffset, "fin" of TryBoundary, "premier"
    /// of TryDayNumber…). Folded. A rule taught to start at a new literal word must add it here (the start
    /// filter tests catch a missing one).
    /// </summary>
    private static readonly (string Word, DateRules Rules)[] StartWords =
    [
        ("ce", DateRules.Determiner), ("cet", DateRules.Determiner), ("cette", DateRules.Determiner), ("le", DateRules.Determiner),
        ("la", DateRules.Determiner), ("l'", DateRules.Determiner), ("les", DateRules.Determiner),
        ("debut", DateRules.Boundary), ("fin", DateRules.Boundary), ("milieu", DateRules.Boundary), ("courant", DateRules.Boundary),
        ("il", DateRules.Offset), ("dans", DateRules.Offset),
        ("derniers", DateRules.Offset), ("dernieres", DateRules.Offset), ("prochains", DateRules.Offset), ("prochaines", DateRules.Offset), ("mois", DateRules.Month), ("annees", DateRules.ContractedPeriod),
        ("premier", DateRules.DayCore), ("aujourd'hui", DateRules.Vague),
        ("chaque", DateRules.Set), ("tous", DateRules.Set), ("toutes", DateRules.Set), ("fois", DateRules.Set),
        ("siecle", DateRules.Set), ("siecles", DateRules.Set),
    ];

    /// <summary>Word ids fit in this many low bits of an int (the grammar keeps a token's start rules above them).</summary>
    public const int IdBits = 16;

    /// <summary>The mask of the id bits.</summary>
    public const int IdMask = (1 << IdBits) - 1;

    // This runs once for each word of every document, most of them words no list holds: the one-sided
    // prefilter turns nearly all of those away before the exact map hashes the word.
    private readonly FoldedPrefilter _mayBeWord;
    private readonly FoldedMap<int> _ids;

    /// <summary>Gathers the lists of <paramref name="lexicon"/> (which builds its table on load).</summary>
    public DateWordTable(DateLexicon lexicon)
    {
        // What lets a rule start at a word besides its lists: a literal of the grammar, or opening a vague phrase
        // (of one word, or of several before the second).
        // (int rather than DateRules values: a dictionary over a new value type is compiled anew at start-up.)
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var vagueSeconds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, rules) in StartWords)
        {
            starts[word] = starts.GetValueOrDefault(word) | (int)rules;
        }

        foreach (var first in DateCompositionLexicon.Default.Holidays.FirstTokens)
        {
            starts[first] = starts.GetValueOrDefault(first) | (int)DateRules.Holiday;
        }

        foreach (var setWord in DateCompositionLexicon.Default.SetWordForms)
        {
            starts[setWord] = starts.GetValueOrDefault(setWord) | (int)DateRules.Set;
        }

        foreach (var (first, second) in lexicon.VagueOpenings)
        {
            if (second is null)
            {
                starts[first] = starts.GetValueOrDefault(first) | (int)DateRules.Vague;
            }
            else if (vagueSeconds.TryGetValue(first, out var list))
            {
                list.Add(second);
            }
            else
            {
                vagueSeconds[first] = [second];
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        keys.UnionWith(lexicon.Months.Keys);
        keys.UnionWith(lexicon.Weekdays.Keys);
        keys.UnionWith(lexicon.RelativeDays.Keys);
        keys.UnionWith(lexicon.Modifiers.Keys);
        keys.UnionWith(lexicon.Seasons.Keys);
        keys.UnionWith(lexicon.Ordinals.Keys);
        keys.UnionWith(lexicon.DayParts.Keys);
        keys.UnionWith(lexicon.ClockWords.Keys);
        keys.UnionWith(lexicon.CueEntries.Keys);
        keys.UnionWith(starts.Keys);
        foreach (var (first, seconds) in vagueSeconds)
        {
            keys.Add(first);
            keys.UnionWith(seconds);
        }

        keys.Add("heure");
        keys.Add("heures");
        keys.Add("un");
        keys.Add("une");

        // The forms TryPeriodWord reads: the noun, with "-ci" or "-là", and with a plural "s".
        foreach (var period in lexicon.Periods.Keys)
        {
            keys.Add(period);
            keys.Add(period + "-ci");
            keys.Add(period + "-la");
            keys.Add(period + "s");
        }

        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            idOf[key] = idOf.Count + 1;
        }

        if (idOf.Count > IdMask)
        {
            throw new InvalidOperationException($"The date grammar reads word ids in {IdBits} bits.");
        }

        var words = new DateWord?[idOf.Count + 1]; // id 0: no word the grammar knows
        var mayBeWord = new FoldedPrefilter.Builder();
        foreach (var key in keys)
        {
            mayBeWord.Add(key);
            int[]? next = null;
            if (vagueSeconds.TryGetValue(key, out var seconds))
            {
                next = new int[seconds.Count];
                for (var k = 0; k < next.Length; k++)
                {
                    next[k] = idOf[seconds[k]];
                }
            }

            words[idOf[key]] = Describe(lexicon, key, (DateRules)starts.GetValueOrDefault(key), next);
        }

        Words = words;
        _mayBeWord = mayBeWord.Build();
        _ids = FoldedMap<int>.FromFolded(idOf);
    }

    /// <summary>The words by id; id 0 is null, for a token no list holds.</summary>
    public DateWord?[] Words { get; }

    /// <summary>The id of an already folded word, 0 when no list holds it.</summary>
    public int IdOf(ReadOnlySpan<char> folded) =>
        !folded.IsEmpty && _mayBeWord.MayContain(folded) && _ids.TryGetValue(folded, out var id) ? id : 0;

    private static DateWord Describe(DateLexicon lexicon, string key, DateRules starts, int[]? vagueNext)
    {
        var kinds = DateWordKinds.None;

        if (lexicon.Months.TryGetValue(key, out var month))
        {
            kinds |= DateWordKinds.Month;
            starts |= DateRules.Month;
        }

        if (lexicon.Weekdays.TryGetValue(key, out var weekday))
        {
            kinds |= DateWordKinds.Weekday;
            starts |= DateRules.DayCore;
        }

        if (lexicon.RelativeDays.TryGetValue(key, out var relative))
        {
            kinds |= DateWordKinds.RelativeDay;
            starts |= DateRules.RelativeDay;
        }

        // As TryPeriodWord reads a token: the noun itself first, then "-ci", "-là", then the plural.
        var unit = default(PeriodUnit);
        if (lexicon.Periods.TryGetValue(key, out unit))
        {
            kinds |= DateWordKinds.Period;
        }
        else if (key.EndsWith("-ci", StringComparison.Ordinal) && lexicon.Periods.TryGetValue(key.AsSpan(0, key.Length - 3), out unit))
        {
            kinds |= DateWordKinds.PeriodCi;
        }
        else if (key.EndsWith("-la", StringComparison.Ordinal) && lexicon.Periods.TryGetValue(key.AsSpan(0, key.Length - 3), out unit))
        {
            kinds |= DateWordKinds.PeriodLa;
        }

        if ((kinds & (DateWordKinds.Period | DateWordKinds.PeriodCi | DateWordKinds.PeriodLa)) != 0)
        {
            starts |= DateRules.ContractedPeriod;
        }

        var plural = default(PeriodUnit);
        if (key.Length > 2 && key[^1] == 's' && lexicon.Periods.TryGetValue(key.AsSpan(0, key.Length - 1), out plural))
        {
            kinds |= DateWordKinds.PeriodPlural;
        }

        if (lexicon.Modifiers.TryGetValue(key, out var modifier))
        {
            kinds |= DateWordKinds.Modifier;
        }

        if (lexicon.Seasons.TryGetValue(key, out var season))
        {
            kinds |= DateWordKinds.Season;
            starts |= DateRules.Season;
        }

        if (lexicon.Ordinals.TryGetValue(key, out var ordinal))
        {
            kinds |= DateWordKinds.Ordinal;
            starts |= DateRules.PartOfYear;
        }

        if (lexicon.DayParts.TryGetValue(key, out var part))
        {
            kinds |= DateWordKinds.DayPart;
        }

        if (lexicon.ClockWords.TryGetValue(key, out var clock))
        {
            kinds |= DateWordKinds.ClockWord;
            starts |= DateRules.Time;
        }

        if (key is "heure" or "heures")
        {
            kinds |= DateWordKinds.Heure;
        }

        kinds |= key switch
        {
            "un" => DateWordKinds.Un,
            "une" => DateWordKinds.Une,
            _ => DateWordKinds.None,
        };

        lexicon.CueEntries.TryGetValue(key, out var cues);
        return new DateWord
        {
            Kinds = kinds,
            Starts = starts,
            Month = month,
            Weekday = weekday,
            RelativeDay = relative,
            Period = unit,
            PluralPeriod = plural,
            Modifier = modifier,
            Season = season ?? "",
            Ordinal = ordinal,
            DayPart = part,
            Clock = clock,
            Cues = cues,
            VagueNext = vagueNext,
        };
    }
}
