using System.Text.RegularExpressions;
using FrenchNewsNer.Sample.Stress;

namespace FrenchNewsNer.Tests.SampleConsole;

public class StressCommandTests
{
    [Fact]
    public void Stress_times_every_hostile_input_at_two_sizes_and_streams_a_feed()
    {
        var run = SampleRunner.Run(["stress", "--scale", "0.02", "--ratio", "4", "--stream-mb", "1"]);

        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var stream = Assert.Single(run.StdoutLines, l => l.StartsWith("stream:", StringComparison.Ordinal));
        Assert.Matches(@"^stream: 1\.0 M chars in \d+ windows, [\d,]+ entities, .* peak working set [\d,.]+ MB", stream);
        foreach (var input in HostileInputs.All)
        {
            var row = Assert.Single(run.StdoutLines, l => l.Contains("│ " + input.Name + " ", StringComparison.Ordinal));
            Assert.Contains("valid", row);
            Assert.DoesNotContain("INVALID", row);
            // The size ratio and the time ratio ("—" when the small run took no measurable time).
            Assert.Equal(2, Regex.Matches(row, @"\d+(\.\d+)?×|—").Count);
        }
    }

    [Theory]
    [InlineData(new[] { "stress", "--scale", "0" }, "error: --scale: '0' must be a positive number")]
    [InlineData(new[] { "stress", "--ratio", "1" }, "error: --ratio: '1' must be at least 2")]
    [InlineData(new[] { "stress", "--stream-mb", "-1" }, "error: --stream-mb: '-1' must be zero or more")]
    [InlineData(new[] { "stress", "--scale", "big" }, "error: --scale: 'big' is not a number")]
    public void Bad_stress_options_are_one_line_and_exit_code_2(string[] args, string expected)
    {
        var extractor = new RuleExtractor();
        var run = SampleRunner.Run(args, extractor: () => extractor);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.StderrLines));
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Empty(extractor.Calls);
    }

    [Fact]
    public void A_result_breaking_its_promises_is_reported_as_invalid_with_exit_code_2()
    {
        var run = SampleRunner.Run(["stress", "--scale", "0.001", "--stream-mb", "0"], extractor: () => new OverlappingExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.StderrLines, l => l.StartsWith("error: digits and dots:", StringComparison.Ordinal) && l.Contains("overlaps", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StdoutLines, l => l.StartsWith("stream:", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains("INVALID", StringComparison.Ordinal));
    }

    /// <summary>Reports two overlapping Person spans on every text: a broken result stress must catch.</summary>
    private sealed class OverlappingExtractor : IEntityExtractor
    {
        public EntityKindSet Kinds => EntityKindSet.All;

        public ExtractionResult Extract(string text, ExtractionOptions? options = null) =>
            text.Length < 3
                ? ExtractionResult.Empty(text, null)
                : new ExtractionResult(text, null, [new Entity(EntityKind.Person, 0, 2, text[..2]), new Entity(EntityKind.Person, 1, 3, text[1..3])], []);

        public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default) =>
            documents.Select(d => Extract(d.Text, d.Options));
    }
}
