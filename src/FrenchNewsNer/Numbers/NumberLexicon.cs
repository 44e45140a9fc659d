using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// The number words of one regional variant, read once from the embedded
/// <c>Data/numbers/number-words.tsv</c> into frozen span-keyed tables: plain words, multi-part words
/// ("quatre-vingt"), ordinal suffixes for digits ("er", "e") and magnitudes ("k", "Md").
/// </summary>
internal sealed class NumberLexicon
{
    private const string Resource = "numbers/number-words.tsv";

    // The rows are parsed once and shared by every variant; each variant keeps the rows of its regions.
    private static readonly Lazy<IReadOnlyList<(NumberWord Word, string[] Regions)>> Rows = new(LoadRows, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FoldedMap<NumberWord> _words;
    private readonly FoldedMap<NumberWord[]> _compounds;
    private readonly FoldedMap<NumberWord> _suffixes;
    private readonly NumberWord[] _fuzzyOrdinals;
    private readonly FoldedPrefilter _firstParts;
    private readonly FoldedPrefilter _suffixFilter;

    private NumberLexicon(FoldedMap<NumberWord> words, FoldedMap<NumberWord[]> compounds, FoldedMap<NumberWord> suffixes, NumberWord[] magnitudes, NumberWord[] fuzzyOrdinals, FoldedPrefilter firstParts, FoldedPrefilter suffixFilter)
    {
        _suffixFilter = suffixFilter;
        _words = words;
        _firstParts = firstParts;
        _compounds = compounds;
        _suffixes = suffixes;
        Magnitudes = magnitudes;
        _fuzzyOrdinals = fuzzyOrdinals;
    }

    /// <summary>The magnitudes ("k", "M", "Md"), compared on the original text when exact-case.</summary>
    public IReadOnlyList<NumberWord> Magnitudes { get; }

    /// <summary>Builds the tables for the rows whose region <paramref name="acceptsRegion"/> accepts ("*" always is).</summary>
    public static NumberLexicon Create(Func<string, bool> acceptsRegion)
    {
        var words = new FoldedMap<NumberWord>.Builder();
        var compounds = new Dictionary<string, List<NumberWord>>(StringComparer.Ordinal);
        var suffixes = new FoldedMap<NumberWord>.Builder();
        var magnitudes = new List<NumberWord>();
        var fuzzy = new List<NumberWord>();
        var firstParts = new FoldedPrefilter.Builder();
        var suffixFilter = new FoldedPrefilter.Builder();
        foreach (var (word, regions) in Rows.Value)
        {
            if (!Array.Exists(regions, r => r == "*" || acceptsRegion(r)))
            {
                continue;
            }

            switch (word.Class)
            {
                case NumberWordClass.Suffix:
                    suffixes.AddFolded(word.Parts[0], word);
                    suffixFilter.Add(word.Parts[0]);
                    continue;
                case NumberWordClass.Magnitude:
                    magnitudes.Add(word);
                    continue;
            }

            foreach (var form in WithPlural(word))
            {
                if (form.Parts.Length == 1)
                {
                    words.AddFolded(form.Parts[0], form);
                    firstParts.Add(form.Parts[0]);
                    // Typos are forgiven only on long ordinals ("dizième", "dix-huirième"), where one
                    // wrong letter cannot turn another word into a number.
                    if (form.Ordinal && !form.IsPlural && form.Parts[0].Length >= MinFuzzyLength && !form.Has(NumberWordFlags.CompoundOnly))
                    {
                        fuzzy.Add(form);
                    }
                }
                else
                {
                    if (!compounds.TryGetValue(form.Parts[0], out var list))
                    {
                        compounds[form.Parts[0]] = list = new List<NumberWord>();
                    }

                    list.Add(form);
                }
            }
        }

        var compoundMap = new FoldedMap<NumberWord[]>.Builder();
        foreach (var (first, list) in compounds)
        {
            list.Sort((a, b) => b.Parts.Length.CompareTo(a.Parts.Length));
            compoundMap.AddFolded(first, list.ToArray());
            firstParts.Add(first);
        }

        // What else a reading may start with, so that one filter answers for every token: a minus sign
        // ("-4", "−4") and a leading decimal comma (",08").
        firstParts.Add("-").Add("\u2212").Add(",");

        return new NumberLexicon(words.Build(), compoundMap.Build(), suffixes.Build(), magnitudes.ToArray(), fuzzy.ToArray(), firstParts.Build(), suffixFilter.Build());
    }

    /// <summary>The shortest ordinal that a one-letter typo may stand for.</summary>
    public const int MinFuzzyLength = 7;

    /// <summary>A one-part word ("vingt", "cinquièmes").</summary>
    public bool TryGetWord(ReadOnlySpan<char> foldedPart, out NumberWord word)
    {
        // Asked about many words that are none (the word after digits, before a number): the filter,
        // which holds every one-part word, answers most without hashing.
        if (!_firstParts.MayContain(foldedPart))
        {
            word = null!;
            return false;
        }

        return _words.TryGetValue(foldedPart, out word);
    }

    /// <summary>A one-part word whose <see cref="FoldedHash.Of"/> the caller has computed.</summary>
    public bool TryGetWord(ReadOnlySpan<char> foldedPart, int hash, out NumberWord word) => _words.TryGetValue(foldedPart, hash, out word);

    /// <summary>The multi-part words starting with <paramref name="foldedPart"/> (of hash <paramref name="hash"/>), longest first, or null.</summary>
    public NumberWord[]? CompoundsStartingWith(ReadOnlySpan<char> foldedPart, int hash) =>
        _compounds.TryGetValue(foldedPart, hash, out var list) ? list : null;

    /// <summary>
    /// Whether <paramref name="foldedPart"/> may be the first part of a number word: a one-part word, the
    /// first part of a multi-part word, or a typo of a long ordinal. False means certainly not, which is
    /// the answer for nearly every word of a text; true means "look it up".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartWord(ReadOnlySpan<char> foldedPart) =>
        _firstParts.MayContain(foldedPart) || (foldedPart.Length >= MinFuzzyLength && EndsWithIeme(foldedPart));

    // "ieme" as one 64-bit comparison of the last four characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsWithIeme(ReadOnlySpan<char> foldedPart) =>
        MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(foldedPart[^4..])) == IemeBits;

