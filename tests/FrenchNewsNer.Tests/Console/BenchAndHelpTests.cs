namespace FrenchNewsNer.Tests.SampleConsole;

public class BenchAndHelpTests
{
    [Fact]
    public void Bench_reports_build_time_memory_and_both_throughputs()
    {
        var run = SampleRunner.Run(["bench", RepoPaths.Seed(RepoPaths.SeedText), "--repeat", "3"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        foreach (var expected in new[] { "Extractor build", "GC.GetTotalMemory(true) delta", "Process working set", "Single-threaded", "3 × Extract", "Batch", "chars/s" })
        {
            Assert.Contains(expected, run.Stdout);
        }
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
