using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Rules;
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
internal sealed partial class QuantityRecognizer : IRuleRecognizer
{
    // How far back (in tokens, within the sentence) an angle or turn cue may stand before the number.
    private const int CueWindow = 8;

    private static readonly UnitDefinition AngleDegree = new("°", QuantityDimension.Other, Math.PI / 180, 0, UnitClass.Plain, null, 0);
    private static readonly UnitDefinition PoundSterling = new("GBP", QuantityDimension.Currency, 1, 0, UnitClass.Plain, null, 0);

    private readonly FrenchNumberParser _numbers;
    private readonly QuantityLexicon _lexicon;
    private readonly RuleEngine<Scan> _rules;

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

        // The rules in priority order: a unit written before the number, then a number (with what follows
        // it), then a number word glued to its unit. Each declares where it may open (Quantities/Rules/).
        _rules = new RuleEngine<Scan>([new Scan.PrefixedUnitRule(lexicon), new Scan.AmountRule(numbers), new Scan.HyphenatedUnitRule()]);
    }

    /// <inheritdoc />
    public EntityKindSet Produces => EntityKindSet.Of(EntityKind.Quantity);

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output) =>
        Recognize(document, context, output, RuleDispatch.Indexed);

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output, RuleDispatch dispatch)
    {
        if (!context.Kinds.Contains(EntityKind.Quantity) || document.Tokens.Length == 0)
        {
            return;
        }

        _rules.Run(document, new Scan(this, document, output), dispatch);
    }

    /// <summary>
    /// The per-document state of one pass, shared by the rules: one per document, so the recogniser stays
    /// shareable. A bare number the rules read is kept for the next one, which may carry its unit back
    /// ("entre 10 et 20 km").
    /// </summary>
    private sealed partial class Scan : IRuleScan
    {
        private readonly QuantityRecognizer _owner;
        private readonly Document _document;
        private readonly TokenList _tokens;
        private readonly List<Candidate> _output;
        private readonly QuantityLexicon _lexicon;

        private Amount _lastBare;
        private bool _hasBare;
        private TechnicalRun _run;

        public Scan(QuantityRecognizer owner, Document document, List<Candidate> output)
        {
            _owner = owner;
            _document = document;
            _tokens = document.Tokens;
            _output = output;
            _lexicon = owner._lexicon;
        }

        /// <summary>The last bare number read, while no rule has taken tokens since.</summary>
        private Amount? Bare => _hasBare ? _lastBare : null;

        /// <inheritdoc />
        public bool Admits(int index) => !IsTechnical(index, ref _run);

        private void RememberBare(Amount amount)
        {
            _lastBare = amount;
            _hasBare = true;
        }

        private void ForgetBare() => _hasBare = false;

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
    }
}

