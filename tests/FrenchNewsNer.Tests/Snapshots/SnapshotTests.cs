using System.Text;
using FrenchNewsNer.Tests.SampleConsole;

namespace FrenchNewsNer.Tests.Snapshots;

/// <summary>
/// Pinned outputs: <c>extract --format json</c> on the two seeds and on 50 bench-corpus paragraphs
/// (Snapshots/Data) must equal the committed snapshots (Snapshots/Expected) byte for byte, so that
/// any change of output, wanted or not, shows up as a readable line diff. After an intended change,
/// rewrite them with <c>tools/snapshots/update.sh</c> (it runs these tests with UPDATE_SNAPSHOTS=1)
/// and review the diff in git before committing.
/// </summary>
public class SnapshotTests
{
    /// <summary>Set to 1 to write the actual outputs over the expected ones instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    private static string SnapshotFolder => Path.Combine(RepoPaths.Root, "tests", "FrenchNewsNer.Tests", "Snapshots");

    public static TheoryData<string> Cases() => new(SnapshotCases.Keys.Order(StringComparer.Ordinal));

    /// <summary>Snapshot file name → the sample's arguments that print it.</summary>
    private static readonly Dictionary<string, Func<string[]>> SnapshotCases = new()
    {
        ["seed-000_a2e8c08d339cd56e.json"] = () => ["extract", RepoPaths.Seed("000_a2e8c08d339cd56e.txt"), "--format", "json", "--reference-date", "2023-09-17"],
        ["seed-003_c202aaccbb4adacb.json"] = () => ["extract", RepoPaths.Seed("003_c202aaccbb4adacb.txt"), "--format", "json", "--reference-date", "2023-09-18"],
        ["corpus-paragraphs.json"] = () => ["extract", Path.Combine(SnapshotFolder, "Data", "corpus-paragraphs.jsonl"), "--input-format", "jsonl", "--format", "json"],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Snapshot_extract_json_output_is_unchanged(string snapshot)
    {
        var run = SampleRunner.Run(SnapshotCases[snapshot]());
        Assert.True(run.ExitCode == 0, $"extract failed: {run.Stderr}");
        var actual = run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(SnapshotFolder, "Expected", snapshot);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"no snapshot {path}; write it with tools/snapshots/update.sh");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        var diff = LineDiff.Describe(expected, actual);
        Assert.True(
            diff is null,
            $"extract output differs from the snapshot {snapshot}.\n{diff}\n"
            + "If the change is intended: tools/snapshots/update.sh (UPDATE_SNAPSHOTS=1 dotnet test --filter Snapshot), then review `git diff tests/FrenchNewsNer.Tests/Snapshots`.");
    }

    [Fact]
    public void Snapshot_data_holds_fifty_paragraphs_that_give_every_kind()
    {
        // Guards the snapshot against vacuity: paragraphs that gave nothing would pin nothing.
        var lines = File.ReadAllLines(Path.Combine(SnapshotFolder, "Data", "corpus-paragraphs.jsonl"));
        Assert.Equal(50, lines.Length);
        var expected = File.ReadAllText(Path.Combine(SnapshotFolder, "Expected", "corpus-paragraphs.json"));
        foreach (var kind in new[] { "Person", "Organization", "Location", "Quantity", "Number", "Date", "Gift" })
        {
            Assert.Contains($"\"kind\": \"{kind}\"", expected, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Snapshot_line_diff_shows_the_changed_line_with_its_context()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd\n", "a\nb\nX\nd\n");
        Assert.NotNull(diff);
        Assert.Contains("-     3 c", diff, StringComparison.Ordinal);
        Assert.Contains("+     3 X", diff, StringComparison.Ordinal);
        Assert.Contains("      2 b", diff, StringComparison.Ordinal);
        Assert.Null(LineDiff.Describe("a\r\nb", "a\nb\n"));
    }
}
