using System.CommandLine;
using System.Text;
using System.Text.Json;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;
using FrenchNewsNer.Serialization;

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
            Description = "table: highlighted text and entity table; json: the FORMAT.md document (an array of them for several inputs); "
                + "jsonl: one compact JSON object per document; conll, brat (.ann of one document), labelstudio, spacy, html: exports. "
                + "Default: table, or jsonl with --input-format jsonl.",
        };
        format.AcceptOnlyFromAmong(["table", "json", "jsonl", .. ExportFormatNames]);
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "text: each input is one document; jsonl: FORMAT.md batch input, one {\"id\",\"text\",\"referenceDate\"} per line.",
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

    internal static int Run(CliContext context, Settings settings)
    {
        var errors = new ErrorSink(context.IO.Error);
        DateOnly? referenceDate = null;
        if (settings.ReferenceDate is { } rawDate)
        {
            if (!OptionValues.TryParseDate(rawDate, out var date))
            {
                errors.Report("--reference-date", OptionValues.DateError(rawDate));
            }

            referenceDate = date;
        }

        if (!OptionValues.TryParseKinds(settings.Kinds, out var kinds, out var kindError))
        {
            errors.Report("--kinds", kindError);
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

    private static void RunDocuments(CliContext context, string[] inputs, ExtractionOptions options, DocumentOutput output, ErrorSink errors)
    {
        foreach (var input in inputs)
        {
            // Deliberately reads only the named file: a X.gold.json beside X.txt is never consulted, so
            // nothing from the answer key (its referenceDate included) can leak into the output.
            if (!TryReadInput(context.IO, input, out var text, out var location, out var error))
            {
                errors.Report(location, error);
                continue;
            }

            var name = input == "-" ? StdinName : input;
            ExtractionResult result;
            try
            {
                result = context.Extractor.Extract(text, options);
            }
            catch (Exception ex)
            {
                errors.Report(name, "extraction failed: " + ErrorSink.Describe(ex));
                continue;
            }

            WarnIfNotFrench(context.IO.Error, name, result);
            output.Write(name, input == "-" ? "-" : Path.GetFileName(input), null, result);
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

    private static void RunBatch(CliContext context, string[] inputs, DateOnly? referenceDate, EntityKindSet kinds, DocumentOutput output, ErrorSink errors)
    {
        var lines = inputs.SelectMany(input => ReadBatchInput(context.IO, input, referenceDate, errors));
        var outcomes = ResilientBatch.Run(
            context.Extractor,
            lines,
            line => new BatchDocument(line.Text, new ExtractionOptions { ReferenceDate = line.ReferenceDate, Kinds = kinds }));
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                errors.Report(outcome.Item.Location, "extraction failed: " + ErrorSink.Describe(outcome.Error));
                continue;
            }

            WarnIfNotFrench(context.IO.Error, outcome.Item.Location, outcome.Result!);
            output.Write(outcome.Item.Id ?? outcome.Item.Location, null, outcome.Item.Id, outcome.Result!);
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
                stream = File.OpenRead(input);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                errors.Report(input, ErrorSink.Describe(ex));
                yield break;
            }
        }

        using (stream)
        using (var lines = BatchInput.Read(stream, name, referenceDate, errors).GetEnumerator())
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

    private static bool TryReadInput(ConsoleIO io, string input, out string text, out string location, out string error)
    {
        if (input != "-")
        {
            return StrictText.TryReadFile(input, out text, out location, out error);
        }

        location = StdinName;
        using var stdin = io.OpenStdin();
        var bytes = new MemoryStream();
        try
        {
            stdin.CopyTo(bytes);
        }
        catch (IOException ex)
        {
            text = string.Empty;
            error = ErrorSink.Describe(ex);
            return false;
        }

        if (!StrictText.TryDecode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), out text, out var line))
        {
            location = $"{StdinName}:{line}";
            error = "invalid UTF-8";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static DocumentOutput OutputFor(ConsoleIO io, string format, bool asArray) => format switch
    {
        "json" => new JsonOutput(io.Output, asArray),
        "jsonl" => new JsonLinesOutput(io.Output),
        _ when ExportFormatNames.Contains(format) => new ExportOutput(io.Output, format, asArray),
        _ => new TableOutput(Consoles.Create(io)),
    };

    /// <summary>Where results go, one at a time, so that output streams while later inputs are read.</summary>
    private abstract class DocumentOutput
    {
        /// <param name="title">A name for people (file path, or id).</param>
        /// <param name="documentName">FORMAT.md <c>document</c> for text input; null for batch input.</param>
        /// <param name="id">FORMAT.md <c>id</c> for batch input.</param>
        /// <param name="result">The extraction result.</param>
        public abstract void Write(string title, string? documentName, string? id, ExtractionResult result);

        public virtual void Complete()
        {
        }
    }

    private sealed class TableOutput(Spectre.Console.IAnsiConsole console) : DocumentOutput
    {
        public override void Write(string title, string? documentName, string? id, ExtractionResult result) =>
            DocumentView.Render(console, title, result);
    }

    private sealed class JsonLinesOutput(TextWriter output) : DocumentOutput
    {
        public override void Write(string title, string? documentName, string? id, ExtractionResult result)
        {
            output.WriteLine(documentName is null ? FormatJson.SerializeBatchLine(id, result) : FormatJson.SerializeDocument(result, documentName, indented: false));
            output.Flush();
        }
    }

    /// <summary>
    /// One indented JSON value: the document itself for a single input, else an array of documents.
    /// Each document is flushed as soon as it is written, so the array streams.
    /// </summary>
    private sealed class JsonOutput : DocumentOutput
    {
        private readonly TextWriter _output;
        private readonly bool _asArray;
        private readonly MemoryStream _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public JsonOutput(TextWriter output, bool asArray)
        {
            _output = output;
            _asArray = asArray;
            _writer = new Utf8JsonWriter(_buffer, FormatNames.WriterOptions(indented: true));
            if (asArray)
            {
                _writer.WriteStartArray();
            }
        }

        public override void Write(string title, string? documentName, string? id, ExtractionResult result)
        {
            if (documentName is null)
            {
                FormatJson.WriteBatchLine(_writer, id, result);
            }
            else
            {
                FormatJson.WriteDocument(_writer, result, documentName);
            }

            Drain();
        }

        public override void Complete()
        {
            if (_asArray)
            {
                _writer.WriteEndArray();
            }

            Drain();
            if (_writer.BytesCommitted > 0)
            {
                _output.WriteLine();
            }

            _output.Flush();
            _writer.Dispose();
        }

        private void Drain()
        {
            _writer.Flush();
            _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _output.Flush();
            _buffer.SetLength(0);
        }
    }
}
