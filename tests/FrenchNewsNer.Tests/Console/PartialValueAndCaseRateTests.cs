using System.Text.Json;
using FrenchNewsNer.Sample.Commands;
using FrenchNewsNer.Sample.Evaluation;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Tests.SampleConsole;

/// <summary>
/// Gold values that give only some fields (FR-TimeBank durations with only a dimension, Recognizers-Text
/// unit-only mentions) and the per-case rates of Recognizers-Text spec files.
/// </summary>
public class PartialValueAndCaseRateTests
{
    private const string Text = "Il a payé 3 dollars pour 2 barils pendant trois jours.";

    [Fact]
    public void The_reader_accepts_values_that_give_only_some_fields()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("partial.gold.jsonl", string.Join('\n',
            """{"id":"1","text":"baril","annotatedKinds":["Quantity"],"entities":[{"kind":"Quantity","start":0,"end":5,"text":"baril","optional":true,"value":{"dimension":"Volume","unit":"bbl"}}]}""",
            """{"id":"2","text":"trois jours","entities":[{"kind":"Quantity","start":0,"end":11,"optional":true,"value":{"dimension":"Duration"}}]}""",
            """{"id":"3","text":"demain","entities":[{"kind":"Date","start":0,"end":6,"value":{}}]}""",
            """{"id":"4","text":"un fusil","entities":[{"kind":"Gift","start":0,"end":8,"value":{"count":1}}]}"""));
        var stderr = new StringWriter();

