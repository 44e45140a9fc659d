using FrenchNewsNer.Sample.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.SampleConsole;

[Properties(MaxTest = 100)]
public class ScorerTests
{
    private const string Text = "M. Kim a reçu hier cinq drones de Oleg Kojémiako à Vladivostok, à 250 kilomètres, et un fusil de Poutine.";

    private static readonly EntityKindSet Annotated = EntityKindSet.All.Without(EntityKind.Number);

    [Fact]
    public void A_prediction_matches_the_gold_span_or_an_alternative()
    {
        var gold = Doc(Gold(EntityKind.Person, "Kim", alternatives: ["M. Kim"]), Gold(EntityKind.Location, "Vladivostok"));

        var scores = Score(gold, Pred(EntityKind.Person, "M. Kim"), Pred(EntityKind.Location, "Vladivostok"));

        AssertCounts(scores.Kind(EntityKind.Person), tp: 1, fp: 0, fn: 0);
        AssertCounts(scores.Kind(EntityKind.Location), tp: 1, fp: 0, fn: 0);
        Assert.Equal(1.0, scores.Micro.F1);
    }

    [Fact]
    public void Each_gold_entity_matches_at_most_one_prediction()
    {
        var gold = Doc(Gold(EntityKind.Person, "Kim", alternatives: ["M. Kim"]));

        var scores = Score(gold, Pred(EntityKind.Person, "M. Kim"), Pred(EntityKind.Person, "Kim"));

        AssertCounts(scores.Kind(EntityKind.Person), tp: 1, fp: 1, fn: 0);
        Assert.Equal(0.5, scores.Kind(EntityKind.Person).Precision);
        Assert.Equal(1.0, scores.Kind(EntityKind.Person).Recall);
    }

    [Fact]
    public void The_kind_must_be_the_same()
    {
        var gold = Doc(Gold(EntityKind.Person, "Poutine"));

        var scores = Score(gold, Pred(EntityKind.Location, "Poutine"));

        AssertCounts(scores.Kind(EntityKind.Person), tp: 0, fp: 0, fn: 1);
        AssertCounts(scores.Kind(EntityKind.Location), tp: 0, fp: 1, fn: 0);
        AssertCounts(scores.Micro, tp: 0, fp: 1, fn: 1);
        Assert.Equal(0.0, scores.Micro.F1);
    }

    [Fact]
    public void Matching_finds_the_largest_assignment_not_the_first_greedy_one()
    {
        // Gift spans may overlap. Gold A prefers "cinq drones" but also accepts "un fusil"; gold B accepts
        // only "cinq drones". Greedy would give A "cinq drones" and leave B unmatched.
        var gold = Doc(
            Gold(EntityKind.Gift, "cinq drones", alternatives: ["un fusil"]),
            Gold(EntityKind.Gift, "cinq drones"));

        var scores = Score(gold, Pred(EntityKind.Gift, "cinq drones"), Pred(EntityKind.Gift, "un fusil"));

        AssertCounts(scores.Kind(EntityKind.Gift), tp: 2, fp: 0, fn: 0);
    }

    [Fact]
    public void Optional_entities_count_neither_way()
    {
        var gold = Doc(Gold(EntityKind.Date, "hier", value: new DateValue("2023-09-16"), optional: true), Gold(EntityKind.Location, "Vladivostok", optional: true));

        var scores = Score(gold, Pred(EntityKind.Date, "hier", value: new DateValue("PAST_REF")));

        AssertCounts(scores.Kind(EntityKind.Date), tp: 0, fp: 0, fn: 0);
        AssertCounts(scores.Kind(EntityKind.Location), tp: 0, fp: 0, fn: 0);
        Assert.Equal(0, scores.ValueOverall.Total);
    }