    private static readonly ulong IemeBits = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes("ieme".AsSpan()));

    /// <summary>Whether <paramref name="folded"/> may be an ordinal suffix; false means certainly not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeSuffix(ReadOnlySpan<char> folded) => _suffixFilter.MayContain(folded);

    /// <summary>An ordinal suffix for digits ("er", "e", "eme").</summary>
    public bool TryGetSuffix(ReadOnlySpan<char> folded, out NumberWord suffix)
    {
        if (!_suffixFilter.MayContain(folded))
        {
            suffix = null!;
            return false;
        }

        return _suffixes.TryGetValue(folded, out suffix);
    }

    /// <summary>
    /// An ordinal one typo away from <paramref name="foldedPart"/> ("dizieme" → dixième), for a word
    /// ending in "ieme" that is no known word. One substitution, insertion or deletion.
    /// </summary>
    public bool TryGetFuzzyOrdinal(ReadOnlySpan<char> foldedPart, out NumberWord word)
    {
        word = null!;
        if (foldedPart.Length < MinFuzzyLength || !foldedPart.EndsWith("ieme"))
        {
            return false;
        }

        foreach (var candidate in _fuzzyOrdinals)
        {
            if (WithinOneEdit(foldedPart, candidate.Parts[0]))
            {
                word = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return false; // equal: not a typo (and found by the exact look-up anyway)
        }

        if (a.Length == b.Length)
        {
            return a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..]);
        }

        return a.Length > b.Length ? a[(prefix + 1)..].SequenceEqual(b[prefix..]) : a[prefix..].SequenceEqual(b[(prefix + 1)..]);
    }

    private static IEnumerable<NumberWord> WithPlural(NumberWord word)
    {
        yield return word;
        var pluralizable = word.Ordinal
            || word.Class is NumberWordClass.Scale or NumberWordClass.Collective or NumberWordClass.Fraction;
        var last = word.Parts[^1];
        if (pluralizable && !word.Has(NumberWordFlags.NoPlural) && !word.IsPlural && !last.EndsWith('s') && !last.EndsWith('x'))
        {
            var parts = (string[])word.Parts.Clone();
            parts[^1] = last + "s";
            yield return word with { Parts = parts, Flags = word.Flags | NumberWordFlags.Plural };
        }
    }

    private static List<(NumberWord, string[])> LoadRows()
    {
        var rows = new List<(NumberWord, string[])>();
        foreach (var row in EmbeddedData.ReadTsv(Resource, "word", "value", "class", "form"))
        {
            var written = row[0];
            var parts = TextFolding.Fold(written).Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                throw row.Error("the word is blank once folded");
            }

            var value = ParseValue(row, row[1]);
            var wordClass = row.ParseEnum<NumberWordClass>(2, "class");

            var ordinal = row[3] switch
            {
                "cardinal" => false,
                "ordinal" => true,
                _ => throw row.Error($"form must be 'cardinal' or 'ordinal', not '{row[3]}'"),
            };

            var regions = row.Fields.Length > 4 && row[4].Length > 0 ? row[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : ["*"];
            var flags = NumberWordFlags.None;
            if (row.Fields.Length > 5)
            {
                foreach (var name in row[5].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    flags |= ParseFlag(row, name);
                }
            }

            rows.Add((new NumberWord(written, parts, value, wordClass, ordinal, flags), regions));
        }

        return rows;
    }

    private static double ParseValue(TsvRow row, string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && double.TryParse(text.AsSpan(0, slash), NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator)
            && double.TryParse(text.AsSpan(slash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var denominator)
            && denominator != 0)
        {
            return numerator / denominator;
        }

        if (slash < 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw row.Error($"the value '{text}' is neither a number nor a ratio a/b");
    }

    private static NumberWordFlags ParseFlag(TsvRow row, string name) => name switch
    {
        "article" => NumberWordFlags.Article,
        "teens" => NumberWordFlags.Teens,
        "closed" => NumberWordFlags.Closed,
        "plural" => NumberWordFlags.Plural,
        "alone" => NumberWordFlags.Alone,
        "compound-only" => NumberWordFlags.CompoundOnly,
        "no-plural" => NumberWordFlags.NoPlural,
        "needs-determiner" => NumberWordFlags.NeedsDeterminer,
        "spaced" => NumberWordFlags.Spaced,
        "glued" => NumberWordFlags.Glued,
        "exact-case" => NumberWordFlags.ExactCase,
        "code-guard" => NumberWordFlags.CodeGuard,
        _ => throw row.Error($"unknown flag '{name}'"),
    };
}
