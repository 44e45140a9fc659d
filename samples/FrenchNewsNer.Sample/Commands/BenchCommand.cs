using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Commands;

/// <summary><c>bench FILE</c>: build time, memory, and throughput single-threaded and in batch.</summary>
internal static partial class BenchCommand
{
    /// <summary>Each timed phase stops after this long even if fewer than <c>--repeat</c> rounds ran, so bench stays quick.</summary>
    private static readonly TimeSpan PhaseBudget = TimeSpan.FromSeconds(2);

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file to extract from repeatedly." };
        var repeat = new Option<int>("--repeat", "-n")
        {
            Description = "Rounds of the single-threaded loop, and copies of the text in the batch (each phase stops after 2 s).",
            DefaultValueFactory = _ => 200,
            HelpName = "N",
        };
        var referenceDate = CommonOptions.ReferenceDate();
        var kinds = CommonOptions.Kinds("The kinds to extract (one recogniser's cost alone, say)");
        var command = new Command("bench", "Measure extractor build time, memory and characters per second.") { file, repeat, referenceDate, kinds };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(repeat), parse.GetValue(referenceDate), parse.GetValue(kinds)));
        return command;
    }

    internal static int Run(CliContext context, string path, int repeat, string? rawDate, string? rawKinds = null)
    {
        var errors = new ErrorSink(context.IO.Error);
        DateOnly? referenceDate = null;
        if (rawDate is not null)
        {
            if (OptionValues.TryParseDate(rawDate, out var date))
            {
                referenceDate = date;
            }
            else
            {
                errors.Report("--reference-date", OptionValues.DateError(rawDate));
            }
        }

        if (!OptionValues.TryParseKinds(rawKinds, out var kinds, out var kindError))
        {
            errors.Report("--kinds", kindError);
        }

        if (repeat < 1)
        {
            errors.Report("--repeat", $"'{repeat}' must be at least 1");
        }

        if (!StrictText.TryReadFile(path, out var text, out var location, out var error))
        {
            errors.Report(location, error);
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        var options = new ExtractionOptions { ReferenceDate = referenceDate, Kinds = kinds };
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var extractor = context.ExtractorFactory();
        build.Stop();
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        long workingSet;
        using (var process = Process.GetCurrentProcess())
        {
            workingSet = process.WorkingSet64;
        }

        // The first call pays for JIT compilation and lazy tables; it is not part of the throughput.
        var warmUp = Stopwatch.StartNew();
        var entities = extractor.Extract(text, options).Entities.Count;
        warmUp.Stop();

        var single = Stopwatch.StartNew();
        var rounds = 0;
        while (rounds < repeat && (rounds == 0 || single.Elapsed < PhaseBudget))
        {
            extractor.Extract(text, options);
            rounds++;
        }

        single.Stop();

        // As many copies as the single loop managed, so a slow extractor does not make the batch phase slow too.
        var copies = rounds;
        var paragraphs = Paragraphs().Split(text).Where(p => p.Length > 0).ToArray();
        var batchDocuments = Enumerable.Range(0, copies).SelectMany(_ => paragraphs).Select(p => new BatchDocument(p, options)).ToList();
        var batchChars = batchDocuments.Sum(d => (long)d.Text.Length);
        var batch = Stopwatch.StartNew();
        var batchResults = extractor.ExtractBatch(batchDocuments).Count();
        batch.Stop();

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape($"bench {path}")) };
        table.AddColumn("Measure");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn("Notes");
        table.AddRow("Text", $"{text.Length:N0} chars", Markup.Escape($"{entities} entities; kinds {kinds}"));
        table.AddRow("Extractor build", Ms(build.Elapsed), "new extractor, data loaded");
        table.AddRow("Managed memory after build", Mb(memoryAfter - memoryBefore), "GC.GetTotalMemory(true) delta");
        table.AddRow("Process working set", Mb(workingSet), "after build");
        table.AddRow("First extraction", Ms(warmUp.Elapsed), "includes JIT");
        table.AddRow("Single-threaded", CharsPerSecond(rounds * (long)text.Length, single.Elapsed), Markup.Escape($"{rounds} × Extract, {Ms(single.Elapsed)}"));
        table.AddRow(
            "Batch",
            CharsPerSecond(batchChars, batch.Elapsed),
            Markup.Escape($"ExtractBatch over {batchResults} paragraphs ({copies} copies), {Environment.ProcessorCount} workers, {Ms(batch.Elapsed)}"));
        Consoles.Create(context.IO).Write(table);
        return errors.ExitCode;
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    private static string Mb(long bytes) => Math.Abs(bytes) < 1024 * 1024
        ? (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB"
        : (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static string CharsPerSecond(long chars, TimeSpan elapsed) =>
        elapsed.TotalSeconds <= 0 ? "—" : (chars / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) + " chars/s";

    [GeneratedRegex(@"(?:\r?\n){2,}")]
    private static partial Regex Paragraphs();
}