    [Fact]
    public void An_optional_entity_never_takes_the_prediction_a_required_one_needs()
    {
        var gold = Doc(
            Gold(EntityKind.Person, "Kim", optional: true),
            Gold(EntityKind.Person, "M. Kim", alternatives: ["Kim"]));

        var scores = Score(gold, Pred(EntityKind.Person, "Kim"));

        AssertCounts(scores.Kind(EntityKind.Person), tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Predictions_of_kinds_the_gold_does_not_annotate_are_ignored()
    {
        var personOnly = Doc(EntityKindSet.Of(EntityKind.Person), Gold(EntityKind.Person, "Kim"));
        var scores = Score(personOnly, Pred(EntityKind.Person, "Kim"), Pred(EntityKind.Location, "Vladivostok"), Pred(EntityKind.Quantity, "250 kilomètres"));
        AssertCounts(scores.Micro, tp: 1, fp: 0, fn: 0);
        Assert.Equal(EntityKindSet.Of(EntityKind.Person), scores.ScoredKinds);

        // Without annotatedKinds, every kind but Number is annotated.
        var byDefault = Doc(GoldDocument.DefaultAnnotatedKinds, Gold(EntityKind.Person, "Kim"));
        var defaultScores = Score(byDefault, Pred(EntityKind.Person, "Kim"), Pred(EntityKind.Number, "250"), Pred(EntityKind.Location, "Vladivostok"));
        AssertCounts(defaultScores.Kind(EntityKind.Number), tp: 0, fp: 0, fn: 0);
        AssertCounts(defaultScores.Kind(EntityKind.Location), tp: 0, fp: 1, fn: 0);
    }

    [Fact]
    public void The_kinds_asked_for_narrow_the_scoring()
    {
        var gold = Doc(Gold(EntityKind.Person, "Kim"), Gold(EntityKind.Location, "Vladivostok"));

        var scores = Scorer.Score(gold, Result(Pred(EntityKind.Person, "Kim")), EntityKindSet.Of(EntityKind.Person)).Scores;

        AssertCounts(scores.Micro, tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Quantity_values_compare_number_unit_dimension_and_si_with_a_relative_tolerance()
    {
        var goldValue = new QuantityValue(250, "km", QuantityDimension.Length, 250000, Approximate: true);
        var gold = Doc(Gold(EntityKind.Quantity, "250 kilomètres", value: goldValue));

        double Accuracy(QuantityValue? predicted) =>
            Score(gold, Pred(EntityKind.Quantity, "250 kilomètres", value: predicted)).Value(EntityKind.Quantity).Value!.Value;

        Assert.Equal(1, Accuracy(goldValue));
        Assert.Equal(1, Accuracy(goldValue with { Approximate = false }));
        Assert.Equal(1, Accuracy(goldValue with { Si = 250000 * (1 + 1e-12) }));
        Assert.Equal(0, Accuracy(goldValue with { Si = 250000 * (1 + 1e-6) }));
        Assert.Equal(0, Accuracy(goldValue with { Number = 250.001 }));
        Assert.Equal(0, Accuracy(goldValue with { Unit = "m" }));
        Assert.Equal(0, Accuracy(goldValue with { Dimension = QuantityDimension.Other }));
        Assert.Equal(0, Accuracy(null));
    }

    [Fact]
    public void Date_number_and_gift_values_compare_their_own_fields()
    {
        var gold = Doc(
            Gold(EntityKind.Date, "hier", value: new DateValue("2023-09-16")),
            Gold(EntityKind.Gift, "cinq drones", value: new GiftValue(5, "drone")),
            Gold(EntityKind.Gift, "un fusil", value: new GiftValue(null, "fusil")));

        var result = Score(
            gold,
            Pred(EntityKind.Date, "hier", value: new DateValue("2023-09-17")),
            Pred(EntityKind.Gift, "cinq drones", value: new GiftValue(5, "drones explosifs")),
            Pred(EntityKind.Gift, "un fusil", value: new GiftValue(3, "fusil")));

        Assert.Equal((0, 1), (result.Value(EntityKind.Date).Correct, result.Value(EntityKind.Date).Total));

        // The item is not scored; a gold gift without a count has no scored value.
        Assert.Equal((1, 1), (result.Value(EntityKind.Gift).Correct, result.Value(EntityKind.Gift).Total));
        Assert.Equal((1, 2), (result.ValueOverall.Correct, result.ValueOverall.Total));

        Assert.True(Scorer.ValuesEqual(new NumberValue(35, Ordinal: true), new NumberValue(35)));
        Assert.False(Scorer.ValuesEqual(new NumberValue(35), new NumberValue(36)));
        Assert.False(Scorer.ValuesEqual(new NumberValue(35), new DateValue("35")));
        Assert.True(Scorer.Close(0, 0));
        Assert.False(Scorer.Close(0, 1e-300));
    }

    [Fact]
    public void Canonical_names_compare_ignoring_case_against_gold_canonical_or_gold_text()
    {
        var gold = Doc(
            Gold(EntityKind.Person, "Kim", canonical: "Kim Jong Un"),
            Gold(EntityKind.Person, "Oleg Kojémiako"),
            Gold(EntityKind.Location, "Vladivostok"),
            Gold(EntityKind.Date, "hier"));

        var scores = Score(
            gold,
            Pred(EntityKind.Person, "Kim", canonical: "KIM JONG UN"),
            Pred(EntityKind.Person, "Oleg Kojémiako", canonical: "OLEG KOJÉMIAKO"),
            Pred(EntityKind.Location, "Vladivostok", canonical: "Vladivostok-sur-Mer"),
            Pred(EntityKind.Date, "hier", canonical: "autre chose"));

        Assert.Equal((2, 3), (scores.Canonical.Correct, scores.Canonical.Total));
    }

    [Fact]
    public void Gift_triples_match_by_item_span_and_names_ignoring_case()
    {
        var drones = Gold(EntityKind.Gift, "cinq drones");
        var fusil = Gold(EntityKind.Gift, "un fusil", alternatives: ["fusil"]);
        var gold = Doc(
            [drones, fusil],
            [
                new GoldGift([[0]], "Oleg Kojémiako", "Kim Jong Un", Mutual: false),
                new GoldGift([[1]], "Vladimir Poutine", "Kim Jong Un", Mutual: true),
            ]);
        var predDrones = Pred(EntityKind.Gift, "cinq drones");
        var predFusil = Pred(EntityKind.Gift, "fusil");

        // Case-insensitive names; the mutual gift predicted the other way round; the item via an alternative span.
        var found = ScoreGifts(gold, [predDrones, predFusil], new GiftEvent([predDrones], "oleg kojémiako", "KIM JONG UN"), new GiftEvent([predFusil], "Kim Jong Un", "Vladimir Poutine"));
        Assert.Equal((2, 2, 2, 2), (found.GoldFound, found.GoldTriples, found.PredictedCorrect, found.PredictedTriples));
        Assert.Equal(1.0, found.F1);

        // A one-way gift predicted the other way round is wrong.
        var reversed = ScoreGifts(gold, [predDrones], new GiftEvent([predDrones], "Kim Jong Un", "Oleg Kojémiako"));
        Assert.Equal((0, 2, 0, 1), (reversed.GoldFound, reversed.GoldTriples, reversed.PredictedCorrect, reversed.PredictedTriples));
        Assert.Equal(0.0, reversed.F1);
    }

    [Fact]
    public void A_null_gold_name_accepts_any_and_precision_counts_predicted_triples()
    {
        var drones = Gold(EntityKind.Gift, "cinq drones");
        var fusil = Gold(EntityKind.Gift, "un fusil");
        var gold = Doc([drones, fusil], [new GoldGift([[0], [1]], Giver: null, Recipient: "Kim Jong Un", Mutual: false)]);
        var predDrones = Pred(EntityKind.Gift, "cinq drones");
        var predFusil = Pred(EntityKind.Gift, "un fusil");
        var predOther = Pred(EntityKind.Gift, "Vladivostok");

        var counts = ScoreGifts(
            gold,
            [predDrones, predFusil, predOther],
            new GiftEvent([predDrones], "Quelqu'un", "Kim Jong Un"),
            new GiftEvent([predFusil, predOther], null, "Poutine"));

        // drones: found (any giver); fusil: wrong recipient; the unmatched item is not a gold item at all.
        Assert.Equal((1, 2), (counts.GoldFound, counts.GoldTriples));
        Assert.Equal((1, 3), (counts.PredictedCorrect, counts.PredictedTriples));
        Assert.Equal(0.5, counts.Recall);
        Assert.Equal(1.0 / 3, counts.Precision!.Value, 12);
        Assert.Equal(0.4, counts.F1!.Value, 12);
    }

    [Fact]
    public void A_gold_name_is_not_matched_by_a_null_prediction()
    {
        var drones = Gold(EntityKind.Gift, "cinq drones");
        var gold = Doc([drones], [new GoldGift([[0]], "Oleg Kojémiako", "Kim Jong Un", Mutual: false)]);
        var pred = Pred(EntityKind.Gift, "cinq drones");

        var counts = ScoreGifts(gold, [pred], new GiftEvent([pred], null, "Kim Jong Un"));

        Assert.Equal(0, counts.GoldFound);
    }

    [Fact]
    public void Ratios_are_undefined_rather_than_zero_when_there_is_nothing_to_divide()
    {
        var empty = new Counts();
        Assert.Null(empty.Precision);
        Assert.Null(empty.Recall);
        Assert.Null(empty.F1);

        var onlyMisses = new Counts { FalseNegatives = 3 };
        Assert.Null(onlyMisses.Precision);
        Assert.Equal(0.0, onlyMisses.Recall);
        Assert.Equal(0.0, onlyMisses.F1);

        var mixed = new Counts { TruePositives = 2, FalsePositives = 1, FalseNegatives = 3 };
        Assert.Equal(2.0 / 3, mixed.Precision!.Value, 12);
        Assert.Equal(0.4, mixed.Recall!.Value, 12);
        Assert.Equal(0.5, mixed.F1!.Value, 12);
    }

    [Fact]
    public void Errors_name_the_document_span_and_context()
    {
        var gold = Doc(Gold(EntityKind.Person, "Poutine"), Gold(EntityKind.Date, "hier", value: new DateValue("2023-09-16")));

        var errors = Scorer.Score(gold, Result(Pred(EntityKind.Location, "Vladivostok"), Pred(EntityKind.Date, "hier", value: new DateValue("2023"))), Annotated).Errors;

        Assert.Contains(errors, e => e.Type == ScoringErrorType.FalseNegative && e.Kind == EntityKind.Person && e.Text == "Poutine" && e.Context.Contains("⟦Poutine⟧", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Type == ScoringErrorType.FalsePositive && e.Kind == EntityKind.Location && e.Document == "test.txt");
        Assert.Contains(errors, e => e.Type == ScoringErrorType.WrongValue && e.Detail == "expected 2023-09-16, got 2023");
    }

    [Property]
    public Property Predicting_exactly_the_gold_scores_perfectly_and_each_dropped_prediction_is_one_miss()
    {
        // Random non-overlapping spans of random kinds over a text; any prefix of them is predicted.
        var spanGen =
            from count in Gen.Choose(1, 12)
            from kinds in Gen.Elements(Annotated.Kinds.ToArray()).ArrayOf(count)
            from lengths in Gen.Choose(1, 6).ArrayOf(count)
            from gaps in Gen.Choose(0, 4).ArrayOf(count)
            from drop in Gen.Choose(0, count)
            select (kinds, lengths, gaps, drop);

        // A failing sample shrinks by dropping its last span.
        var shrinking = Arb.From(spanGen, s => s.kinds.Length <= 1
            ? []
            : new[] { (s.kinds[..^1], s.lengths[..^1], s.gaps[..^1], Math.Min(s.drop, s.kinds.Length - 1)) });
        return Prop.ForAll(shrinking, sample =>
        {
            var (kinds, lengths, gaps, drop) = sample;
            var text = new string('x', lengths.Sum() + gaps.Sum());
            var golds = new List<GoldEntity>();
            var position = 0;
            for (var i = 0; i < kinds.Length; i++)
            {
                position += gaps[i];
                golds.Add(new GoldEntity(kinds[i], position, position + lengths[i], text.Substring(position, lengths[i]), null, null, [], false));
                position += lengths[i];
            }

            var gold = new GoldDocument("gold", 1, "doc", text, null, Annotated, golds, []);
            var predictions = golds.Skip(drop).Select(g => new Entity(g.Kind, g.Start, g.End, g.Text)).ToList();
            var scores = Scorer.Score(gold, new ExtractionResult(text, null, predictions, []), EntityKindSet.All).Scores;
            var micro = scores.Micro;
            var expectedRecall = (double)(kinds.Length - drop) / kinds.Length;
            return (micro.FalsePositives == 0).Label($"{micro.FalsePositives} false positives")
                .And((micro.FalseNegatives == drop).Label($"{micro.FalseNegatives} false negatives, {drop} dropped"))
                .And((micro.TruePositives == kinds.Length - drop).Label($"{micro.TruePositives} true positives of {kinds.Length - drop}"))
                .And((drop == kinds.Length ? micro.Precision is null : micro.Precision == 1.0).Label($"precision {micro.Precision}"))
                .And((Math.Abs(micro.Recall!.Value - expectedRecall) < 1e-12).Label($"recall {micro.Recall}, expected {expectedRecall}"))
                .And((micro.F1 is >= 0 and <= 1).Label($"F1 {micro.F1} outside [0, 1]"));
        });
    }

    private static Scores Score(GoldDocument gold, params Entity[] predictions) =>
        Scorer.Score(gold, Result(predictions), EntityKindSet.All).Scores;

    private static RelationCounts ScoreGifts(GoldDocument gold, Entity[] items, params GiftEvent[] gifts) =>
        Scorer.Score(gold, new ExtractionResult(Text, null, items, gifts), EntityKindSet.All).Scores.Gifts;

    private static ExtractionResult Result(params Entity[] entities) =>
        new(Text, null, entities.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray(), []);

    private static GoldDocument Doc(params GoldEntity[] entities) => Doc(Annotated, entities);

    private static GoldDocument Doc(EntityKindSet annotated, params GoldEntity[] entities) =>
        new("test.gold.json", 1, "test.txt", Text, null, annotated, entities, []);

    private static GoldDocument Doc(GoldEntity[] entities, GoldGift[] gifts) =>
        new("test.gold.json", 1, "test.txt", Text, null, Annotated, entities, gifts);

    private static GoldEntity Gold(EntityKind kind, string mention, string? canonical = null, GoldValue? value = null, bool optional = false, string[]? alternatives = null)
    {
        var (start, end) = Find(mention);
        var spans = (alternatives ?? []).Select(a => Find(a)).Select(s => new GoldSpan(s.Start, s.End)).ToArray();
        return new GoldEntity(kind, start, end, mention, canonical, value, spans, optional);
    }

    private static Entity Pred(EntityKind kind, string mention, string? canonical = null, EntityValue? value = null)
    {
        var (start, end) = Find(mention);
        return new Entity(kind, start, end, mention, canonical, value);
    }

    private static (int Start, int End) Find(string mention)
    {
        var start = Text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{mention}' is not in the test text");
        return (start, start + mention.Length);
    }

    private static void AssertCounts(Counts counts, int tp, int fp, int fn) =>
        Assert.Equal((tp, fp, fn), (counts.TruePositives, counts.FalsePositives, counts.FalseNegatives));
}
