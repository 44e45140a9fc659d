using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Quantities;

/// <summary>
/// Proposes Quantity entities: a number (read by the shared <see cref="FrenchNumberParser"/>) with a
/// unit of measure, a currency or a percentage from <c>Data/quantities/units.tsv</c>, valued per
/// FORMAT.md (number in the stated unit, unit symbol, dimension, SI value, approximate).
/// </summary>
/// <remarks>
/// <para>What it reads, left to right in one pass over the tokens:</para>
/// <list type="bullet">
/// <item>number [scale word] [de|d'] unit: "250 km", "250km", "2,5-km", "2,3 milliards d'euros", "12 millions de dollars",
/// "4000000 de degrés" ("de" only after a scale word, a collective or a whole number of millions);
/// an abbreviated scale before the unit: "5 M€", "200k K";</item>
/// <item>a currency sign or code before the number: "$5", "€ 20", "US$ 3", "EUR 1000", "£ 8,10 millions";
/// "pourcentage de vingt";</item>
/// <item>whatever number the parser reads ("0.8rad", "1/4 kilomètre", "10 1/2 mile", "1,1^23 %", "trente cinq ans");
/// collectives "une centaine de kilomètres" (100, approximate), "un demi tour", "une demi-heure", "trois-tonnes";
/// a sign for temperatures and percentages ("-5 °C", "- 20 degrés", "moins 5 degrés", "-0,3 %");</item>
/// <item>compound amounts, reported in the smallest stated unit: "deux heures et vingt minutes" = 140 min,
/// "en 3 h 15" = 195 min, "un an et demi" = 1.5 yr, "1 m 85" = 1.85 m; money in its main unit:
/// "15 dollars et 15 cents" = 15.15 USD, "15 dollars 50." = 15.5 USD;</item>
/// <item>hedges before the number or after the quantity stay outside the span and set approximate ("environ",
/// "près de", "plus de", "jusqu'à", "250 km environ").</item>
/// </list>
/// <para>
/// Ranges: "entre 10 et 20 km" and "de 5 à 7 %" give two quantities, the unit carried back to the first
/// number, whose span is the number alone ("10" = 10 km; "20 km"). A range value would fit no FORMAT.md field,
/// and two quantities keep each number's exact span. The unit is carried only inside these two French range
/// frames: in "huit à 10 pieds" or "40 - 50 ans" the bare "à" or dash may as well be a score or a list, so the
/// first number stays a number.
/// </para>
/// <para>
/// Age and duration: "an"/"ans" read as an age (unit yr, SI in years) unless the context says duration
/// ("pendant dix ans", "il y a dix ans", "une peine de dix ans", "dix ans de prison", "dix ans plus tard");
/// "jours", "semaines", "mois", "années" read as a duration unless the context says age ("âgé de", "à l'âge de",
/// "un bébé de 10 mois", "elle était seulement dix mois", "une femme d'une trentaine d'années",
/// "dix-huit mois d'âge" — whose "d'âge" joins the span).
/// In news, "Kim, 39 ans," and "un homme de 45 ans" are the common use of "ans". The cue words are data
/// (<c>Data/quantities/context.tsv</c>).
/// </para>
/// <para>
/// Never a quantity: a bare count ("deux dirigeants", "12 millions d'habitants"); digits glued after a
/// letter or inside a code or date ("G8", "A380", "13/09/2023", URLs); a clock time ("14h30", "à 17 h",
/// "17 heures 30", "cinq heures du soir", a listing's "9 h."); "un"/"une" before a time unit without a duration
/// cue ("un jour, il viendra") or before a measure ("un pied", "une tonne de questions"); a one-letter unit in
/// the wrong case ("M. Kim" is not metres; "K" is kelvin, "k" a thousand); a bare "°" before a noun, the
/// ordinal sign of older texts ("le 25° anniversaire"); "livres" counted as books ("trois livres anciens":
/// pounds of mass need decimals or the end of the sentence, pounds sterling a scale word or "sterling").
/// </para>
/// <para>
/// Linear time: one pass over the tokens; at each token a bounded amount of work (a context phrase has at
/// most a few tokens, the parser reads a bounded number of words, a compound at most three parts). Words are
/// compared as folded spans of the document; nothing is allocated per token (only a hyphenated word that ends
/// in a unit, "trois-tonnes", has its prefix parsed as a small document of its own).
/// </para>
/// </remarks>
internal sealed class QuantityRecognizer : IEntityRecognizer
{
    // How far back (in tokens, within the sentence) an angle or turn cue may stand before the number.
    private const int CueWindow = 8;

    private static readonly UnitDefinition AngleDegree = new("°", QuantityDimension.Other, Math.PI / 180, 0, UnitClass.Plain, null, 0);
    private static readonly UnitDefinition PoundSterling = new("GBP", QuantityDimension.Currency, 1, 0, UnitClass.Plain, null, 0);

    private readonly FrenchNumberParser _numbers;
    private readonly QuantityLexicon _lexicon;

    /// <summary>Creates the recogniser over the built-in unit table.</summary>
    /// <param name="numbers">The shared number parser.</param>
    public QuantityRecognizer(FrenchNumberParser numbers)
        : this(numbers, QuantityLexicon.Default)
    {
    }

