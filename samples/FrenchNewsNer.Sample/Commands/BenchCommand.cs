using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// <c>bench FILE</c>: build time, memory, throughput single-threaded and in batch, allocations per KB of
/// input against the size of the entities returned, and (<c>--scaling</c>) whether time grows linearly.
/// The file is split into documents on blank lines, as a news feed would hand them over one article at a time.
/// </summary>
internal static partial class BenchCommand
{
    /// <summary>Each timed phase stops after this long even if fewer than <c>--repeat</c> rounds ran, so bench stays quick.</summary>
    private static readonly TimeSpan PhaseBudget = TimeSpan.FromSeconds(2);

    /// <summary>How long extraction runs untimed before the first timed phase, for the JIT's second tier.</summary>
    private static readonly TimeSpan WarmUpBudget = TimeSpan.FromSeconds(3);

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file to extract from repeatedly; blank lines separate its documents." };
        var repeat = new Option<int>("--repeat", "-n")
        {
            Description = "Rounds over all documents in the single-threaded loop, and copies of them in the batch (each phase stops after 2 s, after at least one round).",
            DefaultValueFactory = _ => 200,
            HelpName = "N",
        };
        var referenceDate = CommonOptions.ReferenceDate();
        var kinds = CommonOptions.Kinds("The kinds to extract (one recogniser's cost alone, say)");
        var scaling = new Option<bool>("--scaling")
        {
            Description = "Also time the first eighth of the documents against all of them (one thread, faster of two passes each), and print the elapsed and CPU-time ratios (linear time gives about 8).",
        };
        var json = new Option<bool>("--json") { Description = "Print the measures as one JSON object instead of a table." };
        var peer = new Option<bool>("--peer")
        {
            Description = "Instead, time FrenchNewsNer and Recognizers-Text (French) on the same documents, one thread (Recognizers-Text for up to 20 s).",
        };
        var command = new Command("bench", "Measure extractor build time, memory, characters per second and allocations.") { file, repeat, referenceDate, kinds, scaling, json, peer };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(file)!,
            parse.GetValue(repeat),
            parse.GetValue(referenceDate),
            parse.GetValue(kinds),
            parse.GetValue(scaling),
            parse.GetValue(json),
            parse.GetValue(peer)));
        return command;
    }

    internal static int Run(CliContext context, string path, int repeat, string? rawDate, string? rawKinds = null, bool scaling = false, bool json = false, bool peer = false)
    {
        var errors = new ErrorSink(context.IO.Error);
        var referenceDate = OptionValues.ReferenceDate(rawDate, errors);

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
        else if (string.IsNullOrWhiteSpace(text))
        {
            // Speeds and ratios over no text are NaN and infinity, not measurements.
            errors.Report(path, "the file holds no text to measure; give a corpus (python3 tools/bench-corpus/build.py --size 1 writes artifacts/bench/corpus-1mb.txt)");
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        var options = new ExtractionOptions { ReferenceDate = referenceDate, Kinds = kinds };
        if (peer)
        {
            var texts = Paragraphs().Split(text).Where(p => p.Length > 0).DefaultIfEmpty(text).ToArray();
            return CompareCommand.RunPeerBench(context.IO.Output, context.Extractor, new Peer.RecognizersTextExtractor(), texts, options, TimeSpan.FromSeconds(20));
        }

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

        var documents = Paragraphs().Split(text).Where(p => p.Length > 0).ToArray();
        if (documents.Length == 0)
        {
            documents = [text];
        }

        var documentChars = documents.Sum(d => (long)d.Length);

        // The first call pays for JIT compilation and lazy tables; it is not part of the throughput.
        var warmUp = Stopwatch.StartNew();
        extractor.Extract(documents[0], options);
        warmUp.Stop();

        // Tiered compilation recompiles hot methods only after some calls and a delay: keep extracting
        // for the whole budget, going round the documents again when a small file ends first (one round
        // of a 1 MB file was too short: its single-threaded figure was measured half in tier-0 code).
        // The extractor keeps nothing between calls, so repeating documents warms the JIT, not a cache.
        var tiering = Stopwatch.StartNew();
        for (var i = 1; tiering.Elapsed < WarmUpBudget; i++)
        {
            extractor.Extract(documents[i % documents.Length], options);
        }

        // Single-threaded: whole rounds over every document, counting what this thread allocates and the
        // size of what it returns (measured on the first round only: later rounds return the same entities).
        var entities = 0L;
        var entityBytes = 0L;
        var singleCpu = CpuClock.StartNew();
        var singleThreadCpu = ThreadCpuClock.Now();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var single = Stopwatch.StartNew();
        var rounds = 0;
        while (rounds < repeat && (rounds == 0 || single.Elapsed < PhaseBudget))
        {
            foreach (var document in documents)
            {
                var result = extractor.Extract(document, options);
                if (rounds == 0)
                {
                    entities += result.Entities.Count;
                    entityBytes += EntitySizes.Of(result);
                }
            }

            rounds++;
        }

        single.Stop();
        var singleThreadCpuTime = ThreadCpuClock.Now() - singleThreadCpu;
        var singleAllocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var singleCpuTime = singleCpu.Elapsed;
        var singleChars = rounds * documentChars;

        // As many copies as the single loop managed, so a slow extractor does not make the batch phase slow too.
        var batchDocuments = Enumerable.Range(0, rounds).SelectMany(_ => documents).Select(d => new BatchDocument(d, options)).ToList();
        var batchChars = rounds * documentChars;
        var batchCpu = CpuClock.StartNew();
        var batchAllocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var batch = Stopwatch.StartNew();
        var batchResults = 0;
        foreach (var unused in extractor.ExtractBatch(batchDocuments))
        {
            batchResults++;
        }

        batch.Stop();
        var batchAllocated = GC.GetTotalAllocatedBytes(precise: false) - batchAllocatedBefore;
        var batchCpuTime = batchCpu.Elapsed;

        Scaling? scaled = scaling ? MeasureScaling(extractor, documents, options) : null;

        var singleRate = Rate(singleChars, single.Elapsed);
        var batchRate = Rate(batchChars, batch.Elapsed);
        var allocatedPerKb = singleAllocated / (singleChars / 1024.0);
        var entityBytesPerKb = entityBytes / (documentChars / 1024.0);
        var measures = new Measures(
            path, text.Length, documents.Length, entities, kinds.ToString(), build.Elapsed, memoryAfter - memoryBefore, workingSet, warmUp.Elapsed,
            rounds, single.Elapsed, singleCpuTime, singleThreadCpuTime, singleRate,
            batchResults, Environment.ProcessorCount, batch.Elapsed, batchCpuTime, batchRate, batchRate / singleRate,
            allocatedPerKb, batchAllocated / (batchChars / 1024.0), entityBytesPerKb, allocatedPerKb / entityBytesPerKb,
            GCSettings(), scaled);

        if (json)
        {
            WriteJson(context.IO.Output, measures);
        }
        else
        {
            WriteTable(context, measures);
        }

        return errors.ExitCode;
    }

    /// <summary>One pass over the first eighth of the documents (by characters), then one over all of them, each on one thread.</summary>
    private static Scaling MeasureScaling(IEntityExtractor extractor, string[] documents, ExtractionOptions options)
    {
        var total = documents.Sum(d => (long)d.Length);
        var smallCount = 0;
        var smallChars = 0L;
        while (smallCount < documents.Length && (smallChars < total / 8 || smallCount == 0))
        {
            smallChars += documents[smallCount++].Length;
        }

        // Two passes each, alternating, keeping the faster: one pass is short enough for a burst of load
        // from other processes (or a late JIT recompilation) to skew the ratio.
        var (smallElapsed, smallCpu) = OnePass(extractor, documents.AsSpan(0, smallCount), options);
        var (wholeElapsed, wholeCpu) = OnePass(extractor, documents, options);
        var (smallElapsed2, smallCpu2) = OnePass(extractor, documents.AsSpan(0, smallCount), options);
        var (wholeElapsed2, wholeCpu2) = OnePass(extractor, documents, options);
        smallElapsed = Min(smallElapsed, smallElapsed2);
        smallCpu = Min(smallCpu, smallCpu2);
        wholeElapsed = Min(wholeElapsed, wholeElapsed2);
        wholeCpu = Min(wholeCpu, wholeCpu2);
        return new Scaling(smallChars, total, smallElapsed, wholeElapsed, smallCpu, wholeCpu);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static (TimeSpan Elapsed, TimeSpan Cpu) OnePass(IEntityExtractor extractor, ReadOnlySpan<string> documents, ExtractionOptions options)
    {
        // Collect first so that garbage left by the previous phase is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = CpuClock.StartNew();
        var elapsed = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            extractor.Extract(document, options);
        }

        elapsed.Stop();
        return (elapsed.Elapsed, cpu.Elapsed);
    }

    private static void WriteTable(CliContext context, Measures m)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape($"bench {m.Path}")) };
        table.AddColumn("Measure");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn("Notes");
        table.AddRow("Text", $"{m.Chars:N0} chars", Markup.Escape($"{m.Documents:N0} documents; {m.Entities:N0} entities; kinds {m.Kinds}"));
        table.AddRow("Extractor build", Ms(m.Build), "new extractor, data loaded");
        table.AddRow("Managed memory after build", Mb(m.BuildMemory), "GC.GetTotalMemory(true) delta");
        table.AddRow("Process working set", Mb(m.WorkingSet), "after build");
        table.AddRow("First extraction", Ms(m.FirstExtraction), "first document, includes JIT");
        table.AddRow("Single-threaded", CharsPerSecond(m.SingleRate), Markup.Escape($"{m.Rounds} × {m.Documents:N0} documents, {Ms(m.SingleElapsed)}"));
        table.AddRow("Single-threaded CPU time", Ms(m.SingleCpu), Markup.Escape($"process CPU (GC threads included); {CharsPerSecond(m.SingleRate * m.SingleElapsed.TotalSeconds / Math.Max(m.SingleCpu.TotalSeconds, 1e-9))} per CPU-second"));
        if (m.SingleThreadCpu is { } threadCpu)
        {
            table.AddRow(
                "Single-threaded thread CPU",
                Ms(threadCpu),
                Markup.Escape($"the extracting thread only, steadier under load; {CharsPerSecond(m.SingleRate * m.SingleElapsed.TotalSeconds / Math.Max(threadCpu.TotalSeconds, 1e-9))} per CPU-second"));
        }
        table.AddRow(
            "Batch",
            CharsPerSecond(m.BatchRate),
            Markup.Escape($"ExtractBatch over {m.BatchDocuments:N0} documents ({m.Rounds} copies), {m.Workers} workers, {Ms(m.BatchElapsed)}, CPU {Ms(m.BatchCpu)}"));
        table.AddRow("Batch / single", m.BatchRatio.ToString("N2", CultureInfo.InvariantCulture) + "×", "throughput ratio");
        table.AddRow("Allocated per KB of input", Kb(m.AllocatedPerKb), "GC.GetAllocatedBytesForCurrentThread, single-threaded loop");
        table.AddRow("Allocated per KB (batch)", Kb(m.BatchAllocatedPerKb), "GC.GetTotalAllocatedBytes, batch, all threads");
        table.AddRow("Entities returned per KB", Kb(m.EntityBytesPerKb), "estimate: entity, value and string objects");
        table.AddRow("Allocated / returned", m.AllocationRatio.ToString("N1", CultureInfo.InvariantCulture) + "×", "bytes allocated per byte of entities returned");
        table.AddRow("GC", Markup.Escape(m.Gc), string.Empty);
        if (m.Scaling is { } s)
        {
            table.AddRow("Scaling: first eighth", Ms(s.SmallElapsed), Markup.Escape($"{s.SmallChars:N0} chars, CPU {Ms(s.SmallCpu)}"));
            table.AddRow("Scaling: whole", Ms(s.WholeElapsed), Markup.Escape($"{s.WholeChars:N0} chars, CPU {Ms(s.WholeCpu)}"));
            table.AddRow(
                "Scaling ratio",
                Ratio(s.ElapsedRatio) + " elapsed",
                Markup.Escape($"{Ratio(s.CpuRatio)} CPU time for {Ratio(s.CharsRatio)} the characters (linear: equal)"));
        }

        Consoles.Create(context.IO).Write(table);
    }

    private static void WriteJson(TextWriter output, Measures m)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", m.Path);
            writer.WriteNumber("chars", m.Chars);
            writer.WriteNumber("documents", m.Documents);
            writer.WriteNumber("entities", m.Entities);
            writer.WriteString("kinds", m.Kinds);
            writer.WriteNumber("buildMs", Math.Round(m.Build.TotalMilliseconds, 1));
            writer.WriteNumber("buildManagedBytes", m.BuildMemory);
            writer.WriteNumber("workingSetBytes", m.WorkingSet);
            writer.WriteNumber("firstExtractionMs", Math.Round(m.FirstExtraction.TotalMilliseconds, 1));
            writer.WriteNumber("rounds", m.Rounds);
            writer.WriteNumber("singleCharsPerSecond", Math.Round(m.SingleRate));
            writer.WriteNumber("singleMs", Math.Round(m.SingleElapsed.TotalMilliseconds, 1));
            writer.WriteNumber("singleCpuMs", Math.Round(m.SingleCpu.TotalMilliseconds, 1));
            if (m.SingleThreadCpu is { } threadCpu)
            {
                writer.WriteNumber("singleThreadCpuMs", Math.Round(threadCpu.TotalMilliseconds, 1));
                writer.WriteNumber("singleCharsPerThreadCpuSecond", Math.Round(m.SingleRate * m.SingleElapsed.TotalSeconds / Math.Max(threadCpu.TotalSeconds, 1e-9)));
            }

            writer.WriteNumber("batchCharsPerSecond", Math.Round(m.BatchRate));
            writer.WriteNumber("batchMs", Math.Round(m.BatchElapsed.TotalMilliseconds, 1));
            writer.WriteNumber("batchCpuMs", Math.Round(m.BatchCpu.TotalMilliseconds, 1));
            writer.WriteNumber("workers", m.Workers);
            writer.WriteNumber("batchSingleRatio", Math.Round(m.BatchRatio, 3));
            writer.WriteNumber("allocatedBytesPerKb", Math.Round(m.AllocatedPerKb));
            writer.WriteNumber("batchAllocatedBytesPerKb", Math.Round(m.BatchAllocatedPerKb));
            writer.WriteNumber("entityBytesPerKb", Math.Round(m.EntityBytesPerKb));
            writer.WriteNumber("allocatedToEntityRatio", Math.Round(m.AllocationRatio, 2));
            writer.WriteString("gc", m.Gc);
            if (m.Scaling is { } s)
            {
                writer.WriteStartObject("scaling");
                writer.WriteNumber("smallChars", s.SmallChars);
                writer.WriteNumber("wholeChars", s.WholeChars);
                writer.WriteNumber("smallMs", Math.Round(s.SmallElapsed.TotalMilliseconds, 1));
                writer.WriteNumber("wholeMs", Math.Round(s.WholeElapsed.TotalMilliseconds, 1));
                writer.WriteNumber("smallCpuMs", Math.Round(s.SmallCpu.TotalMilliseconds, 1));
                writer.WriteNumber("wholeCpuMs", Math.Round(s.WholeCpu.TotalMilliseconds, 1));
                writer.WriteNumber("charsRatio", Math.Round(s.CharsRatio, 3));
                writer.WriteNumber("elapsedRatio", Math.Round(s.ElapsedRatio, 3));
                writer.WriteNumber("cpuRatio", Math.Round(s.CpuRatio, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string GCSettings() =>
        (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + ", " + System.Runtime.GCSettings.LatencyMode;

    private static double Rate(long chars, TimeSpan elapsed) => elapsed.TotalSeconds <= 0 ? 0 : chars / elapsed.TotalSeconds;

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    private static string Kb(double bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B/KB";

    private static string Ratio(double ratio) => ratio.ToString("N2", CultureInfo.InvariantCulture) + "×";

    private static string Mb(long bytes) => Math.Abs(bytes) < 1024 * 1024
        ? (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB"
        : (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static string CharsPerSecond(double rate) =>
        rate <= 0 ? "—" : rate.ToString("N0", CultureInfo.InvariantCulture) + " chars/s";

    [GeneratedRegex(@"(?:\r?\n){2,}")]
    private static partial Regex Paragraphs();

    private sealed record Scaling(long SmallChars, long WholeChars, TimeSpan SmallElapsed, TimeSpan WholeElapsed, TimeSpan SmallCpu, TimeSpan WholeCpu)
    {
        public double CharsRatio => (double)WholeChars / SmallChars;

        public double ElapsedRatio => WholeElapsed / SmallElapsed;

        public double CpuRatio => SmallCpu > TimeSpan.Zero ? WholeCpu / SmallCpu : double.NaN;
    }

    private sealed record Measures(
        string Path,
        int Chars,
        int Documents,
        long Entities,
        string Kinds,
        TimeSpan Build,
        long BuildMemory,
        long WorkingSet,
        TimeSpan FirstExtraction,
        int Rounds,
        TimeSpan SingleElapsed,
        TimeSpan SingleCpu,
        TimeSpan? SingleThreadCpu,
        double SingleRate,
        int BatchDocuments,
        int Workers,
        TimeSpan BatchElapsed,
        TimeSpan BatchCpu,
        double BatchRate,
        double BatchRatio,
        double AllocatedPerKb,
        double BatchAllocatedPerKb,
        double EntityBytesPerKb,
        double AllocationRatio,
        string Gc,
        Scaling? Scaling);

    /// <summary>
    /// The calling thread's CPU time (Linux clock_gettime), or null elsewhere. On a loaded machine the
    /// wall clock counts time spent waiting for a core; this counts only the thread's own work (and the
    /// gen0/gen1 collections it triggers, which workstation GC runs on it).
    /// </summary>
    private static class ThreadCpuClock
    {
        private const int ClockThreadCpuTimeId = 3;

        public static TimeSpan? Now()
        {
            if (!OperatingSystem.IsLinux())
            {
                return null;
            }

            return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0
                ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
                : null;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clockId, out Timespec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>The process's CPU time (all threads, GC included) since it started.</summary>
    private readonly struct CpuClock
    {
        private readonly TimeSpan _start;

        private CpuClock(TimeSpan start) => _start = start;

        public TimeSpan Elapsed => Now() - _start;

        public static CpuClock StartNew() => new(Now());

        private static TimeSpan Now()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Estimated heap size of what an extraction returns: each entity, its value record and its strings,
    /// each gift event and the lists holding them. 64-bit layout: 16-byte object header, 8-byte references,
    /// strings of 22 + 2 × length bytes, everything rounded up to 8. An estimate, to compare allocations with.
    /// </summary>
    private static class EntitySizes
    {
        private const int Header = 16;
        private const int Reference = 8;

        public static long Of(ExtractionResult result)
        {
            long bytes = Header + (4 * Reference) + Array(result.Entities.Count) + Array(result.Gifts.Count);
            foreach (var entity in result.Entities)
            {
                // Kind, Start, End (3 × 4 bytes) and Text, Canonical, Value references.
                bytes += Round(Header + 12 + (3 * Reference)) + String(entity.Text);
                if (!ReferenceEquals(entity.Canonical, entity.Text))
                {
                    bytes += String(entity.Canonical);
                }

                bytes += entity.Value switch
                {
                    QuantityValue q => Round(Header + 8 + Reference + 4 + 8 + 1) + String(q.Unit),
                    DateValue d => Round(Header + Reference) + String(d.Timex),
                    NumberValue => Round(Header + 8 + 1),
                    GiftValue g => Round(Header + 8 + Reference) + String(g.Item),
                    _ => 0,
                };
            }

            foreach (var gift in result.Gifts)
            {
                bytes += Round(Header + (3 * Reference) + 1) + Array(gift.Items.Count);
                bytes += gift.Giver is null ? 0 : String(gift.Giver);
                bytes += gift.Recipient is null ? 0 : String(gift.Recipient);
            }

            return bytes;
        }

        private static long String(string value) => Round(22 + (2 * value.Length));

        private static long Array(int count) => Round(Header + 8 + (count * Reference));

        private static long Round(long bytes) => (bytes + 7) & ~7L;
    }
}
