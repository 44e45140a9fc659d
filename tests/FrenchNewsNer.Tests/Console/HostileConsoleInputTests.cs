using System.Text;
using System.Text.Json;

namespace FrenchNewsNer.Tests.SampleConsole;

/// <summary>
/// Input problems the other console tests leave out: empty kind items, bad JSON Lines files among good
/// ones, a read error in mid-stream, JSON that decodes to lone surrogates. Each is one stderr line,
/// exit code 2, no stack trace, and every other document still goes through.
/// </summary>
public class HostileConsoleInputTests
{
    [Theory]
    [InlineData("Person,,Date")]
    [InlineData("Person,")]
    [InlineData(",")]
    public void An_empty_item_in_kinds_is_an_error_not_silently_skipped(string kinds)
    {
        Assert.False(EntityKindSet.TryParse(kinds, out var set, out var message));
        Assert.Equal(EntityKindSet.None, set);
        Assert.Contains("empty entity kind", message);

        var extractor = new RuleExtractor();
        var extract = SampleRunner.Run(["extract", "--kinds", kinds], "Alice.", () => extractor);
        Assert.Equal(2, extract.ExitCode);
        Assert.StartsWith($"error: --kinds: empty entity kind in '{kinds}'", Assert.Single(extract.StderrLines));
        Assert.Empty(extractor.Calls);

        var evaluate = SampleRunner.Run(["evaluate", "--gold", RepoPaths.Seeds, "--kinds", kinds], extractor: () => extractor);
        Assert.Equal(2, evaluate.ExitCode);
        Assert.StartsWith("error: --kinds: empty entity kind", Assert.Single(evaluate.StderrLines));
        Assert.Equal(string.Empty, evaluate.Stdout);
    }

