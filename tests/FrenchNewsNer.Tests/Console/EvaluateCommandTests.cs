using System.Text.Json;
using FrenchNewsNer.Sample.Evaluation;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Tests.SampleConsole;

public class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_on_the_seeds_scores_both_documents_with_the_real_extractor()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(2, total.GetProperty("documents").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("files").GetArrayLength());

        // Gold counts are properties of the seed gold files alone: 63 + 46 entities, 1 + 2 optional.
        Assert.Equal(106, total.GetProperty("micro").GetProperty("gold").GetInt32());
        Assert.Equal(14, total.GetProperty("giftRelations").GetProperty("goldTriples").GetInt32());
        Assert.False(total.GetProperty("kinds").TryGetProperty("Number", out _));
        var micro = total.GetProperty("micro");
        Assert.Equal(micro.GetProperty("tp").GetInt32() + micro.GetProperty("fn").GetInt32(), micro.GetProperty("gold").GetInt32());
    }

    [Fact]
    public void An_extractor_that_returns_the_gold_scores_one_everywhere()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--json"], extractor: () => new GoldOracle(RepoPaths.Seeds));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(1.0, total.GetProperty("micro").GetProperty("f1").GetDouble());
        Assert.Equal(0, total.GetProperty("micro").GetProperty("fp").GetInt32());
        Assert.Equal(1.0, total.GetProperty("valueAccuracy").GetProperty("overall").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, total.GetProperty("canonicalAccuracy").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, total.GetProperty("giftRelations").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void The_table_report_shows_per_kind_rows_micro_and_the_accuracies()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--show-errors", "2"], extractor: () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[] { "Person", "Organization", "Location", "Quantity", "Date", "Gift", "micro", "Value accuracy:", "Canonical accuracy:", "Gift relations:", "false positive", "false negative", "⟦" })
        {
            Assert.Contains(expected, run.Stdout);
        }
    }

    [Fact]
    public void A_bad_gold_file_is_reported_and_the_good_ones_are_still_scored()
    {
        using var temp = new TempFolder();
        File.Copy(RepoPaths.Seed(RepoPaths.SeedGold), temp.File(RepoPaths.SeedGold));
        var broken = temp.Write("zz.gold.jsonl", "{\"id\":\"x\",\"text\":\"Kim\",\"entities\":[{\"kind\":\"Person\",\"start\":0,\"end\":3}]}\n{\"id\":\"y\",\"text\":");

        var run = SampleRunner.Run(["evaluate", "--gold", temp.Path, "--json"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {broken}:2: malformed JSON", Assert.Single(run.StderrLines));
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetProperty("documents").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("failedDocuments").GetInt32());
    }

    [Fact]
    public void A_document_whose_extraction_throws_is_reported_and_the_rest_are_scored()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("c.gold.jsonl", string.Join('\n',
            """{"id":"a","text":"Alice.","entities":[{"kind":"Person","start":0,"end":5}]}""",
            """{"id":"b","text":"BOOM Bob.","entities":[{"kind":"Person","start":5,"end":8}]}""",
            """{"id":"c","text":"Carole.","entities":[{"kind":"Person","start":0,"end":6}]}"""));

        var run = SampleRunner.Run(["evaluate", "--gold", gold, "--json"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"error: {gold}:2: extraction of 'b' failed", line);
        Assert.False(SampleRunner.HasStackTrace(run.Stderr));
        using var json = JsonDocument.Parse(run.Stdout);
        var person = json.RootElement.GetProperty("total").GetProperty("kinds").GetProperty("Person");
        Assert.Equal(2, person.GetProperty("tp").GetInt32());
        Assert.Equal(0, person.GetProperty("fn").GetInt32());
    }

    [Fact]
    public void Reference_dates_come_from_each_gold_document()
    {
        var extractor = new RuleExtractor();

        SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--json"], extractor: () => extractor);

        Assert.Equal(
            [new DateOnly(2023, 9, 17), new DateOnly(2023, 9, 18)],
            extractor.Calls.Select(c => c.Options!.ReferenceDate!.Value).Order());
    }

    [Theory]
    [InlineData(new[] { "evaluate", "--gold", "/nonexistent/gold" }, "error: /nonexistent/gold: no such file or directory")]
    [InlineData(new[] { "evaluate" }, "error: Option '--gold' is required.")]
    [InlineData(new[] { "evaluate", "--gold", ".", "--kinds", "Persons" }, "error: --kinds: unknown entity kind 'Persons'")]
    public void Bad_arguments_are_one_line_and_exit_code_2(string[] args, string expected)
    {
        var run = SampleRunner.Run(args, extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.StderrLines));
    }

    [Fact]
    public void Kinds_narrow_the_scores()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--kinds", "Person", "--json"], extractor: () => new GoldOracle(RepoPaths.Seeds));

        using var json = JsonDocument.Parse(run.Stdout);
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(["Person"], total.GetProperty("kinds").EnumerateObject().Select(p => p.Name));
        Assert.Equal(23, total.GetProperty("micro").GetProperty("gold").GetInt32());
        Assert.False(total.TryGetProperty("giftRelations", out _));
    }

    /// <summary>Returns, for a gold text, exactly the gold entities and gifts: the best any extractor can do.</summary>
    private sealed class GoldOracle : IEntityExtractor
    {
        private readonly Dictionary<string, GoldDocument> _byText;

        public GoldOracle(string folder)
        {
            var sink = new ErrorSink(new StringWriter());
            _byText = GoldReader.FindGoldFiles(folder, sink).SelectMany(f => GoldReader.ReadFile(f, sink)).ToDictionary(d => d.Text);
        }

        public EntityKindSet Kinds => EntityKindSet.All;

        public ExtractionResult Extract(string text, ExtractionOptions? options = null)
        {
            var gold = _byText[text];
            var entities = gold.Entities.Select(g => new Entity(g.Kind, g.Start, g.End, g.Text, g.Canonical, g.Value?.ToEntityValue())).ToList();
            var gifts = gold.Gifts.Select(g => new GiftEvent(g.Items.Select(i => entities[i[0]]).ToList(), g.Giver, g.Recipient, g.Mutual)).ToList();
            return new ExtractionResult(text, options?.ReferenceDate, entities, gifts);
        }

        public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default) =>
            documents.Select(d => Extract(d.Text, d.Options));
    }
}