    /// <summary>Creates the recogniser over <paramref name="lexicon"/>.</summary>
    internal QuantityRecognizer(FrenchNumberParser numbers, QuantityLexicon lexicon)
    {
        _numbers = numbers ?? throw new ArgumentNullException(nameof(numbers));
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <inheritdoc />
    public EntityKindSet Produces => EntityKindSet.Of(EntityKind.Quantity);

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        if (!context.Kinds.Contains(EntityKind.Quantity) || document.Tokens.Length == 0)
        {
            return;
        }

        new Scan(this, document, output).Run();
    }

    /// <summary>A number read for a quantity, with what follows it.</summary>
    private struct Amount
    {
        public int First;           // first token: the number, or its minus sign
        public int Next;            // the token after the number
        public double Value;
        public bool Article;        // the single word "un"/"une"
        public bool AllowsDe;       // a scale word, collective or whole millions: "de" may precede the unit
        public bool Approximate;    // a collective ("une centaine")
        public bool Negative;
        public bool SpacedMinus;    // "- 20": read only before a temperature
        public bool Integer;        // written with digits or words, no decimal part
        public double Scale;        // the value of a scale word ending the number ("3 milliards"), or 0
    }

    /// <summary>A unit matched after (or before) a number.</summary>
    private struct UnitMatch
    {
        public UnitDefinition Definition;
        public int Start;           // the unit's first token
        public int Next;            // the token after the unit
        public double Multiplier;   // 0.5 for "demi-heure", otherwise 1
    }

