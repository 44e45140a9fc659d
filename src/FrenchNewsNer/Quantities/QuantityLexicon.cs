using System.Collections.Frozen;
using System.Globalization;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>
/// The unit table (<c>Data/quantities/units.tsv</c>) and the context words
/// (<c>Data/quantities/context.tsv</c>) of the Quantity recogniser, read once on first use into
/// immutable matchers shared by every thread.
/// </summary>
internal sealed class QuantityLexicon
{
    /// <summary>The symbol of the Julian year in seconds: the unit an age is reported in.</summary>
    public const double SecondsPerYear = 31_557_600;

    private static readonly Lazy<QuantityLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // The filter of the phrases of Cues. The recogniser tries context phrases at every position around a
    // number, and nearly no token starts one; it turns a token away before its hash look-up.
    private readonly PhraseStartFilter _cueStarts;

    // Units written after a number ("250 km", "2,3 milliards d'euros") and before it ("$5", "EUR 1000",
    // "pourcentage de vingt").
    private readonly UnitTable _after;
    private readonly UnitTable _before;

    private QuantityLexicon(
        UnitTable after,
        UnitTable before,
        FoldedMap<UnitDefinition> singleWordAfter,
        PhraseMatcher<QuantityCue> cues,
        int maxCueTokens,
        FrozenDictionary<string, double> symbolFactors,
        UnitDefinition? minute,
        PhraseStartFilter cueStarts)
    {
        _cueStarts = cueStarts;
        _after = after;
        _before = before;
        SingleWordAfter = singleWordAfter;
        Cues = cues;
        MaxCueTokens = maxCueTokens;
        SymbolFactors = symbolFactors;
        Minute = minute;
    }

    /// <summary>The built-in lexicon.</summary>
    public static QuantityLexicon Default => Instance.Value;

    /// <summary>Units written after a number.</summary>
    internal UnitTable UnitsAfter => _after;

    /// <summary>Units written before a number.</summary>
    internal UnitTable UnitsBefore => _before;

    /// <summary>One-word units after a number, by folded word: the end of "trois-tonnes" or "demi-heure".</summary>
    public FoldedMap<UnitDefinition> SingleWordAfter { get; }

    /// <summary>Hedges, scales and the context words that decide between readings.</summary>
    public PhraseMatcher<QuantityCue> Cues { get; }

    /// <summary>The longest context phrase, in tokens: how far back a phrase ending at a token can start.</summary>
    public int MaxCueTokens { get; }

    /// <summary>
    /// The factor of each unit symbol written as itself ("min" → 60, "USD" → 1): a compound amount is
    /// reported in its smallest symbol, so its number is its SI value divided by that factor.
    /// </summary>
    public FrozenDictionary<string, double> SymbolFactors { get; }

    /// <summary>The minute ("min"), for minutes written after hours without their unit ("en 3 h 15"); null when the table has none.</summary>
    public UnitDefinition? Minute { get; }

    /// <summary>The longest unit written after a number that starts at token <paramref name="index"/> (see <see cref="UnitTable.TryMatch"/>).</summary>
    public bool TryMatchAfter(Document document, int index, out int tokenCount, out UnitDefinition unit) =>
        _after.TryMatch(document, index, out tokenCount, out unit);

    /// <summary>The longest unit written before a number that starts at token <paramref name="index"/>.</summary>
    public bool TryMatchBefore(Document document, int index, out int tokenCount, out UnitDefinition unit) =>
        _before.TryMatch(document, index, out tokenCount, out unit);

    /// <summary>The longest phrase of <see cref="Cues"/> starting at token <paramref name="index"/>.</summary>
    public bool TryMatchCue(Document document, int index, out int tokenCount, out QuantityCue cue)
    {
        if (!_cueStarts.MayStartAt(document, index, document.FoldedOf(index)))
        {
            tokenCount = 0;
            cue = default!;
            return false;
        }

        return Cues.TryMatch(document, index, out tokenCount, out cue);
    }

    /// <summary>Where a unit written before a number may start; false means certainly not.</summary>
    public PhraseStartFilter UnitsBeforeStart => _before.Starts;