    [Fact]
    public void Missing_and_directory_JSON_Lines_inputs_are_reported_and_the_good_file_is_still_extracted()
    {
        using var temp = new TempFolder();
        var missing = temp.File("missing.jsonl");
        var folder = temp.File("folder.jsonl");
        Directory.CreateDirectory(folder);
        var good = temp.Write("good.jsonl", "{\"id\":\"g1\",\"text\":\"Alice.\"}\n{\"id\":\"g2\",\"text\":\"Bob.\"}\n");

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl", missing, folder, good], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Collection(
            run.StderrLines,
            line => Assert.Equal($"error: {missing}: no such file", line),
            line => Assert.Equal($"error: {folder}: is a directory, not a JSON Lines file", line));
        Assert.Equal(["g1", "g2"], run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void An_invalid_UTF8_line_in_JSON_Lines_costs_that_line_only()
    {
        byte[] input = [.. "{\"id\":\"a\",\"text\":\"Alice.\"}\n"u8, .. "{\"id\":\"b\",\"text\":\"B"u8, 0xC3, 0x28, .. "b.\"}\n"u8, .. "{\"id\":\"c\",\"text\":\"Carole.\"}\n"u8];

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl"], input, () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: <stdin>:2: invalid UTF-8", Assert.Single(run.StderrLines));
        Assert.Equal(["a", null, "c"], run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal("invalid UTF-8", JsonDocument.Parse(run.StdoutLines[1]).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void A_read_error_in_mid_JSON_Lines_ends_that_input_only_and_the_next_file_is_still_extracted()
    {
        using var temp = new TempFolder();
        var next = temp.Write("next.jsonl", "{\"id\":\"n1\",\"text\":\"Nadia.\"}\n");
        var stdin = Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"Sarah.\"}\n{\"id\":\"s2\",\"text\":\"Simon.\"}\n{\"id\":\"s3\",");

        var run = SampleRunner.RunWithStdin(["extract", "--input-format", "jsonl", "--format", "json", "-", next], () => new FailingStream(stdin), () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: <stdin>: cannot read: Input/output error", Assert.Single(run.StderrLines));
        Assert.False(SampleRunner.HasStackTrace(run.Stderr));

        // The JSON array is still closed, so the output parses.
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["s1", "s2", "n1"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public void A_read_error_on_text_stdin_is_one_line_and_the_next_file_is_still_extracted()
    {
        using var temp = new TempFolder();
        var next = temp.Write("next.txt", "Nadia.");

        var run = SampleRunner.RunWithStdin(["extract", "--format", "jsonl", "-", next], () => new FailingStream("Sarah "u8.ToArray()), () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: <stdin>: cannot read: Input/output error", Assert.Single(run.StderrLines));
        Assert.Equal("next.txt", JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement.GetProperty("document").GetString());
    }

    [Fact]
    public void A_JSON_line_whose_text_escapes_a_lone_surrogate_is_refused_alone_and_control_characters_are_fine()
    {
        // System.Text.Json refuses to turn "\ud800" into a string; that once ended the whole run.
        var input = "{\"id\":\"s\",\"text\":\"Vladimir\\ud800 Poutine a offert à Kim Jong Un cinq drones.\"}\n"
            + "{\"id\":\"t\",\"text\":\"Kim\\u0000 Jong\\u0007 Un a offert\\u001b cinq drones le 13 septembre 2023.\"}\n";

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl"], input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: <stdin>:1: a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which is not text", Assert.Single(run.StderrLines));
        Assert.Equal(2, run.StdoutLines.Length);
        var refused = JsonDocument.Parse(run.StdoutLines[0]).RootElement;
        Assert.Equal("s", refused.GetProperty("id").GetString());
        Assert.Equal(1, refused.GetProperty("line").GetInt32());
        var line = JsonDocument.Parse(run.StdoutLines[1]).RootElement;
        Assert.Equal("t", line.GetProperty("id").GetString());
        Assert.True(line.GetProperty("entities").GetArrayLength() > 0);
    }

    [Fact]
    public void Hostile_text_files_go_through_the_console_with_the_real_extractor()
    {
        using var temp = new TempFolder();
        var controls = temp.Write("controls.txt", "M.\0Poutine\u0007a offert à Kim\u001B cinq drones\f le 13 septembre 2023.");
        var quotes = temp.Write("quotes.txt", string.Concat(Enumerable.Repeat("« ", 2000)) + "Kim" + string.Concat(Enumerable.Repeat(" »", 2000)));
        var digits = temp.Write("digits.txt", string.Concat(Enumerable.Repeat("1.23.", 20_000)));

        var run = SampleRunner.Run(["extract", "--format", "jsonl", controls, quotes, digits]);

        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["controls.txt", "quotes.txt", "digits.txt"], run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetString()));
    }

    [Fact]
    public void An_unreadable_file_is_one_line_for_every_command_and_the_other_inputs_go_on()
    {
        // Tests run as root in CI containers, where permissions cannot make a file unreadable; Linux's
        // /proc/self/mem exists but fails every read at offset 0 with EIO, a real read error.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        const string unreadable = "/proc/self/mem";
        using var temp = new TempFolder();
        var text = temp.Write("ok.txt", "Alice.");
        var jsonl = temp.Write("ok.jsonl", "{\"id\":\"ok\",\"text\":\"Alice.\"}\n");

        var extract = SampleRunner.Run(["extract", "--format", "jsonl", unreadable, text], extractor: () => new RuleExtractor());
        var batch = SampleRunner.Run(["extract", "--input-format", "jsonl", unreadable, jsonl], extractor: () => new RuleExtractor());
        var evaluate = SampleRunner.Run(["evaluate", "--json", "--gold", unreadable, RepoPaths.Seed(RepoPaths.SeedGold)], extractor: () => new RuleExtractor());

        foreach (var run in new[] { extract, batch, evaluate })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"error: {unreadable}: cannot read:", Assert.Single(run.StderrLines));
            Assert.False(SampleRunner.HasStackTrace(run.Stderr));
        }

        Assert.Equal("ok.txt", JsonDocument.Parse(Assert.Single(extract.StdoutLines)).RootElement.GetProperty("document").GetString());
        Assert.Equal("ok", JsonDocument.Parse(Assert.Single(batch.StdoutLines)).RootElement.GetProperty("id").GetString());
        using var scores = JsonDocument.Parse(evaluate.Stdout);
        var seed = Assert.Single(scores.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString()!.EndsWith(RepoPaths.SeedGold, StringComparison.Ordinal));
        Assert.Equal(1, seed.GetProperty("scores").GetProperty("documents").GetInt32());
    }
}
