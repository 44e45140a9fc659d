using System.Text.Json;
using FrenchNewsNer.Tests.SampleConsole;

namespace FrenchNewsNer.Tests.Snapshots;

/// <summary>
/// The seeds' scores, pinned: every scored kind at F1 1.0, every value, canonical name and gift
/// relation right. Reads the repository's own copy of the seeds' gold (seeds/*.gold.json, the same
/// bytes as ../shared/gold/seeds; the seeds are the project's own text), never ../shared.
/// </summary>
public class SeedScoreTests
{
    [Fact]
    public void Snapshot_seed_scores_are_perfect_for_every_kind()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var total = json.RootElement.GetProperty("total");

        var kinds = total.GetProperty("kinds").EnumerateObject().ToArray();
        Assert.Equal(["Person", "Organization", "Location", "Quantity", "Date", "Gift"], kinds.Select(k => k.Name));
        var imperfect = kinds
            .Where(k => k.Value.GetProperty("f1").GetDouble() != 1.0)
            .Select(k => $"{k.Name}: F1 {k.Value.GetProperty("f1").GetDouble():0.000} (fp {k.Value.GetProperty("fp")}, fn {k.Value.GetProperty("fn")})")
            .ToArray();
        Assert.True(imperfect.Length == 0, "seed scores fell: " + string.Join("; ", imperfect));

        Assert.Equal(1.0, total.GetProperty("valueAccuracy").GetProperty("overall").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, total.GetProperty("canonicalAccuracy").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, total.GetProperty("giftRelations").GetProperty("f1").GetDouble());
    }
}