    /// <summary>Builds a lexicon from TSV text (tests use this to check the data rules).</summary>
    internal static QuantityLexicon Build(List<TsvRow> unitRows, List<TsvRow> cueRows)
    {
        // Classes, not tuples, as dictionary values: a dictionary of class values shares the runtime's
        // precompiled code, while each tuple type compiled a dictionary of its own at start-up.
        var afterUnits = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        var beforeUnits = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        var symbolFactors = new Dictionary<string, FactorEntry>(StringComparer.Ordinal);
        foreach (var row in unitRows)
        {
            var (surface, definition, position) = ParseUnit(row);
            if (definition.Class != UnitClass.Subunit)
            {
                if (symbolFactors.TryGetValue(definition.Unit, out var known) && known.Factor != definition.Factor)
                {
                    throw row.Error($"unit '{definition.Unit}' has factor {Format(definition.Factor)} here but {Format(known.Factor)} on line {known.Row.Line}");
                }

                symbolFactors.TryAdd(definition.Unit, new FactorEntry(definition.Factor, row));
            }

            if (position is "after" or "both")
            {
                AddUnit(afterUnits, surface, definition, row);
            }

            if (position is "before" or "both")
            {
                AddUnit(beforeUnits, surface, definition, row);
            }
        }

        var singleWord = new FoldedMap<UnitDefinition>.Builder();
        foreach (var (key, (_, definition, _)) in afterUnits)
        {
            if (!key.Contains('\u0001', StringComparison.Ordinal) && definition.ExactForms is null && definition.CapitalTokens == 0 && char.IsLetter(key[0]))
            {
                singleWord.AddFolded(key, definition);
            }
        }

        var (cues, maxCueTokens, cueKeys) = BuildCues(cueRows);
        var minute = afterUnits.TryGetValue("min", out var minuteEntry) && minuteEntry.Definition.Dimension == QuantityDimension.Duration ? minuteEntry.Definition : null;
        return new QuantityLexicon(
            UnitTable.Build(afterUnits.Select(p => (p.Key, p.Value.Surface, p.Value.Definition))),
            UnitTable.Build(beforeUnits.Select(p => (p.Key, p.Value.Surface, p.Value.Definition))),
            singleWord.Build(),
            cues,
            maxCueTokens,
            symbolFactors.ToFrozenDictionary(p => p.Key, p => p.Value.Factor, StringComparer.Ordinal),
            minute,
            PhraseStartFilter.FromTokenKeys(cueKeys));
    }

    /// <summary>Evaluates a factor or offset: numbers, <c>pi</c>, <c>+ - * /</c> with the usual precedence.</summary>
    internal static bool TryEvaluate(string expression, out double value)
    {
        var position = 0;
        value = 0;
        if (expression.Length == 0 || !TrySum(expression, ref position, out value))
        {
            return false;
        }

        return position == expression.Length && double.IsFinite(value);
    }

    private static QuantityLexicon Load() =>
        Build(
            EmbeddedData.ReadTsv("quantities/units.tsv", "surface", "unit", "dimension", "factor"),
            EmbeddedData.ReadTsv("quantities/context.tsv", "phrase", "role"));

