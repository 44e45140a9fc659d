using System.CommandLine;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;

namespace FrenchNewsNer.Sample.Commands;

/// <summary><c>extract [FILES...]</c>: entities of text files (or stdin) as a table, FORMAT.md JSON, or JSON Lines.</summary>
internal static partial class ExtractCommand
{
    public const string StdinName = "<stdin>";

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Text files (UTF-8) to read; standard input when none is given or for '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "table: highlighted text and entity table; json: the docs/FORMAT.md document (an array of them for several inputs); "
                + "jsonl: one compact JSON object per document; conll, brat (.ann of one document), labelstudio, spacy, html: exports. "
                + "Default: table, or jsonl with --input-format jsonl.",
        };
        format.AcceptOnlyFromAmong(["table", "json", "jsonl", .. ExportFormatNames]);
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "text: each input is one document; jsonl: docs/FORMAT.md batch input, one {\"id\",\"text\",\"referenceDate\"} per line.",
            DefaultValueFactory = _ => "text",
        };
        inputFormat.AcceptOnlyFromAmong("text", "jsonl");
        var referenceDate = CommonOptions.ReferenceDate();
        var kinds = CommonOptions.Kinds("The kinds to extract");

        var command = new Command("extract", "Extract entities from French news text.") { files, format, inputFormat, referenceDate, kinds };
        command.SetAction(parse => Run(context, new Settings(
            parse.GetValue(files) ?? [],
            parse.GetValue(format),
            parse.GetValue(inputFormat) ?? "text",
            parse.GetValue(referenceDate),
            parse.GetValue(kinds))));
        return command;
    }

    internal sealed record Settings(string[] Files, string? Format, string InputFormat, string? ReferenceDate, string? Kinds);

    /// <summary>
    /// The longest window, in characters, that a text input is extracted in: a text up to this length
    /// is one document, exactly as <c>Extract</c> sees it; a longer one streams through
    /// <c>ExtractStream</c> in windows of at most this length, so memory stays bounded however large
    /// the input (a few windows per worker).
    /// </summary>
    internal const int WindowLength = 256 * 1024;

    internal static int Run(CliContext context, Settings settings)
    {
        var errors = new ErrorSink(context.IO.Error);
        var referenceDate = OptionValues.ReferenceDate(settings.ReferenceDate, errors);

        if (!OptionValues.TryParseKinds(settings.Kinds, out var kinds, out var kindError))
        {
            errors.Report("--kinds", kindError);
        }

        if (settings.Files.Length == 0 && context.IO.InputIsTerminal)
        {
            // Reading a terminal would wait, silently, for text to be typed: say how to give input instead.
            errors.Report("no input: give text files (extract FILE...), or pipe text in (cat FILE | extract, or extract - to read the terminal); see extract --help");
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        // Built up front so that an extractor that cannot be built is one error, not one per document.
        _ = context.Extractor;
        var jsonlInput = settings.InputFormat == "jsonl";
        var format = settings.Format ?? (jsonlInput ? "jsonl" : "table");
        var inputs = settings.Files.Length == 0 ? ["-"] : settings.Files;
        if (IsSingleDocumentFormat(format) && (jsonlInput || inputs.Length > 1))
        {
            errors.Report("--format", $"{format} writes the annotations of one document; give one text file");
            return errors.ExitCode;
        }

        // Batch input can hold any number of documents, so its JSON is always an array.
        var output = OutputFor(context.IO, format, asArray: jsonlInput || inputs.Length > 1);
        if (jsonlInput)
        {
            RunBatch(context, inputs, referenceDate, kinds, output, errors);
        }
        else
        {
            RunDocuments(context, inputs, new ExtractionOptions { ReferenceDate = referenceDate, Kinds = kinds }, output, errors);
        }

        output.Complete();
        return errors.ExitCode;
    }

    /// <summary>The output formats, in one place: <c>table</c>, <c>json</c>, <c>jsonl</c>.</summary>
    private static DocumentOutput OutputFor(ConsoleIO io, string format, bool asArray) => format switch
    {
        "json" => new JsonOutput(io.OpenStdout(), asArray),
        "jsonl" => new JsonLinesOutput(io.OpenStdout()),
        _ when ExportFormatNames.Contains(format) => new ExportOutput(io.Output, format, asArray),
        _ => new TableOutput(Consoles.Create(io)),
    };

    private static void RunDocuments(CliContext context, string[] inputs, ExtractionOptions options, DocumentOutput output, ErrorSink errors)
    {
        foreach (var input in inputs)
        {
            // Deliberately reads only the named file: a X.gold.json beside X.txt is never consulted, so
            // nothing from the answer key (its referenceDate included) can leak into the output.
            var name = input == "-" ? StdinName : input;
            if (!TryOpen(context.IO, input, out var stream, out var error))
            {
                errors.Report(name, error);
                continue;
            }

            using (stream)
            using (var reader = new StrictUtf8Reader(stream))
            {
                ExtractText(context.Extractor, context.IO.Error, reader, options, name, input == "-" ? "-" : Path.GetFileName(input), output, errors);
            }
        }
    }

    /// <summary>
    /// One text input through <c>ExtractStream</c>. A text that fits one window is one document under its
    /// own name; a longer one gives a document per window, named with its character range
    /// (<c>big.txt#char=262144,524288</c>, RFC 5147 style, in UTF-16 code units), whose offsets are
    /// relative to that window's text.
    /// </summary>
    private static void ExtractText(IEntityExtractor extractor, TextWriter warnings, StrictUtf8Reader reader, ExtractionOptions options, string name, string documentName, DocumentOutput output, ErrorSink errors)
    {
        StreamWindow? held = null;
        try
        {
            // The first window is held until the second shows whether the text was cut at all.
            foreach (var window in extractor.ExtractStream(reader, options, WindowLength))
            {
                if (held is not null)
                {
                    if (held.Index == 0)
                    {
                        output.ExpectSeveralDocuments();
                    }

                    WriteWindow(held, cut: true);
                }

                held = window;
            }
        }
        catch (InvalidUtf8Exception ex)
        {
            errors.Report($"{name}:{ex.Line}", "invalid UTF-8");
            return;
        }
        catch (IOException ex)
        {
            errors.Report(name, ErrorSink.Describe(ex));
            return;
        }
        catch (Exception ex)
        {
            errors.Report(name, "extraction failed: " + ErrorSink.Describe(ex));
            return;
        }

        if (held is null)
        {
            // An empty input is still a document, with no entities.
            output.Write(name, documentName, null, extractor.Extract(string.Empty, options));
        }
        else
        {
            WriteWindow(held, cut: held.Index > 0);
        }

        void WriteWindow(StreamWindow window, bool cut)
        {
            var range = cut ? $"#char={window.Offset},{window.End}" : string.Empty;
            WarnIfNotFrench(warnings, name + range, window.Result);
            output.Write(name + range, documentName + range, null, window.Result);
        }
    }

    private static bool TryOpen(ConsoleIO io, string input, out Stream stream, out string error)
    {
        stream = Stream.Null;
        if (input == "-")
        {
            stream = io.OpenStdin();
            error = string.Empty;
            return true;
        }

        if (Directory.Exists(input))
        {
            error = "is a directory, not a text file";
            return false;
        }

        try
        {
            stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            error = string.Empty;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = ErrorSink.Describe(ex);
            return false;
        }
    }

    private static void RunBatch(CliContext context, string[] inputs, DateOnly? referenceDate, EntityKindSet kinds, DocumentOutput output, ErrorSink errors)
    {
        var lines = inputs.SelectMany(input => ReadBatchInput(context.IO, input, referenceDate, errors));
        var outcomes = ResilientBatch.Run(
            context.Extractor,
            lines,
            line => new BatchDocument(line.Text, new ExtractionOptions { ReferenceDate = line.ReferenceDate, Kinds = kinds }));
        foreach (var outcome in outcomes)
        {
            var line = outcome.Item;
            var error = line.Error ?? (outcome.Error is null ? null : "extraction failed: " + ErrorSink.Describe(outcome.Error));
            if (error is not null)
            {
                // Reported in order, and in the output in the line's place (FORMAT.md), so that output line N answers input line N.
                errors.Report(line.Location, error);
                output.WriteFailedLine(line.Id, line.Line, error);
                continue;
            }

            WarnIfNotFrench(context.IO.Error, line.Location, outcome.Result!);
            output.Write(line.Id ?? line.Location, null, line.Id, outcome.Result!);
        }
    }

    // A warning, not an error: the output is still written and the exit code stays 0.
    private static void WarnIfNotFrench(TextWriter error, string location, ExtractionResult result)
    {
        if (!result.IsLikelyFrench)
        {
            error.WriteLine(FormattableString.Invariant($"warning: {location}: the text does not look French (French score {result.FrenchScore:0.00} < {ExtractionResult.FrenchScoreThreshold:0.00}); the entities may be wrong"));
        }
    }

    private static IEnumerable<BatchInputLine> ReadBatchInput(ConsoleIO io, string input, DateOnly? referenceDate, ErrorSink errors)
    {
        var name = input == "-" ? StdinName : input;
        Stream stream;
        if (input == "-")
        {
            stream = io.OpenStdin();
        }
        else if (Directory.Exists(input))
        {
            errors.Report(input, "is a directory, not a JSON Lines file");
            yield break;
        }
        else
        {
            try
            {
                stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                errors.Report(input, ErrorSink.Describe(ex));
                yield break;
            }
        }

        using (stream)
        using (var lines = BatchInput.Read(stream, name, referenceDate).GetEnumerator())
        {
            while (true)
            {
                // A read error in mid-file (a disk or pipe failure) ends this input only: the lines
                // before it are already extracted, and the next input is still read.
                bool more;
                try
                {
                    more = lines.MoveNext();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Report(name, ErrorSink.Describe(ex));
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                yield return lines.Current;
            }
        }
    }
}
