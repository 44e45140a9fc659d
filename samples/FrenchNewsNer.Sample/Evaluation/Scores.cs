namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>True positives, false positives and false negatives, with the ratios FORMAT.md reports.</summary>
internal sealed class Counts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Null when nothing was predicted: undefined, not zero.</summary>
    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Null when there is nothing to find.</summary>
    public double? Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2·tp / (2·tp + fp + fn), which equals the harmonic mean of P and R where both exist and is 0, not undefined, when only one does.</summary>
    public double? F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    public void Add(Counts other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    public static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;
}

/// <summary>Correct out of total, for value and canonical accuracy.</summary>
internal sealed class Accuracy
{
    public int Correct { get; set; }

    public int Total { get; set; }

    public double? Value => Counts.Ratio(Correct, Total);

    public void Add(Accuracy other)
    {
        Correct += other.Correct;
        Total += other.Total;
    }

    public void Count(bool correct)
    {
        Total++;
        if (correct)
        {
            Correct++;
        }
    }
}

/// <summary>
/// Gift relation triples. Recall counts gold triples found by some prediction, precision predicted
/// triples backed by some gold triple; the two sides are counted separately because FORMAT.md does not
/// pair them one to one.
/// </summary>
internal sealed class RelationCounts
{
    public int GoldTriples { get; set; }

    public int GoldFound { get; set; }

    public int PredictedTriples { get; set; }

    public int PredictedCorrect { get; set; }

    public double? Precision => Counts.Ratio(PredictedCorrect, PredictedTriples);

    public double? Recall => Counts.Ratio(GoldFound, GoldTriples);

    public double? F1 => (Precision, Recall) switch
    {
        (null, null) => null,
        ({ } p, { } r) => p + r == 0 ? 0 : 2 * p * r / (p + r),
        _ => 0,
    };

    public void Add(RelationCounts other)
    {
        GoldTriples += other.GoldTriples;
        GoldFound += other.GoldFound;
        PredictedTriples += other.PredictedTriples;
        PredictedCorrect += other.PredictedCorrect;
    }
}

/// <summary>
/// Per-case rates of a Recognizers-Text spec (a .gold.jsonl whose lines carry <c>notSupported</c> or
/// <c>notSupportedDotnet</c>): the share of lines fully right (see <see cref="DocumentScore.FullyRight"/>),
/// over the lines Recognizers-Text .NET supports (no <c>"notSupportedDotnet": true</c>) and over all lines.
/// </summary>
internal sealed class CaseRates
{
    public Accuracy SupportedByDotnet { get; } = new();

    public Accuracy All { get; } = new();

    /// <summary>
    /// The supported lines again, judged as Recognizers-Text judges one model: an extra Quantity whose
    /// dimension the spec file never annotates (a percentage in a CurrencyModel sentence) is outside the
    /// model and does not fail the case. Every other error still does. Reported beside, never instead of,
    /// the strict rate.
    /// </summary>
    public Accuracy SupportedWithinModelDimensions { get; } = new();

    public void Count(bool fullyRight, bool fullyRightWithinModel, bool notSupportedDotnet)
    {
        All.Count(fullyRight);
        if (!notSupportedDotnet)
        {
            SupportedByDotnet.Count(fullyRight);
            SupportedWithinModelDimensions.Count(fullyRightWithinModel);
        }
    }

    public void Add(CaseRates other)
    {
        SupportedByDotnet.Add(other.SupportedByDotnet);
        All.Add(other.All);
        SupportedWithinModelDimensions.Add(other.SupportedWithinModelDimensions);
    }
}

/// <summary>Every FORMAT.md figure for a set of documents; documents add up by summing counts (micro averages).</summary>
internal sealed class Scores
{
    private static readonly EntityKind[] AllKinds = Enum.GetValues<EntityKind>();

    private readonly Counts[] _kinds = AllKinds.Select(_ => new Counts()).ToArray();
    private readonly Accuracy[] _values = AllKinds.Select(_ => new Accuracy()).ToArray();

    public int Documents { get; set; }

    /// <summary>The kinds scored in at least one document (annotated and asked for).</summary>
    public EntityKindSet ScoredKinds { get; set; }

    public Accuracy Canonical { get; } = new();

    public RelationCounts Gifts { get; } = new();

    /// <summary>Per-case rates, counted only for documents of Recognizers-Text spec files (empty otherwise).</summary>
    public CaseRates Cases { get; } = new();

    public Counts Kind(EntityKind kind) => _kinds[(int)kind];

    public Accuracy Value(EntityKind kind) => _values[(int)kind];

    /// <summary>The counts summed over all kinds.</summary>
    public Counts Micro
    {
        get
        {
            var sum = new Counts();
            foreach (var counts in _kinds)
            {
                sum.Add(counts);
            }

            return sum;
        }
    }

    public Accuracy ValueOverall
    {
        get
        {
            var sum = new Accuracy();
            foreach (var accuracy in _values)
            {
                sum.Add(accuracy);
            }

            return sum;
        }
    }

    public void Add(Scores other)
    {
        Documents += other.Documents;
        ScoredKinds = EntityKindSet.Of([.. ScoredKinds.Kinds, .. other.ScoredKinds.Kinds]);
        for (var i = 0; i < _kinds.Length; i++)
        {
            _kinds[i].Add(other._kinds[i]);
            _values[i].Add(other._values[i]);
        }

        Canonical.Add(other.Canonical);
        Gifts.Add(other.Gifts);
        Cases.Add(other.Cases);
    }
}
