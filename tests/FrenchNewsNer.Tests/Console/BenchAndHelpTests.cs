using System.Text.Json;

namespace FrenchNewsNer.Tests.SampleConsole;

public class BenchAndHelpTests
{
    [Fact]
    public void Bench_reports_build_time_memory_and_both_throughputs()
    {
        var run = SampleRunner.Run(["bench", RepoPaths.Seed(RepoPaths.SeedText), "--repeat", "3"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        foreach (var expected in new[]
        {
            "Extractor build", "GC.GetTotalMemory(true) delta", "Process working set", "Single-threaded", "3 × 16 documents", "Batch", "chars/s",
            "Single-threaded CPU time", "Batch / single", "Allocated per KB of input", "Entities returned per KB", "Allocated / returned",
        })
        {
            Assert.Contains(expected, run.Stdout);
        }

        Assert.DoesNotContain("Scaling", run.Stdout);
    }

    [Fact]
    public void Bench_splits_the_file_into_documents_on_blank_lines_and_reports_json()
    {
        using var folder = new TempFolder();
        var path = folder.Write("corpus.txt", "Jean Dupont part.\nIl revient.\n\nMarie Curie arrive.\r\n\r\n\r\nPaul reste.\n");
        var extractor = new RuleExtractor();

        var run = SampleRunner.Run(["bench", path, "--repeat", "1", "--json"], extractor: () => extractor);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Equal(6, root.GetProperty("entities").GetInt64()); // capitalised words: Jean, Dupont, Il, Marie, Curie, Paul
        Assert.Equal(1, root.GetProperty("rounds").GetInt32());
        Assert.True(root.GetProperty("singleCharsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("batchCharsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("allocatedBytesPerKb").GetDouble() > 0);
        Assert.True(root.GetProperty("entityBytesPerKb").GetDouble() > 0);
        Assert.False(root.TryGetProperty("scaling", out _));
        Assert.Equal(OperatingSystem.IsLinux(), root.TryGetProperty("singleThreadCpuMs", out _));

        // Each document reaches the extractor alone, never the blank-line-joined file.
        var texts = extractor.Calls.Select(c => c.Text).Distinct().ToArray();
        Assert.Equal(["Jean Dupont part.\nIl revient.", "Marie Curie arrive.", "Paul reste.\n"], texts);
    }

    [Fact]
    public void Bench_scaling_times_the_first_eighth_of_the_documents_against_all_of_them()
    {
        using var folder = new TempFolder();
        var documents = Enumerable.Range(0, 16).Select(i => $"Document {i:00} de Nancy").ToArray(); // 20 chars each
        var path = folder.Write("corpus.txt", string.Join("\n\n", documents));

        var run = SampleRunner.Run(["bench", path, "--repeat", "1", "--scaling", "--json"], extractor: () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var scaling = json.RootElement.GetProperty("scaling");
        Assert.Equal(40, scaling.GetProperty("smallChars").GetInt64());
        Assert.Equal(320, scaling.GetProperty("wholeChars").GetInt64());
        Assert.Equal(8.0, scaling.GetProperty("charsRatio").GetDouble());
        Assert.True(scaling.GetProperty("elapsedRatio").GetDouble() > 0);

        var table = SampleRunner.Run(["bench", path, "--repeat", "1", "--scaling"], extractor: () => new RuleExtractor());
        Assert.Contains("Scaling: first eighth", table.Stdout);
        Assert.Contains("Scaling ratio", table.Stdout);
        Assert.Contains("8.00× the characters", table.Stdout);
    }

    [Theory]
    [InlineData(new[] { "bench", "/nonexistent/file.txt" }, "error: /nonexistent/file.txt: no such file")]
    [InlineData(new[] { "bench", ".", "--repeat", "0" }, "error: --repeat: '0' must be at least 1")]
    public void Bench_errors_are_one_line(string[] args, string expected)
    {
        var run = SampleRunner.Run(args, extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.StderrLines[0]);
    }

    [Fact]
    public void Help_goes_to_stdout_with_exit_code_0()
    {
        var run = SampleRunner.Run(["extract", "--help"], extractor: () => throw new InvalidOperationException("help must not build the extractor"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--input-format", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void An_unknown_command_is_one_line_and_exit_code_2()
    {
        var run = SampleRunner.Run(["extrakt", "x.txt"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(run.StderrLines));
    }
}
