using FrenchNewsNer.Serialization;
using FrenchNewsNer.Sample.Rendering;

namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>What went wrong with one mention or gift triple.</summary>
internal enum ScoringErrorType
{
    FalsePositive,
    FalseNegative,
    WrongValue,
    WrongCanonical,
    MissedGift,
    SpuriousGift,
}

/// <summary>One error for <c>--show-errors</c>: where, what, and the text around it.</summary>
internal sealed record ScoringError(ScoringErrorType Type, EntityKind Kind, string Document, int Start, int End, string Text, string Detail, string Context);

/// <summary>The scores of one document and the errors behind them.</summary>
/// <param name="Scores">The document's counts.</param>
/// <param name="Errors">The errors behind them.</param>
/// <param name="FullyRight">
/// The case is fully right: every non-optional gold entity of the scored kinds is matched with its value
/// right (where gold gives a scored value), and no prediction of those kinds is left unmatched.
/// </param>
internal sealed record DocumentScore(Scores Scores, IReadOnlyList<ScoringError> Errors, bool FullyRight);

/// <summary>
/// Scores one prediction against its gold document by the rules of FORMAT.md "Scoring".
/// </summary>
internal static class Scorer
{
    private const double RelativeTolerance = 1e-9;
    private const int ContextChars = 40;

    /// <param name="gold">The gold document.</param>
    /// <param name="predicted">The extractor's result on <see cref="GoldDocument.Text"/>.</param>
    /// <param name="kinds">The kinds asked for (<c>--kinds</c>); only those the gold also annotates are scored.</param>
    public static DocumentScore Score(GoldDocument gold, ExtractionResult predicted, EntityKindSet kinds)
    {
        var scored = gold.AnnotatedKinds.Intersect(kinds);
        var scores = new Scores { Documents = 1, ScoredKinds = scored };
        var errors = new List<ScoringError>();

        // For gift relations: which gold Gift entity each predicted Gift span was matched to.
        var giftMatches = new Dictionary<(int Start, int End), int>();
        foreach (var kind in scored.Kinds)
        {
            var golds = Enumerable.Range(0, gold.Entities.Count).Where(i => gold.Entities[i].Kind == kind).ToArray();
            var preds = predicted.Entities.Where(e => e.Kind == kind).ToArray();
            var goldOfPred = Match(gold.Entities, golds, preds);
            var counts = scores.Kind(kind);
            var matchedGold = new HashSet<int>();
            for (var p = 0; p < preds.Length; p++)
            {
                var pred = preds[p];
                if (goldOfPred[p] < 0)
                {
                    counts.FalsePositives++;
                    errors.Add(Error(ScoringErrorType.FalsePositive, pred, gold, DescribeNearGold(gold, pred)));
                    continue;
                }

                var goldEntity = gold.Entities[goldOfPred[p]];
                matchedGold.Add(goldOfPred[p]);
                if (kind == EntityKind.Gift)
                {
                    giftMatches.TryAdd((pred.Start, pred.End), goldOfPred[p]);
                }

                // An optional mention counts neither way, in the counts and in the accuracies alike.
                if (goldEntity.Optional)
                {
                    continue;
                }

                counts.TruePositives++;
                if (HasScoredValue(goldEntity))
                {
                    var correct = ValuesEqual(goldEntity.Value!, pred.Value);
                    scores.Value(kind).Count(correct);
                    if (!correct)
                    {
                        errors.Add(Error(ScoringErrorType.WrongValue, pred, gold, $"expected {goldEntity.Value!.Format()}, got {Describe(pred.Value)}"));
                    }
                }

                if (kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location)
                {
                    var correct = string.Equals(pred.Canonical, goldEntity.ExpectedCanonical, StringComparison.OrdinalIgnoreCase);
                    scores.Canonical.Count(correct);
                    if (!correct)
                    {
                        errors.Add(Error(ScoringErrorType.WrongCanonical, pred, gold, $"expected '{goldEntity.ExpectedCanonical}', got '{pred.Canonical}'"));
                    }
                }
            }

            foreach (var g in golds)
            {
                var goldEntity = gold.Entities[g];
                if (!goldEntity.Optional && !matchedGold.Contains(g))
                {
                    counts.FalseNegatives++;
                    var detail = goldEntity.Alternatives.Count == 0
                        ? string.Empty
                        : "also accepted: " + string.Join(", ", goldEntity.Alternatives.Select(a => $"'{gold.Text[a.Start..a.End]}'"));
                    errors.Add(new ScoringError(ScoringErrorType.FalseNegative, kind, gold.Name, goldEntity.Start, goldEntity.End, goldEntity.Text, detail, Context(gold.Text, goldEntity.Start, goldEntity.End)));
                }
            }
        }

        if (scored.Contains(EntityKind.Gift))
        {
            ScoreGifts(gold, predicted, giftMatches, scores.Gifts, errors);
        }

        // Gift relations are not part of a case: a case is about the entities and their values.
        var fullyRight = !errors.Any(e => e.Type is ScoringErrorType.FalsePositive or ScoringErrorType.FalseNegative or ScoringErrorType.WrongValue);
        return new DocumentScore(scores, errors, fullyRight);
    }