        var documents = GoldReader.ReadFile(gold, new ErrorSink(stderr), out var failed);

        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Equal(0, failed);
        Assert.Equal(4, documents.Count);
        var baril = documents[0].Entities[0].Value!;
        Assert.Equal((EntityKind.Quantity, "bbl", QuantityDimension.Volume), (baril.Kind, baril.Unit, baril.Dimension));
        Assert.Null(baril.Number);
        Assert.Null(baril.Si);
        Assert.Null(baril.ToEntityValue());
        var duration = documents[1].Entities[0].Value!;
        Assert.Equal(QuantityDimension.Duration, duration.Dimension);
        Assert.Null(duration.Unit);
        Assert.False(documents[2].Entities[0].Value!.HasScoredField);
        Assert.Equal(1, documents[3].Entities[0].Value!.Count);
        Assert.Null(documents[3].Entities[0].Value!.Item);
    }

    [Fact]
    public void Fields_of_the_wrong_type_and_unknown_dimensions_stay_one_line_errors()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("bad.gold.jsonl", string.Join('\n',
            """{"id":"1","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"value":{"dimension":"Volume","number":"beaucoup"}}]}""",
            """{"id":"2","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"value":{"dimension":"Capacity"}}]}""",
            """{"id":"3","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"value":{"unit":7}}]}""",
            """{"id":"4","text":"hier","entities":[{"kind":"Date","start":0,"end":4,"value":{"timex":2023}}]}""",
            """{"id":"5","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"text":"barils","value":{"dimension":"Volume"}}]}""",
            """{"id":"6","text":"baril","entities":[{"kind":"Quantity","start":0,"end":9,"value":{"dimension":"Volume"}}]}""",
            """{"id":"7","text":"Kim","entities":[{"kind":"Person","start":0,"end":3,"value":{"number":1}}]}""",
            """{"id":"8","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"value":{"dimension":"Volume"}}],"notSupportedDotnet":"yes"}""",
            """{"id":"9","text":"baril","entities":[{"kind":"Quantity","start":0,"end":5,"value":{"dimension":"Volume"}}]}"""));
        var stderr = new StringWriter();

        var documents = GoldReader.ReadFile(gold, new ErrorSink(stderr), out var failed);

        Assert.Equal(["9"], documents.Select(d => d.Name));
        Assert.Equal(8, failed);
        Assert.Equal(
            [
                $"error: {gold}:1: value of Quantity 'baril': \"number\" must be a number",
                $"error: {gold}:2: value of Quantity 'baril': unknown dimension 'Capacity'",
                $"error: {gold}:3: value of Quantity 'baril': \"unit\" must be a string",
                $"error: {gold}:4: value of Date 'hier': \"timex\" must be a string",
                $"error: {gold}:5: entity: \"text\" 'barils' differs from the document text at [0,5), 'baril'",
                $"error: {gold}:6: entity: span [0,9) is outside the text (length 5)",
                $"error: {gold}:7: value of Person 'Kim': Person entities have no value",
                $"error: {gold}:8: \"notSupportedDotnet\" must be true or false",
            ],
            stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Only_the_fields_gold_gives_are_compared()
    {
        var dimensionOnly = new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Duration };
        var unitOnly = new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Currency, Unit = "USD" };
        var threeDays = new QuantityValue(3, "d", QuantityDimension.Duration, 259200, false);

        Assert.True(Scorer.ValuesEqual(dimensionOnly, threeDays));
        Assert.True(Scorer.ValuesEqual(dimensionOnly, threeDays with { Number = 4, Unit = "h", Si = 1 }));
        Assert.False(Scorer.ValuesEqual(dimensionOnly, threeDays with { Dimension = QuantityDimension.Age }));
        Assert.False(Scorer.ValuesEqual(dimensionOnly, new NumberValue(3)));
        Assert.False(Scorer.ValuesEqual(dimensionOnly, null));
        Assert.True(Scorer.ValuesEqual(unitOnly, new QuantityValue(3, "USD", QuantityDimension.Currency, 3, false)));
        Assert.False(Scorer.ValuesEqual(unitOnly, new QuantityValue(3, "EUR", QuantityDimension.Currency, 3, false)));
        Assert.True(Scorer.ValuesEqual(new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Length, Si = 1000 }, new QuantityValue(1, "km", QuantityDimension.Length, 1000, false)));
        Assert.False(Scorer.ValuesEqual(new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Length, Si = 1000 }, new QuantityValue(1, "mi", QuantityDimension.Length, 1609.344, false)));
    }

    [Fact]
    public void A_partial_gold_value_counts_in_value_accuracy_on_its_fields_only()
    {
        var gold = Doc(
            Gold("3 dollars", new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Currency, Unit = "USD" }),
            Gold("trois jours", new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Duration }),
            Gold("2 barils", new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Volume }));

        var score = Scorer.Score(
            gold,
            Result(
                Pred("3 dollars", new QuantityValue(3, "USD", QuantityDimension.Currency, 3, false)),
                Pred("2 barils", new QuantityValue(2, "bbl", QuantityDimension.Other, 2, false)),
                Pred("trois jours", new QuantityValue(3, "d", QuantityDimension.Duration, 259200, false))),
            EntityKindSet.All);

        var accuracy = score.Scores.Value(EntityKind.Quantity);
        Assert.Equal((2, 3), (accuracy.Correct, accuracy.Total));
        var error = Assert.Single(score.Errors);
        Assert.Equal(ScoringErrorType.WrongValue, error.Type);
        Assert.Equal("expected dimension Volume, got 2 bbl (Other, si 2)", error.Detail);
        Assert.False(score.FullyRight);
    }

    [Fact]
    public void A_gold_value_with_no_scored_field_is_not_counted()
    {
        var gold = Doc(Gold("trois jours", new GoldValue(EntityKind.Quantity) { Approximate = true }));

        var score = Scorer.Score(gold, Result(Pred("trois jours", null)), EntityKindSet.All);

        Assert.Equal(0, score.Scores.ValueOverall.Total);
        Assert.True(score.FullyRight);
    }

    [Fact]
    public void A_case_is_fully_right_only_with_every_required_span_and_value_and_no_extra_prediction_of_the_scored_kinds()
    {
        var three = new QuantityValue(3, "USD", QuantityDimension.Currency, 3, false);
        var gold = Doc(
            Gold("3 dollars", three),
            Gold("2 barils", new GoldValue(EntityKind.Quantity) { Dimension = QuantityDimension.Volume }, optional: true));

        bool FullyRight(params Entity[] predictions) => Scorer.Score(gold, Result(predictions), EntityKindSet.All).FullyRight;

        Assert.True(FullyRight(Pred("3 dollars", three)));

        // An optional mention may be reported or not, with any value.
        Assert.True(FullyRight(Pred("3 dollars", three), Pred("2 barils", null)));

        // Predictions of kinds the gold does not annotate do not count.
        Assert.True(FullyRight(Pred("3 dollars", three), new Entity(EntityKind.Person, 0, 2, "Il")));

        Assert.False(FullyRight());
        Assert.False(FullyRight(Pred("3 dollars", three with { Number = 4 })));
        Assert.False(FullyRight(Pred("3 dollars", three), Pred("trois jours", null)));
        Assert.False(FullyRight(Pred("dollars", three)));
    }

    [Fact]
    public void Evaluate_prints_per_file_case_rates_for_Recognizers_Text_specs_only()
    {
        using var temp = new TempFolder();
        var spec = temp.Write("PersonModel.gold.jsonl", string.Join('\n',
            // Right, supported by .NET.
            """{"id":"a","text":"Kim parle.","annotatedKinds":["Person"],"entities":[{"kind":"Person","start":0,"end":3}],"notSupported":"java"}""",
            // An extra prediction, not supported by .NET.
            """{"id":"b","text":"Kim et Bob.","annotatedKinds":["Person"],"entities":[{"kind":"Person","start":0,"end":3}],"notSupported":"dotnet, java","notSupportedDotnet":true}""",
            // A miss, supported.
            """{"id":"c","text":"il dort.","annotatedKinds":["Person"],"entities":[{"kind":"Person","start":3,"end":7,"text":"dort"}]}""",
            // Right (the optional mention is found), not supported by .NET.
            """{"id":"d","text":"Ann et Bob.","annotatedKinds":["Person"],"entities":[{"kind":"Person","start":0,"end":3},{"kind":"Person","start":7,"end":10,"optional":true}],"notSupportedDotnet":true}""",
            // Right: the Person prediction is of a kind this line does not annotate; supported.
            """{"id":"e","text":"Zoé.","annotatedKinds":["Location"],"entities":[]}"""));
        var plain = temp.Write("plain.gold.jsonl", """{"id":"p","text":"Kim.","annotatedKinds":["Person"],"entities":[{"kind":"Person","start":0,"end":3}]}""");

        var run = SampleRunner.Run(["evaluate", "--gold", temp.Path, "--json"], extractor: () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("scores"));
        var cases = files[spec].GetProperty("caseRates");
        Assert.Equal((2, 3), Fraction(cases.GetProperty("supportedByDotnet")));
        Assert.Equal((3, 5), Fraction(cases.GetProperty("all")));
        Assert.Equal(0.6, cases.GetProperty("all").GetProperty("accuracy").GetDouble(), 12);
        Assert.False(files[plain].TryGetProperty("caseRates", out _));

        // The totals count the spec's cases only.
        Assert.Equal((3, 5), Fraction(json.RootElement.GetProperty("total").GetProperty("caseRates").GetProperty("all")));

        var tables = SampleRunner.Run(["evaluate", "--gold", temp.Path], extractor: () => new RuleExtractor());
        Assert.Contains("cases fully right", tables.Stdout);
        Assert.Contains("Supported by Recognizers-Text .NET", tables.Stdout);
        Assert.Contains("66.7% (2/3)", tables.Stdout);
        Assert.Contains("60.0% (3/5)", tables.Stdout);
    }

    [Fact]
    public void The_within_model_rate_ignores_only_extra_quantities_of_dimensions_the_spec_never_annotates()
    {
        using var temp = new TempFolder();
        var spec = temp.Write("DimensionModel.gold.jsonl", string.Join('\n',
            // The extra "3 %" is a Percentage, a dimension this spec never annotates: right within the model.
            """{"id":"a","text":"Il a couru 5 km sur une pente de 3 %.","annotatedKinds":["Quantity"],"entities":[{"kind":"Quantity","start":11,"end":15,"value":{"number":5,"unit":"km","dimension":"Length","si":5000}}],"notSupported":"java"}""",
            // The extra "20 m" is a Length, the spec's own dimension: wrong either way.
            """{"id":"b","text":"Il a couru 10 km et nagé 20 m.","annotatedKinds":["Quantity"],"entities":[{"kind":"Quantity","start":11,"end":16,"value":{"number":10,"unit":"km","dimension":"Length","si":10000}}],"notSupported":"java"}"""));

        var run = SampleRunner.Run(["evaluate", "--gold", spec, "--json"], extractor: () => EntityExtractor.Default);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var cases = json.RootElement.GetProperty("total").GetProperty("caseRates");
        Assert.Equal((0, 2), Fraction(cases.GetProperty("supportedByDotnet")));
        Assert.Equal((1, 2), Fraction(cases.GetProperty("supportedWithinModelDimensions")));
    }

    [Fact]
    public void Evaluate_without_spec_files_prints_no_case_rates()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--json"], extractor: () => new RuleExtractor());

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.False(json.RootElement.GetProperty("total").TryGetProperty("caseRates", out _));
        Assert.DoesNotContain("cases fully right", SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds], extractor: () => new RuleExtractor()).Stdout);
    }

    private static (int Correct, int Total) Fraction(JsonElement accuracy) =>
        (accuracy.GetProperty("correct").GetInt32(), accuracy.GetProperty("total").GetInt32());

    private static GoldDocument Doc(params GoldEntity[] entities) =>
        new("test.gold.jsonl", 1, "test", Text, null, EntityKindSet.Of(EntityKind.Quantity), entities, []);

    private static GoldEntity Gold(string mention, GoldValue? value, bool optional = false)
    {
        var start = Text.IndexOf(mention, StringComparison.Ordinal);
        return new GoldEntity(EntityKind.Quantity, start, start + mention.Length, mention, null, value, [], optional);
    }

    private static Entity Pred(string mention, EntityValue? value)
    {
        var start = Text.IndexOf(mention, StringComparison.Ordinal);
        return new Entity(EntityKind.Quantity, start, start + mention.Length, mention, null, value);
    }

    private static ExtractionResult Result(params Entity[] entities) =>
        new(Text, null, entities.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray(), []);
}
