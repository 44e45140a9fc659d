using System.Text.Json;
using FrenchNewsNer.Export;
using FrenchNewsNer.Serialization;
using FrenchNewsNer.Tests.SampleConsole;

namespace FrenchNewsNer.Tests.Export;

public class ExportConsoleTests
{
    [Theory]
    [InlineData("conll")]
    [InlineData("brat")]
    public void The_seed_gold_exported_and_read_back_as_gold_scores_the_same(string format)
    {
        using var folder = new TempFolder();
        foreach (var gold in Directory.GetFiles(RepoPaths.Seeds, "*.gold.json"))
        {
            var result = JsonSerializer.Deserialize(File.ReadAllText(gold), FrenchNewsNerJsonContext.Default.ExtractionResult)!;
            var name = Path.GetFileName(gold).Replace(".gold.json", string.Empty, StringComparison.Ordinal);
            folder.Write(name + ".txt", result.Text);
            folder.Write(name + (format == "conll" ? ".conll" : ".ann"), format == "conll" ? Conll.ToText(result) : Brat.ToText(result));
        }

        using var original = Scores(RepoPaths.Seeds);
        using var exported = Scores(folder.Path);
        var before = original.RootElement.GetProperty("total");
        var after = exported.RootElement.GetProperty("total");
        foreach (var kind in before.GetProperty("kinds").EnumerateObject())
        {
            var again = after.GetProperty("kinds").GetProperty(kind.Name);
            foreach (var measure in new[] { "precision", "recall", "f1" })
            {
                Assert.Equal(kind.Value.GetProperty(measure).GetDouble(), again.GetProperty(measure).GetDouble());
            }
        }

        // Canonicals, values and the reference date travel in the comments (CoNLL) and notes (brat): the
        // value and canonical accuracies stay as they were. (Their counts may grow: neither format marks a
        // mention optional, so the seeds' optional "ces derniers jours" is scored once exported.)
        Assert.Equal(Accuracy(before.GetProperty("valueAccuracy").GetProperty("overall")), Accuracy(after.GetProperty("valueAccuracy").GetProperty("overall")));
        Assert.Equal(Accuracy(before.GetProperty("canonicalAccuracy")), Accuracy(after.GetProperty("canonicalAccuracy")));
        Assert.True(after.GetProperty("valueAccuracy").GetProperty("overall").GetProperty("total").GetInt32() >= before.GetProperty("valueAccuracy").GetProperty("overall").GetProperty("total").GetInt32());
        if (format == "brat")
        {
            // brat also carries the gift events: the relation scores stay as they were.
            Assert.Equal(before.GetProperty("giftRelations").ToString(), after.GetProperty("giftRelations").ToString());
        }
    }

    [Fact]
    public void Extract_writes_each_export_and_brat_takes_one_document_only()
    {
        var seed = RepoPaths.Seed(RepoPaths.SeedText);
        var conll = SampleRunner.Run(["extract", seed, "--format", "conll"]);
        Assert.Equal(0, conll.ExitCode);
        Assert.Contains("Moscou\tB-Location\tO\n", conll.Stdout, StringComparison.Ordinal);

        var spacy = SampleRunner.Run(["extract", seed, seed, "--format", "spacy"]);
        Assert.Equal(2, spacy.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        using var tasks = JsonDocument.Parse(SampleRunner.Run(["extract", seed, "--format", "labelstudio"]).Stdout);
        Assert.Equal(1, tasks.RootElement.GetArrayLength());

        var brat = SampleRunner.Run(["extract", seed, seed, "--format", "brat"]);
        Assert.Equal(2, brat.ExitCode);
        Assert.Contains("--format", brat.Stderr, StringComparison.Ordinal);
        Assert.Empty(brat.Stdout);
    }

    private static double Accuracy(JsonElement measure) => measure.GetProperty("accuracy").GetDouble();

    private static JsonDocument Scores(string gold)
    {
        var run = SampleRunner.Run(["evaluate", "--gold", gold, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout);
    }
}
