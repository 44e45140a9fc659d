using System.Text;
using System.Text.Json;
using FrenchNewsNer.Sample;
using FrenchNewsNer.Sample.Commands;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Tests.SampleConsole;

/// <summary>
/// The console's rules for what a user gets wrong, case by case: one line on standard error that
/// names the problem, exit code 2, nothing done before the command line is right, and otherwise the
/// other documents still processed.
/// </summary>
public class ConsoleErrorTests
{
    [Fact]
    public void A_misspelt_option_is_refused_before_any_work_naming_it_and_the_option_meant()
    {
        using var temp = new TempFolder();
        var good = temp.Write("good.txt", "Alice.");
        var extractor = new RuleExtractor();

        var run = SampleRunner.Run(["extract", "--refrence-date", "2025-10-09", good], extractor: () => extractor);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown option '--refrence-date'; did you mean '--reference-date'? (see --help)", Assert.Single(run.StderrLines));
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Empty(extractor.Calls);
    }

    [Theory]
    [InlineData("evaluate", "--gold", "x", "--jsn")]
    [InlineData("bench", "x.txt", "-z")]
    [InlineData("stress", "--nope")]
    public void An_unknown_option_of_any_command_is_one_line_naming_it(params string[] args)
    {
        var run = SampleRunner.Run(args, extractor: () => throw new InvalidOperationException("must not build the extractor"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: unknown option '{args[^1]}'", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void After_a_double_dash_a_name_starting_with_a_dash_is_a_file()
    {
        var run = SampleRunner.Run(["extract", "--format", "jsonl", "--", "-missing.txt"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: -missing.txt: no such file", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void A_negative_number_is_an_option_value_not_an_unknown_option()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", "x", "--show-errors", "-1"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --show-errors: '-1' must be zero or more", Assert.Single(run.StderrLines));
    }

    [Fact]
    public void A_format_outside_the_choices_names_the_option()
    {
        var run = SampleRunner.Run(["extract", "--format", "xml", "x.txt"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: --format: ", line);
        Assert.Contains("'xml'", line);
        Assert.Contains("jsonl", line);
    }

    [Theory]
    [InlineData(new[] { "stress", "--scale", "abc" }, "error: --scale: 'abc' is not a number (see --help)")]
    [InlineData(new[] { "bench", "x.txt", "--repeat", "many" }, "error: --repeat: 'many' is not a whole number (see --help)")]
    [InlineData(new[] { "evaluate", "--gold", "x", "--show-errors", "1.5" }, "error: --show-errors: '1.5' is not a whole number (see --help)")]
    public void A_value_of_the_wrong_type_is_said_without_dotnet_type_names(string[] args, string expected)
    {
        var run = SampleRunner.Run(args, extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.StderrLines));
        Assert.DoesNotContain("System.", run.Stderr);
    }

    [Fact]
    public void JSON_output_of_batch_input_keeps_a_bad_line_in_its_place_too()
    {
        var input = "{\"id\":\"a\",\"text\":\"Alice.\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"Carole.\"}\n";

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl", "--format", "json"], input, () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: <stdin>:2: \"text\" (a string) is missing", Assert.Single(run.StderrLines));
        using var json = JsonDocument.Parse(run.Stdout);
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["a", "b", "c"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(2, items[1].GetProperty("line").GetInt32());
        Assert.Equal("\"text\" (a string) is missing", items[1].GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("table")]
    public void A_text_longer_than_a_window_streams_as_one_document_per_window_in_every_format(string format)
    {
        // One line, no sentence end: the worst case for cutting, as a 20 MB single-line file.
        using var temp = new TempFolder();
        var words = string.Join(' ', Enumerable.Range(0, (ExtractCommand.WindowLength * 5 / 2) / 8).Select(i => $"Mot{i % 1000:D4}"));
        var path = temp.Write("long.txt", words);

        var run = SampleRunner.Run(["extract", "--format", format, path], extractor: () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        if (format == "table")
        {
            Assert.Contains($"{path}#char=0,", run.Stdout);
            return;
        }

        var documents = format == "jsonl"
            ? run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray()
            : JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, documents.Length);
        var texts = documents.Select(d => d.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(words, string.Concat(texts));
        var offset = 0;
        foreach (var (document, text) in documents.Zip(texts))
        {
            Assert.True(text.Length <= ExtractCommand.WindowLength);
            Assert.Equal($"long.txt#char={offset},{offset + text.Length}", document.GetProperty("document").GetString());
            foreach (var entity in document.GetProperty("entities").EnumerateArray())
            {
                var start = entity.GetProperty("start").GetInt32();
                var end = entity.GetProperty("end").GetInt32();
                Assert.Equal(entity.GetProperty("text").GetString(), text[start..end]);
            }

            offset += text.Length;
        }
    }

    [Fact]
    public void A_text_that_fits_one_window_keeps_its_plain_name()
    {
        using var temp = new TempFolder();
        var path = temp.Write("short.txt", "Alice et Bob.");

        var run = SampleRunner.Run(["extract", "--format", "jsonl", path], extractor: () => new RuleExtractor());

        Assert.Equal("short.txt", JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement.GetProperty("document").GetString());
    }

    [Fact]
    public void Invalid_UTF8_deep_in_a_streamed_text_is_reported_at_its_line_and_the_next_file_is_still_extracted()
    {
        using var temp = new TempFolder();
        var lines = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"Ligne {i} de texte.\n"));
        byte[] bytes = [.. Encoding.UTF8.GetBytes(lines), 0xC3, 0x28, .. "fin\n"u8];
        var bad = temp.WriteBytes("bad.txt", bytes);
        var next = temp.Write("next.txt", "Nadia.");

        var run = SampleRunner.Run(["extract", "--format", "jsonl", bad, next], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {bad}:40001: invalid UTF-8", Assert.Single(run.StderrLines));
        Assert.Equal("next.txt", JsonDocument.Parse(run.StdoutLines[^1]).RootElement.GetProperty("document").GetString());
    }

    [Fact]
    public void Evaluating_a_kind_no_gold_file_annotates_says_why_instead_of_scoring_zeros()
    {
        using var temp = new TempFolder();

        // No annotatedKinds: FORMAT.md's default, every kind but Number.
        var gold = temp.Write("a.gold.json", """{"document":"a","text":"Kim est venu.","entities":[{"kind":"Person","start":0,"end":3,"text":"Kim"}],"gifts":[]}""");

        var run = SampleRunner.Run(["evaluate", "-k", "Number", "--gold", gold], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: --kinds: Number cannot be scored: no gold document annotates it", line);
        Assert.Contains("annotatedKinds", line);
        Assert.Equal(string.Empty, run.Stdout);

        // Asked together with a kind that is annotated: that one is still scored.
        var both = SampleRunner.Run(["evaluate", "-k", "Person,Number", "--gold", gold, "--json"], extractor: () => new RuleExtractor());
        Assert.Equal(2, both.ExitCode);
        Assert.StartsWith("error: --kinds: Number cannot be scored", Assert.Single(both.StderrLines));
        using var json = JsonDocument.Parse(both.Stdout);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void Evaluating_a_gold_path_that_does_not_exist_is_an_error_without_a_table()
    {
        var run = SampleRunner.Run(["evaluate", "--gold", "/nonexistent"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: /nonexistent: no such file or directory", Assert.Single(run.StderrLines));
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Bench_on_an_empty_file_says_so_instead_of_printing_NaN()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.txt", "\n\n");

        var run = SampleRunner.Run(["bench", empty], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {empty}: the file holds no text to measure", Assert.Single(run.StderrLines));
        Assert.DoesNotContain("NaN", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Extract_with_no_file_in_a_terminal_says_how_to_use_it_instead_of_waiting()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var io = new ConsoleIO(() => throw new InvalidOperationException("must not read a terminal"), stdout, stderr, inputIsTerminal: true);

        var exit = Cli.Run(["extract"], io, () => new RuleExtractor());

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("extract FILE", line);
        Assert.Contains("--help", line);

        // "-" still reads standard input, on purpose, even from a terminal.
        var explicitStdin = new ConsoleIO(() => new MemoryStream("Alice."u8.ToArray()), new StringWriter(), new StringWriter(), inputIsTerminal: true);
        Assert.Equal(0, Cli.Run(["extract", "-", "--format", "jsonl"], explicitStdin, () => new RuleExtractor()));
    }

    [Fact]
    public void A_gazetteer_file_with_invalid_UTF8_throws_the_documented_DataFormatException_at_its_line()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. "kind\tname\tcanonical\n"u8, .. "Person\tAlice\t\n"u8, .. "Person\tB"u8, 0xE9, .. "atrice\t\n"u8];
        var path = temp.WriteBytes("names.tsv", bytes);

        var error = Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddGazetteerFile(path));

        Assert.Equal(path, error.SourceName);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}:3: invalid UTF-8", error.Message);
    }
}