    /// <summary>The per-document state of one pass: on the stack, so the recogniser stays shareable.</summary>
    private readonly ref struct Scan
    {
        private readonly QuantityRecognizer _owner;
        private readonly Document _document;
        private readonly TokenList _tokens;
        private readonly List<Candidate> _output;
        private readonly QuantityLexicon _lexicon;

        // The number reader's memo of this document, whose start bits say at which tokens a number may
        // start; null when the document holds another reader's memo.
        private readonly NumberMatchMemo? _numberStarts;

        // The folded shadow, held here for the test run at every token.
        private readonly ReadOnlySpan<char> _shadow;

        public Scan(QuantityRecognizer owner, Document document, List<Candidate> output)
        {
            _owner = owner;
            _document = document;
            _tokens = document.Tokens;
            _output = output;
            _lexicon = owner._lexicon;
            _numberStarts = owner._numbers.MemoFor(document);
            _shadow = document.ShadowSpan;
        }

        public void Run()
        {
            var lastBare = default(Amount);
            var hasBare = false;
            var runs = default(TechnicalRun);
            var i = 0;
            while (i < _tokens.Length)
            {
                // Nearly every token starts nothing a quantity is read from: turn it away with the cheap
                // tests first. Skipping it is what every reader would do (each fails there, with no effect).
                if (!MayStartHere(i, out var before) || IsTechnical(i, ref runs))
                {
                    i++;
                    continue;
                }

                if (before && TryPrefixed(i, out var next))
                {
                    hasBare = false;
                    i = next;
                    continue;
                }

                if (TryAmount(i, out var amount))
                {
                    if (TryQuantity(amount, hasBare ? lastBare : (Amount?)null, out next))
                    {
                        hasBare = false;
                        i = next;
                        continue;
                    }

                    if (amount.Negative)
                    {
                        // "-5 km": no negative length; read the number again without its sign.
                        i++;
                        continue;
                    }

                    lastBare = amount;
                    hasBare = true;
                    i = amount.Next;
                    continue;
                }

                if (TryHyphenated(i))
                {
                    hasBare = false;
                }

                i++;
            }
        }

        /// <summary>
        /// A necessary condition for <see cref="TryPrefixed"/>, <see cref="TryAmount"/> or
        /// <see cref="TryHyphenated"/> to succeed at token <paramref name="i"/>: the first token of a unit
        /// written before the number (<paramref name="before"/>, the condition of TryPrefixed alone), a
        /// token a number may start at (a minus sign included), or a hyphenated word.
        /// </summary>
        private bool MayStartHere(int i, out bool before)
        {
            var token = _tokens[i];
            before = _lexicon.MayStartBefore(_document, i, _shadow.Slice(token.FoldStart, token.FoldEnd - token.FoldStart));
            return before
                || token.IsNumber
                || (_numberStarts is { } starts ? starts.MayStart(i) : _owner._numbers.MayStartAt(_document, i))
                || (token.IsWord && token.Has(TokenFlags.Hyphenated) && !token.Has(TokenFlags.HasDigit))
                || IsMinus(i);
        }

        /// <summary>
        /// Whether token <paramref name="i"/> lies in a glued run of tokens that is a URL, an e-mail address
        /// or code ("?q=30%25", "%2D9114"): its digits are not quantities. The run is found and judged on
        /// first need and remembered in <paramref name="run"/>; the scan only moves forward, so each run is
        /// walked once and the test stays linear.
        /// </summary>
        private bool IsTechnical(int i, ref TechnicalRun run)
        {
            if (i < run.End)
            {
                return run.Technical;
            }

            // Runs are cut before each token with white space before it; the run of i starts at or after
            // the end of the last run judged, so the walk back never crosses it.
            var start = i;
            while (start > 0 && !_tokens[start].Has(TokenFlags.SpaceBefore))
            {
                start--;
            }

            var end = i + 1;
            while (end < _tokens.Length && !_tokens[end].Has(TokenFlags.SpaceBefore))
            {
                end++;
            }

            var technical = false;
            for (var t = start; t < end && !technical; t++)
            {
                technical = IsTechnicalSignal(t);
            }

            run = new TechnicalRun(end, technical);
            return technical;
        }

        /// <summary>The end (exclusive) of the last glued run judged, and whether it is technical.</summary>
        private readonly record struct TechnicalRun(int End, bool Technical);

        // ---- numbers -------------------------------------------------------------------------

        private bool TryAmount(int index, out Amount amount)
        {
            amount = default;
            if ((uint)index >= (uint)_tokens.Length)
            {
                return false;
            }

            var k = index;
            var negative = false;
            var spacedMinus = false;
            if (IsMinus(k) && k + 1 < _tokens.Length && _tokens[k + 1].IsNumber)
            {
                // A sign, not a dash between two numbers or inside a name ("75-300mm", "Su-35").
                if (_document.IsGlued(k) && (_tokens[k - 1].IsWord || _tokens[k - 1].IsNumber))
                {
                    return false;
                }

                negative = true;
                spacedMinus = !_document.IsGlued(k + 1);
                if (spacedMinus && (k == 0 || !_tokens[k - 1].IsWord || _tokens[k].Has(TokenFlags.NewlineBefore) || _tokens[k + 1].Has(TokenFlags.NewlineBefore)))
                {
                    return false;
                }

                k++;
            }

            var token = _tokens[k];
            if (!token.IsNumber && !token.IsWord)
            {
                return false;
            }

            // Digits glued after a letter, a digit or a separator are part of a name, code or date:
            // "G8", "A380", "13/09/2023", "1.5.2023". (A word glued after a full stop is only a missing space.)
            if (!negative && token.IsNumber && _document.IsGlued(k))
            {
                var previous = _tokens[k - 1];
                if ((previous.IsWord && !previous.Has(TokenFlags.Elision)) || previous.IsNumber || IsAnyChar(k - 1, "/.,:^_"))
                {
                    return false;
                }
            }

            if (!_owner._numbers.TryMatch(_document, k, out var match) || match.Ordinal || match.TokenCount <= 0 || match.FirstToken != k)
            {
                return false;
            }

            var value = match.Value;
            var next = match.NextToken;
            var integer = value == Math.Floor(value) && !_tokens[next - 1].Has(TokenFlags.DecimalComma);

            // The roles of a one-token phrase ending the number ("millions", "centaine"), looked up once.
            var lastRoles = _lexicon.TryMatchCue(_document, next - 1, out var lastCount, out var lastCue) && lastCount == 1
                ? lastCue.RolesAt(_document, next - 1)
                : CueRole.None;
            var allowsDe = (lastRoles & (CueRole.Scale | CueRole.Collective)) != 0
                || (_tokens[next - 1].IsNumber && value >= 1e6 && value % 1e6 == 0);
            var approximate = (lastRoles & CueRole.Collective) != 0;
            var scaleWord = (lastRoles & CueRole.Scale) != 0 && next - 1 > k ? lastCue.Value : 0;

            // "une centaine de kilomètres", "deux milliers de tonnes": approximate counts.
            if (integer && value is > 0 and < 1000 && TryCueAt(next, CueRole.Collective, out var collectiveCount, out var collective))
            {
                value *= collective.Value;
                next += collectiveCount;
                allowsDe = true;
                approximate = true;
            }

            amount = new Amount
            {
                First = index,
                Next = next,
                Value = negative ? -value : value,
                Article = match.TokenCount == 1 && (_document.IsWord(k, "un") || _document.IsWord(k, "une")) && next == k + 1,
                AllowsDe = allowsDe,
                Approximate = approximate,
                Negative = negative,
                SpacedMinus = spacedMinus,
                Integer = integer,
                Scale = scaleWord,
            };
            return true;
        }

        // ---- number then unit ----------------------------------------------------------------

        private bool TryQuantity(Amount amount, Amount? bare, out int next)
        {
            next = amount.Next;
            var value = amount.Value;
            var j = amount.Next;
            var half = false;
            if (amount.Article && (_document.IsWord(j, "demi") || _document.IsWord(j, "demie")))
            {
                value = 0.5; // "un demi tour"
                half = true;
                j++;
            }

            if (!TryUnitAfterNumber(j, amount.AllowsDe, ref value, out var unit))
            {
                return false;
            }

            half |= unit.Multiplier != 1;
            value *= unit.Multiplier;
            var definition = unit.Definition;
            var end = unit.Next;

            // Hedges and the context words before them.
            var left = SkipHedges(amount.First, out var approximate);
            approximate |= amount.Approximate;

            var dimension = definition.Dimension;
            var age = false;
            var explicitDuration = false;
            switch (definition.Class)
            {
                case UnitClass.Hour:
                    if (IsClockTime(amount, left, end))
                    {
                        return false;
                    }

                    explicitDuration = HasDurationCue(left, end);
                    break;
                case UnitClass.Age:
                case UnitClass.AgeWithCue:
                    var reading = ReadAgeOrDuration(left, end, definition, out var ageTokens);
                    age = reading == TimeReading.Age;
                    explicitDuration = reading == TimeReading.DurationByCue;
                    end += ageTokens;
                    break;
                case UnitClass.Degree:
                    if (IsOrdinalSign(unit.Start, end))
                    {
                        return false;
                    }

                    if (HasCueInClause(amount.First, CueRole.AngleCue))
                    {
                        definition = AngleDegree;
                        dimension = definition.Dimension;
                    }

                    break;
                case UnitClass.Turn:
                    if (!half && !HasCueInClause(amount.First, CueRole.TurnCue | CueRole.AngleCue))
                    {
                        return false;
                    }

                    break;
                case UnitClass.Pound:
                    if (amount.AllowsDe && !amount.Approximate)
                    {
                        definition = PoundSterling; // "361 millions de livres": money
                        dimension = definition.Dimension;
                    }
                    else if (amount.Integer && !EndsSentence(end))
                    {
                        // "trois livres anciens", "deux livres de recettes": books. A weight is said at the end
                        // of its sentence ("ce bébé pèse plus de deux livres.") or with decimals.
                        return false;
                    }

                    break;
                default:
                    if (dimension == QuantityDimension.Duration)
                    {
                        explicitDuration = HasDurationCue(left, end);
                    }

                    break;
            }

            // "il fait moins 5 degrés": the word for the sign ("moins de 5 degrés" is a hedge, read above).
            var spanStart = amount.First;
            if (dimension == QuantityDimension.Temperature && !amount.Negative && _document.IsWord(amount.First - 1, "moins")
                && !_tokens[amount.First].Has(TokenFlags.SentenceStart))
            {
                value = -value;
                spanStart = amount.First - 1;
            }

            // "un"/"une" is mostly an article: "un jour", "une tonne de questions", "un pied dans la porte".
            if (amount.Article && !half && !(dimension == QuantityDimension.Currency || age || (dimension == QuantityDimension.Duration && explicitDuration)))
            {
                return false;
            }

            // A sign belongs to temperatures and percentages ("-5 °C", "-0,3 %"); "- 20" with a space only to temperatures.
            if (amount.Negative && !(dimension == QuantityDimension.Temperature || (dimension == QuantityDimension.Percentage && !amount.SpacedMinus)))
            {
                return false;
            }

            // "un an et demi", "deux heures et demie"
            var number = value;
            var siBase = value * definition.Factor;
            var unitSymbol = definition.Unit;
            if (_document.IsWord(end, "et") && (_document.IsWord(end + 1, "demi") || _document.IsWord(end + 1, "demie"))
                && definition.Offset == 0 && dimension != QuantityDimension.Percentage)
            {
                number += 0.5;
                siBase = number * definition.Factor;
                end += 2;
            }
            else
            {
                var smallest = definition;
                var compoundEnd = ReadCompound(definition, end, !amount.AllowsDe, ref siBase, ref smallest);
                if (compoundEnd != end)
                {
                    // A compound amount is reported in its smallest stated unit, money in its main unit.
                    number = siBase / SymbolFactor(smallest);
                    unitSymbol = smallest.Unit;
                    end = compoundEnd;
                }
            }

            double si;
            if (age)
            {
                dimension = QuantityDimension.Age;
                si = siBase / QuantityLexicon.SecondsPerYear;
            }
            else
            {
                si = siBase + definition.Offset;
            }

            if (TryCueAt(end, CueRole.HedgeAfter, out _, out _))
            {
                approximate = true;
            }

            Emit(_tokens[spanStart].Start, _tokens[end - 1].End, number, unitSymbol, dimension, si, approximate);

            // "entre 10 et 20 km", "de 5 à 7 %": the first number takes the unit too.
            if (bare is { } first && !amount.Negative && !first.Negative && IsRangeOf(first, amount))
            {
                // "entre 2 et 3 milliards": the scale is shared too.
                var firstValue = first.Scale == 0 && amount.Scale != 0 ? first.Value * amount.Scale : first.Value;
                var firstSi = age ? firstValue * definition.Factor / QuantityLexicon.SecondsPerYear : definition.ToSi(firstValue);
                Emit(_tokens[first.First].Start, _tokens[first.Next - 1].End, firstValue, definition.Unit, dimension, firstSi, first.Approximate);
            }

            next = end;
            return true;
        }

        private bool TryUnitAfterNumber(int j, bool allowsDe, ref double value, out UnitMatch unit)
        {
            // "5 M€", "200k K": an abbreviated scale counts only when a unit follows it.
            if (TryCueAt(j, CueRole.ScaleAbbreviation, out var scaleCount, out var scale) && TryUnitAt(j + scaleCount, out unit))
            {
                value *= scale.Value;
                return true;
            }

            if (TryUnitAt(j, out unit))
            {
                return true;
            }

            // "2,5-km"
            if (IsChar(j, '-') && _document.IsGlued(j) && _document.IsGlued(j + 1) && TryUnitAt(j + 1, out unit))
            {
                return true;
            }

            // "2,3 milliards d'euros", "4000000 de degrés"
            if (allowsDe && (_document.IsWord(j, "de") || _document.IsWord(j, "d'")) && TryUnitAt(j + 1, out unit))
            {
                return true;
            }

            return TryHalfUnit(j, out unit);
        }

        private bool TryUnitAt(int j, out UnitMatch unit)
        {
            unit = default;
            if ((uint)j >= (uint)_tokens.Length || _tokens[j].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (!_lexicon.TryMatchAfter(_document, j, out var count, out var definition) || !Fits(j, count, definition))
            {
                return false;
            }

            unit = new UnitMatch { Definition = definition, Start = j, Next = j + count, Multiplier = 1 };
            return true;
        }

        /// <summary>"une demi-heure": a hyphenated "demi-" before a one-word unit halves it.</summary>
        private bool TryHalfUnit(int j, out UnitMatch unit)
        {
            unit = default;
            if ((uint)j >= (uint)_tokens.Length || !_tokens[j].IsWord || !_tokens[j].Has(TokenFlags.Hyphenated))
            {
                return false;
            }

            var folded = _document.FoldedOf(j);
            if (!folded.StartsWith("demi-") || !_lexicon.SingleWordAfter.TryGetValue(folded[5..], out var definition) || definition.Class is UnitClass.Turn)
            {
                return false;
            }

            unit = new UnitMatch { Definition = definition, Start = j, Next = j + 1, Multiplier = 0.5 };
            return true;
        }

        /// <summary>Case of one-letter units, and digits or dots that must touch ("km2", "deg.").</summary>
        private bool Fits(int j, int count, UnitDefinition definition)
        {
            if (definition.ExactForms is { } forms && !forms.Contains(_document.Text[_tokens[j].Start], StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = 1; k < count; k++)
            {
                if ((definition.GluedTokens & (1u << k)) != 0 && !_document.IsGlued(j + k))
                {
                    return false;
                }
            }

            return true;
        }

        private int ReadCompound(UnitDefinition first, int end, bool allowCents, ref double siBase, ref UnitDefinition smallest)
        {
            if (first.Offset != 0 || first.Class is UnitClass.Degree or UnitClass.Turn or UnitClass.PercentPrefix
                || first.Dimension is not (QuantityDimension.Duration or QuantityDimension.Length or QuantityDimension.Mass or QuantityDimension.Currency))
            {
                return end;
            }

            var currency = first.Dimension == QuantityDimension.Currency;
            if (currency && first.Class == UnitClass.Subunit)
            {
                return end;
            }

            // "en 3 h 15": two digits of minutes after the hours (a clock time was ruled out before).
            if (first.Class == UnitClass.Hour && _lexicon.Minute is { } minute && IsPlainDigits(end) && _document.FoldedOf(end).Length == 2
                && !_tokens[end].Has(TokenFlags.NewlineBefore) && !TryUnitAt(end + 1, out _))
            {
                var minutes = ParseDigits(end);
                if (minutes < 60)
                {
                    siBase += minutes * minute.Factor;
                    smallest = minute;
                    return end + 1;
                }
            }

            // At most three parts: "2 heures, 20 minutes et 5 secondes" is written without the comma as well.
            for (var part = 0; part < 2; part++)
            {
                var j = _document.IsWord(end, "et") ? end + 1 : end;
                if (!TryAmount(j, out var amount) || amount.Negative || _tokens[j].Has(TokenFlags.NewlineBefore))
                {
                    return end;
                }

                var value = amount.Value;
                if (!TryUnitAt(amount.Next, out var unit))
                {
                    // "15 dollars 50.", "15 dollars et 15.": cents, when nothing follows in the clause.
                    if (currency && allowCents && part == 0 && amount.Integer && amount.Value is >= 0 and < 100 && EndsClause(amount.Next))
                    {
                        siBase += amount.Value * 0.01 * first.Factor;
                        return amount.Next;
                    }

                    // "1 m 80", "à 2 m 50": centimetres written after the metres, two digits and nothing numeric after.
                    if (first.Unit == "m" && part == 0 && j == end && _document.FoldedOf(j).Length == 2 && IsPlainDigits(j) && amount.Next == j + 1
                        && !(amount.Next < _tokens.Length && (_tokens[amount.Next].IsNumber || IsAnyChar(amount.Next, "/,.") && amount.Next + 1 < _tokens.Length && _tokens[amount.Next + 1].IsNumber)))
                    {
                        siBase += amount.Value * 0.01 * first.Factor;
                        return amount.Next;
                    }

                    return end;
                }

                var definition = unit.Definition;
                if (currency)
                {
                    // "15 dollars et 15 cents": the hundredth of the amount's own currency.
                    if (definition.Class != UnitClass.Subunit || part > 0)
                    {
                        return end;
                    }

                    siBase += value * definition.Factor * first.Factor;
                    return unit.Next;
                }

                if (definition.Dimension != first.Dimension || definition.Factor >= smallest.Factor || definition.Class is UnitClass.Degree or UnitClass.Turn)
                {
                    return end;
                }

                siBase += value * definition.Factor;
                smallest = definition;
                end = unit.Next;
            }

            return end;
        }

        private double SymbolFactor(UnitDefinition definition) =>
            _lexicon.SymbolFactors.TryGetValue(definition.Unit, out var factor) ? factor : definition.Factor;

        private bool IsRangeOf(Amount first, Amount second)
        {
            var connector = second.First - 1;
            if (first.Next != connector || first.First == 0)
            {
                return false;
            }

            var opener = first.First - 1;
            if (_document.IsWord(connector, "et"))
            {
                return _document.IsWord(opener, "entre");
            }

            // "à" (not the verb "a")
            if (_document.IsWord(connector, "a") && _document.Text[_tokens[connector].Start] is 'à' or 'À')
            {
                return _document.IsWord(opener, "de") || _document.IsWord(opener, "d'");
            }

            return false;
        }

        // ---- before the number ----------------------------------------------------------------

        private bool TryPrefixed(int i, out int next)
        {
            next = i;
            if (!_lexicon.TryMatchBefore(_document, i, out var count, out var definition) || !Fits(i, count, definition))
            {
                return false;
            }

            var j = i + count;
            if (definition.Class == UnitClass.PercentPrefix)
            {
                // "pourcentage de vingt", "pourcent des trois cent cinq"
                if (!(_document.IsWord(j, "de") || _document.IsWord(j, "des") || _document.IsWord(j, "d'")) || !TryAmount(j + 1, out var percent)
                    || percent.Negative || percent.Article)
                {
                    return false;
                }

                // "le pourcentage de 5 %": the inner quantity is the one; "un pourcentage de deux chiffres":
                // the number counts something else. The percentage must close its clause.
                var probe = percent.Value;
                if (TryUnitAfterNumber(percent.Next, percent.AllowsDe, ref probe, out _) || !EndsClause(percent.Next))
                {
                    return false;
                }

                SkipHedges(i, out var hedged);
                Emit(_tokens[i].Start, _tokens[percent.Next - 1].End, percent.Value, definition.Unit, definition.Dimension, definition.ToSi(percent.Value), hedged || percent.Approximate);
                next = percent.Next;
                return true;
            }

            if ((uint)j >= (uint)_tokens.Length || _tokens[j].Has(TokenFlags.NewlineBefore) || !TryAmount(j, out var amount) || amount.Negative || amount.Article)
            {
                return false;
            }

            // "$5M", "€ 3 Md"
            var value = amount.Value;
            var end = amount.Next;
            if (TryCueAt(end, CueRole.ScaleAbbreviation, out var scaleCount, out var scale) && _document.IsGlued(end))
            {
                value *= scale.Value;
                end += scaleCount;
            }

            SkipHedges(i, out var approximate);
            if (TryCueAt(end, CueRole.HedgeAfter, out _, out _))
            {
                approximate = true;
            }

            Emit(_tokens[i].Start, _tokens[end - 1].End, value, definition.Unit, definition.Dimension, definition.ToSi(value), approximate || amount.Approximate);
            next = end;
            return true;
        }

        /// <summary>"trois-tonnes": a number word and a unit joined by a hyphen into one token.</summary>
        private bool TryHyphenated(int i)
        {
            var token = _tokens[i];
            if (!token.IsWord || !token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.HasDigit))
            {
                return false;
            }

            var folded = _document.FoldedOf(i);
            var hyphen = folded.LastIndexOf('-');
            if (hyphen <= 0 || !_lexicon.SingleWordAfter.TryGetValue(folded[(hyphen + 1)..], out var definition) || definition.Class != UnitClass.Plain)
            {
                return false;
            }

            // Rare (a hyphenated word ending in a unit), so the prefix may be parsed as a small document.
            var originalHyphen = _document.Folded.ToOriginal(token.FoldStart + hyphen);
            var prefix = Document.Create(_document.Text[token.Start..originalHyphen]);
            NumberMatch match;
            try
            {
                if (!_owner._numbers.TryMatch(prefix, 0, out match) || match.Ordinal || match.NextToken != prefix.Tokens.Length)
                {
                    return false;
                }
            }
            finally
            {
                // Its pooled shadow goes back to the pool; the match is a value and outlives it.
                prefix.Release();
            }

            SkipHedges(i, out var approximate);
            Emit(token.Start, token.End, match.Value, definition.Unit, definition.Dimension, definition.ToSi(match.Value), approximate);
            return true;
        }

        // ---- context ----------------------------------------------------------------------------

        /// <summary>Walks back over hedges before <paramref name="start"/>; returns where the left context begins.</summary>
        private int SkipHedges(int start, out bool hedged)
        {
            hedged = false;
            var left = start;
            for (var guard = 0; guard < 4 && TryCueEndingAt(left, CueRole.Hedge, out var hedgeStart); guard++)
            {
                left = hedgeStart;
                hedged = true;
            }

            return left;
        }

        private enum TimeReading
        {
            Age,
            Duration,
            DurationByCue,
        }

        private TimeReading ReadAgeOrDuration(int left, int afterUnit, UnitDefinition definition, out int ageTokens)
        {
            ageTokens = 0;

            // Explicit age: "âgé de 82 ans", "à l'âge de 6 semaines", "dix-huit mois d'âge", "trois semaines vieilles".
            if (TryCueEndingAt(left, CueRole.AgeBefore, out _))
            {
                return TimeReading.Age;
            }

            if (_document.IsWord(afterUnit, "d'") && _document.IsWord(afterUnit + 1, "age"))
            {
                ageTokens = 2;
                return TimeReading.Age;
            }

            if (TryCueAt(afterUnit, CueRole.AgeAfter, out _, out _) || (IsDeterminer(afterUnit) && TryCueAt(afterUnit + 1, CueRole.AgeAfter, out _, out _)))
            {
                return TimeReading.Age;
            }

            if (HasDurationCue(left, afterUnit))
            {
                return TimeReading.DurationByCue;
            }

            // "elle a dix ans", "J'ai seulement 29 ans", "le bébé était seulement dix mois"; but "il y a déjà dix ans".
            var verbEnd = left;
            for (var guard = 0; guard < 3 && TryCueEndingAt(verbEnd, CueRole.AgeAdverb, out var adverbStart); guard++)
            {
                verbEnd = adverbStart;
            }

            if (verbEnd != left && TryCueEndingAt(verbEnd, CueRole.DurationBefore, out _))
            {
                return TimeReading.DurationByCue;
            }

            if (TryCueEndingAt(verbEnd, CueRole.AgeVerb, out _))
            {
                return TimeReading.Age;
            }

            // "un bébé de 10 mois"
            if (IsDe(left - 1) && TryCueEndingAt(left - 1, CueRole.AgeNoun, out _))
            {
                return TimeReading.Age;
            }

            return definition.Class == UnitClass.Age ? TimeReading.Age : TimeReading.Duration;
        }

        /// <summary>Words that make a time unit a duration: "pendant", "une peine de", "plus tard", "de prison".</summary>
        private bool HasDurationCue(int left, int afterUnit)
        {
            if (TryCueEndingAt(left, CueRole.DurationBefore, out _))
            {
                return true;
            }

            if (IsDe(left - 1) && TryCueEndingAt(left - 1, CueRole.DurationNoun, out _))
            {
                return true;
            }

            if (TryCueAt(afterUnit, CueRole.DurationAfter, out _, out _))
            {
                return true;
            }

            // "dix ans de prison", "cinq ans d'exil", "trois mois de négociations"
            return IsDe(afterUnit) && (uint)(afterUnit + 1) < (uint)_tokens.Length && _tokens[afterUnit + 1].IsWord
                && !_document.IsWord(afterUnit + 1, "age") && !_tokens[afterUnit + 1].Has(TokenFlags.Capitalized);
        }

        /// <summary>
        /// A bare "°" after a number is also the ordinal sign of older and enumerating texts ("2° Un centre",
        /// "le 25° anniversaire", "1°."): a degree only before punctuation, the end, or a function word ("35° à l'ombre").
        /// </summary>
        private bool IsOrdinalSign(int unitStart, int afterUnit)
        {
            if (afterUnit != unitStart + 1 || !IsChar(unitStart, '°'))
            {
                return false; // "degrés", "deg"
            }

            if (afterUnit >= _tokens.Length || _tokens[afterUnit].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            var next = _tokens[afterUnit];
            if (next.IsPunctuation)
            {
                return IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) && afterUnit + 1 < _tokens.Length && !_tokens[afterUnit + 1].Has(TokenFlags.SpaceBefore);
            }

            return _document.IsGlued(afterUnit) || next.Has(TokenFlags.Capitalized) || !TryCueAt(afterUnit, CueRole.DegreeAfter, out _, out _);
        }

        /// <summary>"à 17 h", "vers 8 heures", "14h30", "17 heures 30": a time of day, left to the Date recogniser.</summary>
        private bool IsClockTime(Amount amount, int left, int afterUnit)
        {
            // Minutes after the hour, glued or not ("14h30", "17 heures 30", "8 h. 45"), unless they carry
            // their own unit ("deux heures vingt minutes").
            var minutesAt = IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) ? afterUnit + 1 : afterUnit;
            if ((uint)minutesAt < (uint)_tokens.Length && _tokens[minutesAt].IsNumber && !_tokens[minutesAt].Has(TokenFlags.NewlineBefore)
                && !(TryAmount(minutesAt, out var minutes) && TryUnitAt(minutes.Next, out _)))
            {
                // "en 3 h 15", "pendant 1 h 30": hours and minutes of a duration, when a duration word says so.
                return minutesAt != afterUnit || !TryCueEndingAt(left, CueRole.DurationBefore, out _);
            }

            // "cinq heures du soir", "à 1 heure après minuit"
            if (TryCueAt(afterUnit, CueRole.TimeAfter, out _, out _))
            {
                return true;
            }

            if (!amount.Integer || amount.Value is < 0 or > 24)
            {
                return false;
            }

            // "9 h." with the old abbreviation dot is the notation of timetables and listings ("ATHÉNÉE 9 h.");
            // only an explicit duration makes it one ("pendant 3 h.").
            if (IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) && _document.IsWord(afterUnit - 1, "h"))
            {
                return !HasDurationCue(left, afterUnit);
            }

            var timeCue = TryCueEndingAt(amount.First, CueRole.TimeBefore, out _) || (left != amount.First && TryCueEndingAt(left, CueRole.TimeBefore, out _));

            // "de 8 h à 17 h", "de 13 h. à 18 heures"
            var to = IsChar(afterUnit, '.') && _document.IsGlued(afterUnit) ? afterUnit + 1 : afterUnit;
            if (!timeCue && IsDe(amount.First - 1) && _document.IsWord(to, "a") && to + 1 < _tokens.Length && _tokens[to + 1].IsNumber)
            {
                timeCue = true;
            }

            return timeCue && !HasDurationCue(left, afterUnit);
        }