    private static (string Surface, UnitDefinition Definition, string Position) ParseUnit(TsvRow row)
    {
        var surface = row[0];
        var dimension = row.ParseEnum<QuantityDimension>(2, "dimension", ignoreCase: false);

        if (!TryEvaluate(row[3], out var factor) || factor <= 0)
        {
            throw row.Error($"the factor '{row[3]}' is not a positive number or expression");
        }

        var offset = 0.0;
        if (Field(row, 4) is { Length: > 0 } offsetText && !TryEvaluate(offsetText, out offset))
        {
            throw row.Error($"the offset '{offsetText}' is not a number or expression");
        }

        var position = Field(row, 5) is { Length: > 0 } p ? p : "after";
        if (position is not ("after" or "before" or "both"))
        {
            throw row.Error($"unknown position '{position}'; expected after, before or both");
        }

        var unitClass = Field(row, 6) switch
        {
            "" => UnitClass.Plain,
            "age" => UnitClass.Age,
            "agecue" => UnitClass.AgeWithCue,
            "hour" => UnitClass.Hour,
            "degree" => UnitClass.Degree,
            "turn" => UnitClass.Turn,
            "pound" => UnitClass.Pound,
            "subunit" => UnitClass.Subunit,
            "percentprefix" => UnitClass.PercentPrefix,
            var other => throw row.Error($"unknown class '{other}'"),
        };

        var document = Document.Create(surface);
        if (document.Tokens.Length == 0)
        {
            throw row.Error("the surface has no token");
        }

        uint glued = 0;
        for (var k = 1; k < document.Tokens.Length && k < 32; k++)
        {
            var token = document.Tokens[k];
            var folded = document.FoldedOf(k);
            if (document.IsGlued(k) && (token.IsNumber || folded is "." or "²" or "³"))
            {
                glued |= 1u << k;
            }
        }

        uint capitals = 0;
        switch (Field(row, 7))
        {
            case "":
                break;
            case "capitals":
                for (var k = 0; k < document.Tokens.Length && k < 32; k++)
                {
                    if (IsWrittenInCapitals(document.OriginalOf(k)))
                    {
                        capitals |= 1u << k;
                    }
                }

                if (capitals == 0)
                {
                    throw row.Error("the case 'capitals' needs a token written in capitals");
                }

                break;
            case var other:
                throw row.Error($"unknown case '{other}'; expected capitals or nothing");
        }

        var exact = surface.Length == 1 && char.IsLetter(surface[0]) ? surface : null;
        return (surface, new UnitDefinition(row[1], dimension, factor, offset, unitClass, exact, glued, capitals), position);
    }

