using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FrenchNewsNer.Sample.Evaluation;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Peer;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// <c>compare FILE...</c> and <c>compare --gold PATH...</c>: FrenchNewsNer and Microsoft Recognizers-Text
/// (French) on the same text. With files, what each found, side by side by span; with gold, both
/// systems' FORMAT.md scores per kind from the same scorer. <c>bench --peer</c> (see <see cref="RunPeerBench"/>)
/// times both on the same documents.
/// </summary>
internal static class CompareCommand
{
    private const string Ours = "FrenchNewsNer";
    private const string Peer = "Recognizers-Text";

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Text files (UTF-8) to run both systems on.", Arity = ArgumentArity.ZeroOrMore };
        var gold = new Option<string[]>("--gold", "-g")
        {
            Description = "Gold files (.gold.json, .gold.jsonl) or folders: score both systems on them instead.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
        };
        var referenceDate = CommonOptions.ReferenceDate();
        var command = new Command("compare", "Compare FrenchNewsNer with Recognizers-Text on the same text: entities side by side, or scores on gold.")
        {
            files, gold, referenceDate,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files) ?? [], parse.GetValue(gold) ?? [], parse.GetValue(referenceDate)));
        return command;
    }

    internal static int Run(CliContext context, string[] files, string[] gold, string? rawDate, Func<IEntityExtractor>? peerFactory = null)
    {
        var errors = new ErrorSink(context.IO.Error);
        var referenceDate = OptionValues.ReferenceDate(rawDate, errors);

        if (files.Length == 0 && gold.Length == 0)
        {
            errors.Report("compare", "give text files, or --gold PATH");
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        var peer = (peerFactory ?? (() => new RecognizersTextExtractor()))();
        if (gold.Length > 0)
        {
            CompareScores(context, peer, gold, errors);
        }

        foreach (var file in files)
        {
            if (!StrictText.TryReadFile(file, out var text, out var location, out var error))
            {
                errors.Report(location, error);
                continue;
            }

            var options = new ExtractionOptions { ReferenceDate = referenceDate };
            WriteSideBySide(context.IO.Output, Path.GetFileName(file), text, context.Extractor.Extract(text, options), peer.Extract(text, options));
        }

        context.IO.Output.Flush();
        return errors.ExitCode;
    }

    /// <summary>Every span either system found, in text order, with each system's kind and value (blank where it found nothing).</summary>
    internal static void WriteSideBySide(TextWriter output, string name, string text, ExtractionResult ours, ExtractionResult peer)
    {
        output.WriteLine($"== {name} ({text.Length} characters)");
        output.WriteLine($"{"span",-14} {"text",-32} {Ours,-40} {Peer}");
        var spans = ours.Entities.Select(e => (e.Start, e.End)).Concat(peer.Entities.Select(e => (e.Start, e.End)))
            .Distinct().OrderBy(s => s.Start).ThenBy(s => s.End);
        int same = 0, onlyOurs = 0, onlyPeer = 0, differ = 0;
        foreach (var (start, end) in spans)
        {
            var mine = ours.Entities.Where(e => e.Start == start && e.End == end && e.Kind != EntityKind.Gift).Select(Describe).ToArray();
            var theirs = peer.Entities.Where(e => e.Start == start && e.End == end).Select(Describe).ToArray();
            if (mine.Length == 0 && theirs.Length == 0)
            {
                continue;
            }

            var left = string.Join("; ", mine);
            var right = string.Join("; ", theirs);
            if (mine.Length == 0)
            {
                onlyPeer++;
            }
            else if (theirs.Length == 0)
            {
                onlyOurs++;
            }
            else if (left == right)
            {
                same++;
            }
            else
            {
                differ++;
            }

            var snippet = text[start..end].ReplaceLineEndings(" ");
            output.WriteLine($"{$"[{start},{end})",-14} {Clip(snippet, 32),-32} {Clip(left, 40),-40} {right}");
        }

        output.WriteLine($"same span and reading: {same}; same span, other reading: {differ}; {Ours} only: {onlyOurs}; {Peer} only: {onlyPeer}");
        output.WriteLine();
    }

    private static void CompareScores(CliContext context, IEntityExtractor peer, string[] gold, ErrorSink errors)
    {
        var ours = EvaluateCommand.Evaluate(context.Extractor, gold, EntityKindSet.All, errors).Total;
        var theirs = EvaluateCommand.Evaluate(peer, gold, EntityKindSet.All, errors).Total;
        var output = context.IO.Output;
        output.WriteLine($"== scores on {string.Join(", ", gold)} ({ours.Documents} documents)");
        output.WriteLine($"{"kind",-14} {"gold",6}   {Ours + " P / R / F1",-28} {Peer + " P / R / F1",-28} value accuracy (ours / peer)");
        foreach (var kind in ours.ScoredKinds.Kinds)
        {
            var mine = ours.Kind(kind);
            var peers = theirs.Kind(kind);
            var peerNote = peer.Kinds.Contains(kind) ? string.Empty : "  (not a Recognizers-Text kind)";
            output.WriteLine(
                $"{kind,-14} {mine.Gold,6}   {Prf(mine),-28} {Prf(peers),-28} {Percent(ours.Value(kind).Value)} / {Percent(theirs.Value(kind).Value)}{peerNote}");
        }

        // Micro over the kinds both systems report, the fair line; and over every scored kind.
        var shared = new Counts();
        var sharedPeer = new Counts();
        foreach (var kind in ours.ScoredKinds.Kinds.Where(peer.Kinds.Contains))
        {
            shared.Add(ours.Kind(kind));
            sharedPeer.Add(theirs.Kind(kind));
        }

        output.WriteLine($"{"micro, shared",-14} {shared.Gold,6}   {Prf(shared),-28} {Prf(sharedPeer),-28}");
        output.WriteLine($"{"micro, all",-14} {ours.Micro.Gold,6}   {Prf(ours.Micro),-28} {Prf(theirs.Micro),-28}");
        output.WriteLine();
    }

    /// <summary>
    /// <c>bench --peer</c>: both systems on the same documents, one thread. Recognizers-Text runs for up to
    /// <paramref name="budget"/> (at least one document); FrenchNewsNer then runs over exactly the documents
    /// it reached, repeated for at least a second, so both rates are of the same text.
    /// </summary>
    internal static int RunPeerBench(TextWriter output, IEntityExtractor ours, IEntityExtractor peer, string[] documents, ExtractionOptions options, TimeSpan budget)
    {
        // First calls pay for JIT compilation and (for Recognizers-Text) building its regular expressions.
        var warm = Stopwatch.StartNew();
        peer.Extract(documents[0], options);
        var peerWarmUp = warm.Elapsed;
        ours.Extract(documents[0], options);

        var peerClock = Stopwatch.StartNew();
        var reached = 0;
        long peerChars = 0;
        while (reached < documents.Length && (reached == 0 || peerClock.Elapsed < budget))
        {
            peer.Extract(documents[reached], options);
            peerChars += documents[reached].Length;
            reached++;
        }

        peerClock.Stop();

        // FrenchNewsNer's hot code is recompiled by the JIT's second tier only after some calls and a delay
        // (bench warms up the same way); Recognizers-Text's time above is long enough to include its own.
        var tiering = Stopwatch.StartNew();
        for (var i = 0; tiering.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            ours.Extract(documents[i % reached], options);
        }

        var oursClock = Stopwatch.StartNew();
        long oursChars = 0;
        do
        {
            for (var i = 0; i < reached; i++)
            {
                ours.Extract(documents[i], options);
                oursChars += documents[i].Length;
            }
        }
        while (oursClock.Elapsed < TimeSpan.FromSeconds(1));

        oursClock.Stop();
        var peerRate = peerChars / peerClock.Elapsed.TotalSeconds;
        var oursRate = oursChars / oursClock.Elapsed.TotalSeconds;
        output.WriteLine($"same text: {reached} of {documents.Length} documents, {peerChars.ToString("N0", CultureInfo.InvariantCulture)} characters, one thread");
        output.WriteLine($"{Ours,-18} {Rate(oursRate),16} chars/s");
        output.WriteLine($"{Peer,-18} {Rate(peerRate),16} chars/s   (first call {peerWarmUp.TotalSeconds:0.0} s, not counted)");
        output.WriteLine($"ratio              {oursRate / peerRate,16:N0} x");
        output.Flush();
        return 0;
    }

    private static string Describe(Entity entity) => entity.Value switch
    {
        NumberValue n => $"{entity.Kind} {Number(n.Number)}{(n.Ordinal ? " (ordinal)" : string.Empty)}",
        QuantityValue q => $"{entity.Kind} {Number(q.Number)} {q.Unit} {q.Dimension}",
        DateValue d => $"{entity.Kind} {d.Timex}",
        _ => entity.Canonical is { } canonical && canonical != entity.Text ? $"{entity.Kind} → {canonical}" : entity.Kind.ToString(),
    };

    private static string Number(double value) => value.ToString("G12", CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Prf(Counts counts) => $"{Percent(counts.Precision)} / {Percent(counts.Recall)} / {Percent(counts.F1)}";

    private static string Percent(double? value) => value is { } v ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) : "  - ";

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
