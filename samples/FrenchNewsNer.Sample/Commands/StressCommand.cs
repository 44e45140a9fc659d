using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;
using FrenchNewsNer.Sample.Stress;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// <c>stress</c>: times every hostile input at two sizes (a linear extractor takes about the size
/// ratio longer on the larger one; a quadratic one, its square), then streams a long generated news
/// feed through <see cref="StreamingExtraction.ExtractStream"/> and reports the peak working set.
/// </summary>
internal static class StressCommand
{
    private const int Runs = 3;

    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Multiplies the hostile input sizes (1 = the sizes the issue names: 1 MB, 100,000 words...).",
            DefaultValueFactory = _ => 1.0,
            HelpName = "X",
        };
        var ratio = new Option<int>("--ratio")
        {
            Description = "The small size of each hostile input is its large size divided by this.",
            DefaultValueFactory = _ => 8,
            HelpName = "R",
        };
        var streamMegabytes = new Option<int>("--stream-mb")
        {
            Description = "Length of the streamed news feed in mebi-characters (0 skips the streaming run).",
            DefaultValueFactory = _ => 50,
            HelpName = "N",
        };
        var command = new Command("stress", "Time hostile inputs at two sizes (linearity) and stream a long news feed (bounded memory).") { scale, ratio, streamMegabytes };
        command.SetAction(parse => Run(context, parse.GetValue(scale), parse.GetValue(ratio), parse.GetValue(streamMegabytes)));
        return command;
    }

    internal static int Run(CliContext context, double scale, int ratio, int streamMegabytes)
    {
        var errors = new ErrorSink(context.IO.Error);
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            errors.Report("--scale", $"'{scale.ToString(CultureInfo.InvariantCulture)}' must be a positive number");
        }

        if (ratio < 2)
        {
            errors.Report("--ratio", $"'{ratio}' must be at least 2");
        }

        if (streamMegabytes < 0)
        {
            errors.Report("--stream-mb", $"'{streamMegabytes}' must be zero or more");
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        var extractor = context.Extractor;
        var console = Consoles.Create(context.IO);

        // JIT compilation and lazy tables are paid here, not by the first timed input.
        foreach (var input in HostileInputs.All)
        {
            extractor.Extract(input.Build(Math.Min(input.FullSize, 500)));
        }

        // The stream runs first, so that the peak working set it reports is its own and not that of
        // the megabyte-long hostile strings below.
        if (streamMegabytes > 0)
        {
            Stream(context, extractor, streamMegabytes, errors);
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("stress: hostile inputs at two sizes") };
        table.AddColumn("Input");
        table.AddColumn(new TableColumn("Small").RightAligned());
        table.AddColumn(new TableColumn("Time").RightAligned());
        table.AddColumn(new TableColumn("Large").RightAligned());
        table.AddColumn(new TableColumn("Time").RightAligned());
        table.AddColumn(new TableColumn("Size ratio").RightAligned());
        table.AddColumn(new TableColumn("Time ratio").RightAligned());
        table.Caption = new TableTitle($"times: best of {Runs} runs");
        table.AddColumn("Result");
        foreach (var input in HostileInputs.All)
        {
            var large = Math.Max(ratio, (int)Math.Min(int.MaxValue / 4, input.FullSize * scale));
            var small = Math.Max(1, large / ratio);
            var (smallChars, smallTime, smallProblem) = Time(extractor, input.Build(small));
            var (largeChars, largeTime, largeProblem) = Time(extractor, input.Build(large));
            var problem = smallProblem ?? largeProblem;
            if (problem is not null)
            {
                errors.Report(input.Name, problem);
            }

            table.AddRow(
                Markup.Escape(input.Name),
                Markup.Escape($"{small:N0} {input.Unit} ({smallChars:N0} chars)"),
                Ms(smallTime),
                Markup.Escape($"{large:N0} {input.Unit} ({largeChars:N0} chars)"),
                Ms(largeTime),
                Ratio((double)largeChars / smallChars),
                smallTime.TotalMilliseconds <= 0 ? "—" : Ratio(largeTime.TotalMilliseconds / smallTime.TotalMilliseconds),
                problem is null ? "valid" : "INVALID");
        }

        console.Write(table);
        console.WriteLine($"A linear extractor's time ratio is about the size ratio; a quadratic one's, its square ({ratio * ratio}).");
        return errors.ExitCode;
    }

    private static void Stream(CliContext context, IEntityExtractor extractor, int megabytes, ErrorSink errors)
    {
        var length = megabytes * 1024L * 1024L;
        var windows = 0;
        var entities = 0L;
        long streamed = 0;
        var clock = Stopwatch.StartNew();
        using (var feed = new NewsFeedReader(length))
        {
            foreach (var window in extractor.ExtractStream(feed))
            {
                if (window.Offset != streamed)
                {
                    errors.Report("stream", $"window {window.Index} starts at {window.Offset}, expected {streamed}");
                }

                streamed = window.End;
                windows++;
                entities += window.Entities.Count;
            }
        }

        clock.Stop();
        if (streamed != length)
        {
            errors.Report("stream", $"{streamed:N0} characters came back out of {length:N0}");
        }

        long peak;
        long current;
        using (var process = Process.GetCurrentProcess())
        {
            process.Refresh();
            peak = process.PeakWorkingSet64;
            current = process.WorkingSet64;
        }

        context.IO.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"stream: {length / (1024.0 * 1024.0):N1} M chars in {windows:N0} windows, {entities:N0} entities, {clock.Elapsed.TotalSeconds:N1} s "
            + $"({length / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0} chars/s, {Environment.ProcessorCount} workers); "
            + $"peak working set {peak / (1024.0 * 1024.0):N1} MB, now {current / (1024.0 * 1024.0):N1} MB"));
        context.IO.Output.Flush();
    }

    /// <summary>
    /// The best of <see cref="Runs"/> extractions: the minimum is the time the work itself takes, the
    /// others add what the machine's other load and the collector cost on that run.
    /// </summary>
    private static (int Chars, TimeSpan Elapsed, string? Problem) Time(IEntityExtractor extractor, string text)
    {
        var best = TimeSpan.MaxValue;
        ExtractionResult? result = null;
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                result = extractor.Extract(text);
            }
            catch (Exception ex)
            {
                return (text.Length, clock.Elapsed, $"{text.Length:N0} chars: extraction failed: {ErrorSink.Describe(ex)}");
            }

            clock.Stop();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return (text.Length, best, Problem(text, result!));
    }

    /// <summary>The first broken promise of a result (spans inside the text and equal to it, sorted, no overlap but Gift), or null.</summary>
    private static string? Problem(string text, ExtractionResult result)
    {
        Entity? previous = null;
        var lastEnd = 0;
        foreach (var entity in result.Entities)
        {
            if (entity.End > text.Length || string.CompareOrdinal(text, entity.Start, entity.Text, 0, entity.Length) != 0)
            {
                return $"{entity} is not the text at its offsets";
            }

            if (previous is not null && (entity.Start < previous.Start || (entity.Start == previous.Start && entity.End < previous.End)))
            {
                return $"{entity} is out of order";
            }

            if (entity.Kind != EntityKind.Gift)
            {
                if (entity.Start < lastEnd)
                {
                    return $"{entity} overlaps an earlier entity";
                }

                lastEnd = entity.End;
            }

            previous = entity;
        }

        return null;
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    private static string Ratio(double ratio) => ratio.ToString("N1", CultureInfo.InvariantCulture) + "×";
}
