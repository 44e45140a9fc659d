using System.Text;
using System.Text.Json;

namespace FrenchNewsNer.Tests.SampleConsole;

public class ExtractCommandTests
{
    [Fact]
    public void Json_on_a_seed_is_a_FORMAT_document_without_anything_from_the_gold_beside_it()
    {
        var run = SampleRunner.Run(["extract", RepoPaths.Seed(RepoPaths.SeedText), "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(RepoPaths.SeedText, root.GetProperty("document").GetString());
        Assert.Equal(File.ReadAllText(RepoPaths.Seed(RepoPaths.SeedText)), root.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("gifts").ValueKind);

        // The gold beside the seed has referenceDate 2023-09-17 and annotatedKinds; neither may leak.
        Assert.False(root.TryGetProperty("referenceDate", out _));
        Assert.False(root.TryGetProperty("annotatedKinds", out _));
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(root.GetProperty("text").GetString()![start..end], entity.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void The_reference_date_comes_from_the_option_only()
    {
        var run = SampleRunner.Run(["extract", RepoPaths.Seed(RepoPaths.SeedText), "--format", "json", "--reference-date", "2020-02-29"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2020-02-29", json.RootElement.GetProperty("referenceDate").GetString());
    }

    [Fact]
    public void A_gold_file_beside_the_text_is_never_read()
    {
        using var temp = new TempFolder();
        var text = temp.Write("x.txt", "Hier, Kim est arrivé.");
        temp.Write("x.gold.json", "{ this is not json");

        var run = SampleRunner.Run(["extract", text, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Bad_inputs_cost_one_stderr_line_each_and_the_others_are_still_extracted()
    {
        using var temp = new TempFolder();
        var first = temp.Write("first.txt", "Alice part.");
        var missing = temp.File("missing.txt");
        var invalid = temp.WriteBytes("invalid.txt", [.. "ligne un\nligne deux "u8, 0xC3, 0x28, .. "\n"u8]);
        var folder = temp.File("folder");
        Directory.CreateDirectory(folder);
        var last = temp.Write("last.txt", "Bob reste.");

        var run = SampleRunner.Run(["extract", first, missing, invalid, folder, last, "--format", "jsonl"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        Assert.Collection(
            run.StderrLines,
            line => Assert.Equal($"error: {missing}: no such file", line),
            line => Assert.Equal($"error: {invalid}:2: invalid UTF-8", line),
            line => Assert.Equal($"error: {folder}: is a directory, not a text file", line));
        var documents = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["first.txt", "last.txt"], documents.Select(d => d.GetProperty("document").GetString()));
        Assert.Equal("Alice", documents[0].GetProperty("entities")[0].GetProperty("text").GetString());
        Assert.Equal("Bob", documents[1].GetProperty("entities")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void An_extractor_exception_is_one_line_without_a_trace_and_the_next_file_goes_on()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.txt", "BOOM");
        var good = temp.Write("good.txt", "Alice.");

        var run = SampleRunner.Run(["extract", bad, good, "--format", "jsonl"], extractor: () => new RuleExtractor());

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"error: {bad}: extraction failed:", line);
        Assert.Contains("boom in the extractor", line);
        Assert.False(SampleRunner.HasStackTrace(run.Stderr));
        Assert.Single(run.StdoutLines);
    }

    [Fact]
    public void An_extractor_that_cannot_be_built_is_one_line_and_exit_code_2()
    {
        var run = SampleRunner.Run(["extract", RepoPaths.Seed(RepoPaths.SeedText)], extractor: () => throw new InvalidDataException("gazetteer corrupt"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("gazetteer corrupt", line);
        Assert.False(SampleRunner.HasStackTrace(run.Stderr));
    }

    [Theory]
    [InlineData("--reference-date", "2023-02-30", "error: --reference-date: '2023-02-30' is not a date; expected YYYY-MM-DD")]
    [InlineData("--reference-date", "17/09/2023", "error: --reference-date: '17/09/2023' is not a date; expected YYYY-MM-DD")]
    [InlineData("--kinds", "Person,Planet", "error: --kinds: unknown entity kind 'Planet'")]
    [InlineData("--format", "xml", "error: --format: Argument 'xml' not recognized.")]
    public void Bad_options_are_one_line_and_exit_code_2(string option, string value, string expected)
    {
        var extractor = new RuleExtractor();
        var run = SampleRunner.Run(["extract", RepoPaths.Seed(RepoPaths.SeedText), option, value], extractor: () => extractor);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, Assert.Single(run.StderrLines));
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Empty(extractor.Calls);
    }

    [Fact]
    public void Kinds_and_reference_date_reach_the_extractor()
    {
        var extractor = new RuleExtractor();
        var run = SampleRunner.Run(["extract", "--kinds", "date,Location", "--reference-date", "2023-09-17", "--format", "jsonl"], "Texte", () => extractor);

        Assert.Equal(0, run.ExitCode);
        var options = Assert.Single(extractor.Calls).Options!;
        Assert.Equal(EntityKindSet.Of(EntityKind.Date, EntityKind.Location), options.Kinds);
        Assert.Equal(new DateOnly(2023, 9, 17), options.ReferenceDate);
    }

    [Fact]
    public void Stdin_is_read_when_no_file_is_given_and_invalid_UTF8_there_is_reported()
    {
        var ok = SampleRunner.Run(["extract", "--format", "json"], "Alice à Paris.", () => new RuleExtractor());
        Assert.Equal(0, ok.ExitCode);
        using (var json = JsonDocument.Parse(ok.Stdout))
        {
            Assert.Equal("Alice à Paris.", json.RootElement.GetProperty("text").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("entities").GetArrayLength());
        }

        var bad = SampleRunner.Run(["extract"], [0x41, 0x0A, 0xFF], () => new RuleExtractor());
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("error: <stdin>:2: invalid UTF-8", Assert.Single(bad.StderrLines));
    }

    [Fact]
    public void Several_files_in_json_format_make_one_valid_JSON_array()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "Alice.");
        var b = temp.Write("b.txt", "Bob.");

        var run = SampleRunner.Run(["extract", a, b, "--format", "json"], extractor: () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["a.txt", "b.txt"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("document").GetString()));
    }

    [Fact]
    public void Table_output_escapes_markup_in_the_text_and_lists_entities()
    {
        const string text = "Le [bold]Kremlin[/] dit [red]. Alice répond.";
        var run = SampleRunner.Run(["extract"], text, () => new RuleExtractor());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains(text, run.Stdout);
        var alice = text.IndexOf("Alice", StringComparison.Ordinal);
        Assert.Contains($"{alice}–{alice + 5}", run.Stdout);
        var kremlin = text.IndexOf("Kremlin", StringComparison.Ordinal);
        var row = run.Stdout.Split('\n').Single(l => l.Contains($"{kremlin}–{kremlin + 7}", StringComparison.Ordinal));
        Assert.Contains("Person", row);
        Assert.Contains("Kremlin", row);
    }

    [Fact]
    public void Batch_input_gives_one_line_per_input_line_in_order_and_reports_the_bad_ones_in_their_place()
    {
        var input = new StringBuilder()
            .Append("{\"id\":\"a\",\"text\":\"Alice.\",\"referenceDate\":\"2023-09-17\"}\n")
            .Append("{\"id\":\"b\",\"text\":\n")
            .Append('\n')
            .Append("{\"id\":\"c\",\"text\":\"BOOM Carole\"}\r\n")
            .Append("{\"id\":\"d\",\"text\":\"Denis.\",\"referenceDate\":\"2023-9-1\"}\n")
            .Append("[\"e\"]\n")
            .Append("{\"id\":\"f\",\"text\":\"Fanny et Gaston.\"}")
            .ToString();
        var extractor = new RuleExtractor();

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl", "--reference-date", "2020-01-01"], input, () => extractor);

        Assert.Equal(2, run.ExitCode);
        Assert.Collection(
            run.StderrLines,
            line => Assert.StartsWith("error: <stdin>:2: malformed JSON", line),
            line => Assert.StartsWith("error: <stdin>:4: extraction failed", line),
            line => Assert.Equal("error: <stdin>:5: referenceDate: '2023-9-1' is not a date; expected YYYY-MM-DD", line),
            line => Assert.Equal("error: <stdin>:6: expected a JSON object, found an array", line));

        // FORMAT.md: one output line per input line (the blank one holds no document), in order; a line
        // that cannot be read or extracted is {"id", "line", "error"} in its place.
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", null, "c", "d", null, "f"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal([null, 2, 4, 5, 6, null], lines.Select(l => l.TryGetProperty("line", out var n) ? n.GetInt32() : (int?)null));
        Assert.All(lines.Where(l => !l.TryGetProperty("error", out _)), l => Assert.Equal(["id", "entities", "gifts"], l.EnumerateObject().Select(p => p.Name).Where(n => n is not ("frenchScore" or "sentences"))));
        Assert.All(lines.Where(l => l.TryGetProperty("error", out _)), l => Assert.Equal(["id", "line", "error"], l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("referenceDate: '2023-9-1' is not a date; expected YYYY-MM-DD", lines[3].GetProperty("error").GetString());
        Assert.Equal(2, lines[5].GetProperty("entities").GetArrayLength());

        // Each line's own referenceDate wins; a line without one falls back to the option. (A line that
        // could not be read keeps its place in the batch as an empty text.)
        var dates = extractor.Calls.Where(c => c.Text.Length > 0).ToDictionary(c => c.Text, c => c.Options?.ReferenceDate);
        Assert.Equal(new DateOnly(2023, 9, 17), dates["Alice."]);
        Assert.Equal(new DateOnly(2020, 1, 1), dates["Fanny et Gaston."]);
    }

    [Fact]
    public void Batch_input_with_the_real_extractor_keeps_ids_and_order()
    {
        var input = string.Join('\n', Enumerable.Range(0, 40).Select(i => $"{{\"id\":\"doc{i}\",\"text\":\"Vladimir Poutine a parlé {i} fois.\"}}"));

        var run = SampleRunner.Run(["extract", "--input-format", "jsonl"], input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"doc{i}"), run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }
}