    /// <summary>
    /// Matches predictions to gold entities of one kind, each gold to at most one prediction and back,
    /// as many as possible (augmenting paths, so an alternative span never steals the only prediction
    /// another gold entity could take). Required gold entities are matched first and stay matched, so an
    /// optional one can only take a prediction no required one needs.
    /// </summary>
    /// <returns>For each prediction, the index in <paramref name="all"/> of its gold entity, or -1.</returns>
    internal static int[] Match(IReadOnlyList<GoldEntity> all, IReadOnlyList<int> golds, IReadOnlyList<Entity> preds)
    {
        var bySpan = new Dictionary<(int, int), List<int>>();
        for (var p = 0; p < preds.Count; p++)
        {
            var key = (preds[p].Start, preds[p].End);
            if (!bySpan.TryGetValue(key, out var list))
            {
                bySpan[key] = list = new List<int>();
            }

            list.Add(p);
        }

        // Candidates in preference order: the gold span itself, then its alternatives.
        var candidates = new Dictionary<int, List<int>>();
        foreach (var g in golds)
        {
            var entity = all[g];
            var list = new List<int>();
            foreach (var span in new[] { new GoldSpan(entity.Start, entity.End) }.Concat(entity.Alternatives))
            {
                if (bySpan.TryGetValue((span.Start, span.End), out var found))
                {
                    list.AddRange(found.Where(p => !list.Contains(p)));
                }
            }

            // FORMAT.md "Spans": a modifier may be inside a Date's span. A gold Date that leaves it out and says
            // no mod ("depuis [1998]", FR-TimeBank's signals) also takes a prediction that is the same date with
            // its modifier before it: same end, an earlier start, and a mod in its value.
            if (entity.Kind == EntityKind.Date && entity.Value?.DateMod is null)
            {
                for (var p = 0; p < preds.Count; p++)
                {
                    if (preds[p].End == entity.End && preds[p].Start < entity.Start && preds[p].Value is DateValue { Mod: not null } && !list.Contains(p))
                    {
                        list.Add(p);
                    }
                }
            }

            candidates[g] = list;
        }

        var goldOfPred = Enumerable.Repeat(-1, preds.Count).ToArray();
        foreach (var g in golds.Where(g => !all[g].Optional).Concat(golds.Where(g => all[g].Optional)))
        {
            TryAssign(g, new bool[preds.Count]);
        }

        return goldOfPred;

        bool TryAssign(int g, bool[] visited)
        {
            foreach (var p in candidates[g])
            {
                if (visited[p])
                {
                    continue;
                }

                visited[p] = true;
                if (goldOfPred[p] < 0 || TryAssign(goldOfPred[p], visited))
                {
                    goldOfPred[p] = g;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gold has a value that FORMAT.md scores: a Quantity, Date or Number value with at least one scored field; a Gift value with a count.</summary>
    internal static bool HasScoredValue(GoldEntity gold) => gold.Value is { } value && value.Kind == gold.Kind && value.HasScoredField;

    /// <summary>
    /// FORMAT.md value equality, over the fields gold gives: Quantity number, unit, dimension and si;
    /// Date timex; Number number; Gift count. A gold Quantity with only a dimension compares the dimension only.
    /// </summary>
    internal static bool ValuesEqual(GoldValue gold, EntityValue? predicted) => (gold.Kind, predicted) switch
    {
        (EntityKind.Quantity, QuantityValue p) =>
            (gold.Number is not { } number || Close(number, p.Number))
            && (gold.Unit is null || string.Equals(gold.Unit, p.Unit, StringComparison.Ordinal))
            && (gold.Dimension is null || gold.Dimension == p.Dimension)
            && (gold.Si is not { } si || Close(si, p.Si)),
        (EntityKind.Date, DateValue p) => DatesEqual(gold, p),
        (EntityKind.Number, NumberValue p) => gold.Number is not { } number || Close(number, p.Number),
        (EntityKind.Gift, GiftValue p) => gold.Count is null || gold.Count == p.Count,
        _ => false,
    };

    /// <summary>
    /// FORMAT.md Date equality: <c>timex</c>, and <c>type</c>, <c>start</c>, <c>end</c>, <c>mod</c> where gold
    /// gives them. A gold range with no duration ("(a,b,)", FR-TimeBank's merged pairs) is scored by its two
    /// ends instead of the timex's text.
    /// </summary>
    internal static bool DatesEqual(GoldValue gold, DateValue p) =>
        (gold.Timex is null || gold.ScoredByEnds || string.Equals(gold.Timex, p.Timex, StringComparison.Ordinal))
        && (gold.DateType is null || (p.Type is { } type && string.Equals(gold.DateType, JsonStyle.DateTypeName(type), StringComparison.Ordinal)))
        && (gold.DateStart is null || string.Equals(gold.DateStart, p.Start, StringComparison.Ordinal))
        && (gold.DateEnd is null || string.Equals(gold.DateEnd, p.End, StringComparison.Ordinal))
        && (gold.DateMod is null || (p.Mod is { } mod && string.Equals(gold.DateMod, JsonStyle.DateModifierName(mod), StringComparison.Ordinal)));

    /// <summary>Relative error at most 1e-9 (so 0 only equals 0).</summary>
    internal static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= RelativeTolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));

    private static void ScoreGifts(GoldDocument gold, ExtractionResult predicted, Dictionary<(int, int), int> giftMatches, RelationCounts counts, List<ScoringError> errors)
    {
        var goldTriples = gold.Gifts.SelectMany(g => g.Items.Select(item => (Items: item, Gift: g))).ToList();
        var predTriples = predicted.Gifts.SelectMany(g => g.Items.Select(item => (Item: item, Gift: g))).ToList();

        bool Matches((IReadOnlyList<int> Items, GoldGift Gift) goldTriple, (Entity Item, GiftEvent Gift) predTriple) =>
            giftMatches.TryGetValue((predTriple.Item.Start, predTriple.Item.End), out var matched)
            && goldTriple.Items.Contains(matched)
            && PeopleMatch(goldTriple.Gift, predTriple.Gift);

        counts.GoldTriples += goldTriples.Count;
        counts.PredictedTriples += predTriples.Count;
        foreach (var goldTriple in goldTriples)
        {
            if (predTriples.Any(p => Matches(goldTriple, p)))
            {
                counts.GoldFound++;
            }
            else
            {
                var item = gold.Entities[goldTriple.Items[0]];
                errors.Add(new ScoringError(ScoringErrorType.MissedGift, EntityKind.Gift, gold.Name, item.Start, item.End, item.Text, Relation(goldTriple.Gift.Giver, goldTriple.Gift.Recipient, goldTriple.Gift.Mutual), Context(gold.Text, item.Start, item.End)));
            }
        }

        foreach (var predTriple in predTriples)
        {
            if (goldTriples.Any(g => Matches(g, predTriple)))
            {
                counts.PredictedCorrect++;
            }
            else
            {
                var item = predTriple.Item;
                errors.Add(new ScoringError(ScoringErrorType.SpuriousGift, EntityKind.Gift, gold.Name, item.Start, item.End, item.Text, Relation(predTriple.Gift.Giver, predTriple.Gift.Recipient, predTriple.Gift.Mutual), Context(gold.Text, item.Start, item.End)));
            }
        }
    }

    /// <summary>Giver and recipient agree, ignoring case; a gold null accepts anything; a mutual gold gift accepts either direction.</summary>
    internal static bool PeopleMatch(GoldGift gold, GiftEvent predicted)
    {
        static bool Same(string? goldName, string? predictedName) =>
            goldName is null || string.Equals(goldName, predictedName, StringComparison.OrdinalIgnoreCase);

        return (Same(gold.Giver, predicted.Giver) && Same(gold.Recipient, predicted.Recipient))
            || (gold.Mutual && Same(gold.Giver, predicted.Recipient) && Same(gold.Recipient, predicted.Giver));
    }

    private static string Relation(string? giver, string? recipient, bool mutual) =>
        $"{giver ?? "?"} {(mutual ? "↔" : "→")} {recipient ?? "?"}";

    private static string Describe(EntityValue? value) => value is null ? "no value" : ValueText.Format(value);

    private static string DescribeNearGold(GoldDocument gold, Entity pred)
    {
        var overlapping = gold.Entities.Where(g => g.Start < pred.End && pred.Start < g.End).ToList();
        if (overlapping.Count == 0)
        {
            return "not in gold";
        }

        return "gold: " + string.Join(", ", overlapping.Select(g => $"{g.Kind} '{g.Text}'{(g.Optional ? " (optional)" : string.Empty)}"));
    }

    private static ScoringError Error(ScoringErrorType type, Entity pred, GoldDocument gold, string detail) =>
        new(type, pred.Kind, gold.Name, pred.Start, pred.End, pred.Text, detail, Context(gold.Text, pred.Start, pred.End));

    /// <summary>The text around a span on one line, the span between ⟦ ⟧.</summary>
    internal static string Context(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, end + ContextChars);
        var context = $"{(from > 0 ? "…" : string.Empty)}{text[from..start]}⟦{text[start..end]}⟧{text[end..to]}{(to < text.Length ? "…" : string.Empty)}";
        return context.ReplaceLineEndings(" ");
    }
}