        private bool HasCueInClause(int start, CueRole role)
        {
            for (var t = start - 1; t >= 0 && t >= start - CueWindow; t--)
            {
                if (_tokens[t + 1].Has(TokenFlags.SentenceStart))
                {
                    return false;
                }

                if (TryCueAt(t, role, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryCueAt(int index, CueRole role, out int count, out QuantityCue cue)
        {
            count = 0;
            cue = null!;
            if ((uint)index >= (uint)_tokens.Length)
            {
                return false;
            }

            return _lexicon.TryMatchCue(_document, index, out count, out cue) && (cue.RolesAt(_document, index) & role) != 0;
        }

        /// <summary>The longest context phrase with <paramref name="role"/> that ends right before token <paramref name="end"/>, within its sentence.</summary>
        private bool TryCueEndingAt(int end, CueRole role, out int start)
        {
            start = end;
            if (end <= 0 || end > _tokens.Length || (end < _tokens.Length && _tokens[end].Has(TokenFlags.SentenceStart)))
            {
                return false;
            }

            for (var s = Math.Max(0, end - _lexicon.MaxCueTokens); s < end; s++)
            {
                if (_lexicon.TryMatchCue(_document, s, out var count, out var cue) && s + count == end && (cue.RolesAt(_document, s) & role) != 0
                    && !StartsSentenceInside(s, end))
                {
                    start = s;
                    return true;
                }
            }

            return false;
        }

        private bool StartsSentenceInside(int start, int end)
        {
            for (var k = start + 1; k < end; k++)
            {
                if (_tokens[k].Has(TokenFlags.SentenceStart))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- tokens -----------------------------------------------------------------------------

        private bool IsTechnicalSignal(int t)
        {
            var token = _tokens[t];
            if (token.IsWord)
            {
                // Run at every token: the length and first letter turn nearly every word away unread.
                var word = _document.FoldedOf(t);
                return word.Length is >= 3 and <= 5 && word[0] is 'w' or 'h' && (word.SequenceEqual("www") || word.SequenceEqual("http") || word.SequenceEqual("https"));
            }

            if (!token.IsPunctuation)
            {
                return false;
            }

            var c = _document.ShadowSpan[token.FoldStart];
            var nextGlued = t + 1 < _tokens.Length && _document.IsGlued(t + 1);
            return c switch
            {
                '@' or '=' or '&' or '_' or '\\' => true,
                // "%28" (a URL escape), not "25 %," or "25%)".
                '%' => nextGlued && _tokens[t + 1].IsNumber,
                // "search?q", "http://"
                '?' => nextGlued && _tokens[t + 1].IsWord && _document.IsGlued(t) ,
                ':' => nextGlued && IsChar(t + 1, '/') && IsChar(t + 2, '/'),
                _ => false,
            };
        }

        private bool IsChar(int index, char c) => _document.IsChar(index, c);

        private bool IsAnyChar(int index, string chars) =>
            (uint)index < (uint)_tokens.Length && _tokens[index].IsPunctuation && chars.Contains(_document.ShadowSpan[_tokens[index].FoldStart], StringComparison.Ordinal);

        private bool IsMinus(int index) => IsChar(index, '-') || IsChar(index, '\u2212');

        private bool IsDe(int index) => _document.IsWord(index, "de") || _document.IsWord(index, "d'");

        private bool IsDeterminer(int index) =>
            _document.IsWord(index, "le") || _document.IsWord(index, "la") || _document.IsWord(index, "les") || _document.IsWord(index, "l'");

        /// <summary>A number token of digits only, no separator or decimal comma ("12", not "8 000" or "2,5").</summary>
        private bool IsPlainDigits(int index) =>
            (uint)index < (uint)_tokens.Length && _tokens[index].IsNumber && !_tokens[index].Has(TokenFlags.Grouped) && !_tokens[index].Has(TokenFlags.DecimalComma);

        private double ParseDigits(int index) => FrenchNumberParser.TryParseDigits(_document.FoldedOf(index), out var value) ? value : 0;

        /// <summary>The end of a clause: end of text, a line break or punctuation that closes a phrase.</summary>
        private bool EndsClause(int index)
        {
            if (index >= _tokens.Length || _tokens[index].Has(TokenFlags.NewlineBefore))
            {
                return true;
            }

            return IsAnyChar(index, ".,;:!?)»\"");
        }

        /// <summary>The end of a sentence or parenthesis: end of text, a line break, ". ; ! ? ) »".</summary>
        private bool EndsSentence(int index) =>
            index >= _tokens.Length || _tokens[index].Has(TokenFlags.NewlineBefore) || IsAnyChar(index, ".;!?)»");

        private void Emit(int start, int end, double number, string unit, QuantityDimension dimension, double si, bool approximate) =>
            _output.Add(new Candidate(EntityKind.Quantity, start, end, new QuantityValue(number, unit, dimension, si, approximate)));
    }
}
