namespace FrenchNewsNer.Tests.SampleConsole;

/// <summary><c>compare</c>: both systems side by side on a file, and both systems' scores on gold.</summary>
public class CompareCommandTests
{
    [Fact]
    public void Compare_a_file_lists_both_systems_side_by_side()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "La distance est d'environ 250 kilomètres, a indiqué TASS le 13 septembre 2023.");
        var run = SampleRunner.Run(["compare", file, "-d", "2023-09-17"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("FrenchNewsNer", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Recognizers-Text", run.Stdout, StringComparison.Ordinal);
        var dateLine = Assert.Single(run.StdoutLines, l => l.Contains("13 septembre 2023", StringComparison.Ordinal) && l.StartsWith('['));
        Assert.Equal(2, dateLine.Split("Date 2023-09-13").Length - 1);
        Assert.Contains(run.StdoutLines, l => l.Contains("Quantity 250 km Length", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("same span and reading:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_on_the_seeds_gold_scores_both_systems_per_kind()
    {
        var run = SampleRunner.Run(["compare", "--gold", RepoPaths.Seeds]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var date = Assert.Single(run.StdoutLines, l => l.StartsWith("Date ", StringComparison.Ordinal));
        Assert.Contains("100.0 / 100.0 / 100.0", date, StringComparison.Ordinal);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Person", StringComparison.Ordinal) && l.Contains("not a Recognizers-Text kind", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.StartsWith("micro, shared", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_without_files_or_gold_is_one_error()
    {
        var run = SampleRunner.Run(["compare"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StderrLines);
    }
}