    /// <summary>Whether <paramref name="word"/> has a letter and no lower-case letter ("AU", "US").</summary>
    internal static bool IsWrittenInCapitals(ReadOnlySpan<char> word)
    {
        var letter = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static void AddUnit(Dictionary<string, UnitEntry> units, string surface, UnitDefinition definition, TsvRow row)
    {
        var key = TokenKey(surface);
        if (units.TryGetValue(key, out var existing))
        {
            // "l" and "L" are one folded phrase: merge the letters they may be written as.
            var merged = existing.Definition with { ExactForms = null };
            if (merged != (definition with { ExactForms = null }))
            {
                throw row.Error($"'{surface}' is defined differently on line {existing.Row.Line}");
            }

            var forms = existing.Definition.ExactForms is null || definition.ExactForms is null ? null : existing.Definition.ExactForms + definition.ExactForms;
            units[key] = existing with { Definition = existing.Definition with { ExactForms = forms } };
            return;
        }

        units[key] = new UnitEntry(surface, definition, row);
    }

    private static (PhraseMatcher<QuantityCue> Cues, int MaxTokens, IEnumerable<string> TokenKeys) BuildCues(List<TsvRow> rows)
    {
        var byKey = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        var maxTokens = 1;
        foreach (var row in rows)
        {
            var surface = row[0];
            var role = row[1] switch
            {
                "hedge" => CueRole.Hedge,
                "hedge-after" => CueRole.HedgeAfter,
                "collective" => CueRole.Collective,
                "scale" => CueRole.Scale,
                "scale-abbrev" => CueRole.ScaleAbbreviation,
                "duration-before" => CueRole.DurationBefore,
                "duration-noun" => CueRole.DurationNoun,
                "duration-after" => CueRole.DurationAfter,
                "age-before" => CueRole.AgeBefore,
                "age-verb" => CueRole.AgeVerb,
                "age-adverb" => CueRole.AgeAdverb,
                "age-after" => CueRole.AgeAfter,
                "age-noun" => CueRole.AgeNoun,
                "angle-cue" => CueRole.AngleCue,
                "turn-cue" => CueRole.TurnCue,
                "time-before" => CueRole.TimeBefore,
                "time-after" => CueRole.TimeAfter,
                "degree-after" => CueRole.DegreeAfter,
                var other => throw row.Error($"unknown role '{other}'"),
            };

            var value = 0.0;
            if (role is CueRole.Collective or CueRole.ScaleAbbreviation or CueRole.Scale)
            {
                if (!TryEvaluate(Field(row, 2), out value) || value <= 0)
                {
                    throw row.Error($"the role '{row[1]}' needs a positive value");
                }
            }

            var tokenCount = Document.Create(surface).Tokens.Length;
            if (tokenCount == 0)
            {
                throw row.Error("the phrase has no token");
            }

            maxTokens = Math.Max(maxTokens, tokenCount);
            var key = TokenKey(surface);
            if (!byKey.TryGetValue(key, out var entry))
            {
                byKey[key] = entry = new CueEntry(surface);
            }

            if (value != 0 && entry.Value != 0 && entry.Value != value)
            {
                throw row.Error($"'{surface}' has two different values");
            }

            entry.Roles |= role;
            entry.Value = value != 0 ? value : entry.Value;
            if (surface.Length == 1 && char.IsLetter(surface[0]))
            {
                // One letter is read exactly as listed: "a" the verb is not "à" the preposition, "k" a
                // thousand is not "K" the kelvin. French drops accents on capitals, so "à" may also be
                // written "À" or "A" (which, capitalised, is never the verb "a").
                var letter = surface[0];
                var baseLetter = TextFolding.Fold(surface)[0];
                var forms = char.IsLower(letter) && baseLetter != letter
                    ? string.Concat(surface, char.ToUpperInvariant(letter).ToString(), char.ToUpperInvariant(baseLetter).ToString())
                    : surface;
                entry.Letters ??= new List<(string, CueRole)>();
                entry.Letters.Add((forms, role));
            }
        }

        var builder = new PhraseMatcher<QuantityCue>.Builder();
        foreach (var (_, entry) in byKey)
        {
            builder.Add(entry.Surface, new QuantityCue(entry.Roles, entry.Value, entry.Letters?.ToArray()));
        }

        return (builder.Build(), maxTokens, byKey.Keys);
    }

    private static string TokenKey(string surface)
    {
        var document = Document.Create(surface);
        var parts = new string[document.Tokens.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = document.FoldedOf(i).ToString();
        }

        return string.Join('\u0001', parts);
    }

    private static string Field(TsvRow row, int index) => index < row.Fields.Length ? row[index] : string.Empty;

    /// <summary>A unit while the table is read: the surface first listed, its definition and its line.</summary>
    private sealed record UnitEntry(string Surface, UnitDefinition Definition, TsvRow Row);

    /// <summary>A unit symbol's factor while the table is read, with the line that gave it.</summary>
    private sealed record FactorEntry(double Factor, TsvRow Row);

    /// <summary>A cue phrase while the table is read: every role and letter form listed for it.</summary>
    private sealed class CueEntry(string surface)
    {
        public string Surface { get; } = surface;

        public CueRole Roles { get; set; }

        public double Value { get; set; }

        public List<(string Forms, CueRole Roles)>? Letters { get; set; }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool TrySum(string s, ref int position, out double value)
    {
        if (!TryProduct(s, ref position, out value))
        {
            return false;
        }

        while (position < s.Length && s[position] is '+' or '-')
        {
            var op = s[position++];
            if (!TryProduct(s, ref position, out var right))
            {
                return false;
            }

            value = op == '+' ? value + right : value - right;
        }

        return true;
    }

    private static bool TryProduct(string s, ref int position, out double value)
    {
        if (!TryAtom(s, ref position, out value))
        {
            return false;
        }

        while (position < s.Length && s[position] is '*' or '/')
        {
            var op = s[position++];
            if (!TryAtom(s, ref position, out var right))
            {
                return false;
            }

            value = op == '*' ? value * right : value / right;
        }

        return true;
    }

    private static bool TryAtom(string s, ref int position, out double value)
    {
        if (string.CompareOrdinal(s, position, "pi", 0, 2) == 0)
        {
            position += 2;
            value = Math.PI;
            return true;
        }

        var start = position;
        while (position < s.Length && (char.IsAsciiDigit(s[position]) || s[position] is '.' || (s[position] is 'e' or 'E' && position > start)
            || (s[position] is '-' or '+' && position > start && s[position - 1] is 'e' or 'E')))
        {
            position++;
        }

        return double.TryParse(s.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }
}
