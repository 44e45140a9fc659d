using System.Globalization;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>How a range joiner may join two ends without an opener (<c>Data/dates/range-words.tsv</c>).</summary>
internal enum BareJoin : byte
{
    /// <summary>Only after an opener ("et" after "entre").</summary>
    No,

    /// <summary>Any two ends ("26 juin au 28 juin", "1982-1990").</summary>
    Yes,

    /// <summary>Two clock times only ("17 h à 18 h").</summary>
    Time,
}

/// <summary>A holiday's day: a fixed <paramref name="Month"/> and <paramref name="Day"/>, or (Month 0) <paramref name="EasterOffset"/> days from Easter Sunday.</summary>
/// <param name="Month">The month, or 0 for a day counted from Easter.</param>
/// <param name="Day">The day of the month.</param>
/// <param name="EasterOffset">Days from Easter Sunday.</param>
internal readonly record struct HolidayDate(int Month, int Day, int EasterOffset);

/// <summary>A phrase as the tokenizer cuts it: the folded form of each token ("jusqu'au" → "jusqu'", "au").</summary>
/// <param name="Tokens">The folded tokens.</param>
internal sealed record TokenPhrase(string[] Tokens)
{
    /// <summary>Tokenises and folds <paramref name="text"/>.</summary>
    public static TokenPhrase Of(string text)
    {
        var document = Document.Create(text);
        var tokens = new string[document.Tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            tokens[k] = document.FoldedOf(k).ToString();
        }

        return new TokenPhrase(tokens);
    }

    /// <summary>Whether the tokens of <paramref name="document"/> from <paramref name="start"/> on are this phrase.</summary>
    public bool At(Document document, int start)
    {
        if (start < 0 || start + Tokens.Length > document.Tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < Tokens.Length; k++)
        {
            if (!document.FoldedOf(start + k).SequenceEqual(Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The words that compose dates into ranges, open ranges and sets: <c>Data/dates/range-words.tsv</c>,
/// <c>date-modifiers.tsv</c> and <c>set-words.tsv</c>. Read once; immutable, so thread-safe.
/// </summary>
internal sealed class DateCompositionLexicon
{
    private static readonly Lazy<DateCompositionLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private DateCompositionLexicon(
        List<TokenPhrase> openers,
        List<(TokenPhrase Phrase, BareJoin Bare)> joiners,
        List<(TokenPhrase Phrase, DateModifier Mod)> modifiers,
        FoldedMap<string> setWords,
        List<string> setWordForms,
        PhraseMatcher<HolidayDate> holidays)
    {
        Holidays = holidays;
        var last = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (phrase, _) in modifiers)
        {
            last[phrase.Tokens[^1]] = true;
        }

        ModifierLastWords = FoldedMap<bool>.FromFolded(last);
        Openers = openers;
        Joiners = joiners;
        Modifiers = modifiers;
        SetWords = setWords;
        SetWordForms = setWordForms;
    }

    /// <summary>The built-in lists.</summary>
    public static DateCompositionLexicon Default => Instance.Value;

    /// <summary>Words before a range's first end ("du", "entre", "à partir du"), longest first.</summary>
    public IReadOnlyList<TokenPhrase> Openers { get; }

    /// <summary>Words between a range's ends ("au", "et", "jusqu'au", "-"), longest first.</summary>
    public IReadOnlyList<(TokenPhrase Phrase, BareJoin Bare)> Joiners { get; }

    /// <summary>Words before a date that set its modifier ("avant", "depuis", "vers", "à la fin de"), longest first.</summary>
    public IReadOnlyList<(TokenPhrase Phrase, DateModifier Mod)> Modifiers { get; }

    /// <summary>The last word of every phrase of <see cref="Modifiers"/>: a date whose word before is none of them has no modifier.</summary>
    public FoldedMap<bool> ModifierLastWords { get; }

    /// <summary>Frequency adjectives and adverbs with their set period ("hebdomadaire" → P1W).</summary>
    public FoldedMap<string> SetWords { get; }

    /// <summary>Holiday names with their day (<c>Data/dates/holidays.tsv</c>).</summary>
    public PhraseMatcher<HolidayDate> Holidays { get; }

    /// <summary>The folded forms of <see cref="SetWords"/>, for the word table.</summary>
    public IReadOnlyList<string> SetWordForms { get; }

    private static DateCompositionLexicon Load()
    {
        var openers = new List<TokenPhrase>();
        var joiners = new List<(TokenPhrase, BareJoin)>();
        foreach (var row in EmbeddedData.ReadTsv("dates/range-words.tsv", "form", "role", "bare"))
        {
            var phrase = TokenPhrase.Of(row[0]);
            switch (row[1])
            {
                case "open":
                    openers.Add(phrase);
                    break;
                case "join":
                    joiners.Add((phrase, row[2] switch
                    {
                        "yes" => BareJoin.Yes,
                        "time" => BareJoin.Time,
                        "no" => BareJoin.No,
                        _ => throw row.Error($"unknown bare '{row[2]}'; expected yes, time or no"),
                    }));
                    break;
                default:
                    throw row.Error($"unknown role '{row[1]}'; expected open or join");
            }
        }

        var modifiers = new List<(TokenPhrase, DateModifier)>();
        foreach (var row in EmbeddedData.ReadTsv("dates/date-modifiers.tsv", "form", "mod"))
        {
            modifiers.Add((TokenPhrase.Of(row[0]), row[1] switch
            {
                "before" => DateModifier.Before,
                "after" => DateModifier.After,
                "since" => DateModifier.Since,
                "until" => DateModifier.Until,
                "approx" => DateModifier.Approx,
                "start" => DateModifier.Start,
                "mid" => DateModifier.Mid,
                "end" => DateModifier.End,
                _ => throw row.Error($"unknown mod '{row[1]}'"),
            }));
        }

        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadTsv("dates/set-words.tsv", "form", "timex"))
        {
            sets[TextFolding.Fold(row[0])] = row[1];
        }

        var holidays = new PhraseMatcher<HolidayDate>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("dates/holidays.tsv", "form", "month", "day", "easter"))
        {
            var date = row[3] == "-"
                ? new HolidayDate(int.Parse(row[1], CultureInfo.InvariantCulture), int.Parse(row[2], CultureInfo.InvariantCulture), 0)
                : new HolidayDate(0, 0, int.Parse(row[3], CultureInfo.InvariantCulture));
            if (date.Month is < 0 or > 12 || (date.Month > 0 && date.Day is < 1 or > 31) || !holidays.Add(row[0], date))
            {
                throw row.Error("a holiday needs a month (1-12) and a day, or an offset from Easter, and a word");
            }
        }

        // Longest first, so that "à partir du" wins over a shorter phrase it ends with.
        openers.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        joiners.Sort((a, b) => b.Item1.Tokens.Length.CompareTo(a.Item1.Tokens.Length));
        modifiers.Sort((a, b) => b.Item1.Tokens.Length.CompareTo(a.Item1.Tokens.Length));
        return new DateCompositionLexicon(openers, joiners, modifiers, FoldedMap<string>.FromFolded(sets), [.. sets.Keys], holidays.Build());
    }
}
