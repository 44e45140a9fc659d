using System.CommandLine;
using FrenchNewsNer.Sample.Evaluation;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Sample.Rendering;

namespace FrenchNewsNer.Sample.Commands;

/// <summary><c>evaluate --gold PATH...</c>: runs the extractor on FORMAT.md gold documents and prints the FORMAT.md scores.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<string[]>("--gold", "-g")
        {
            Description = "Gold files (.gold.json, .gold.jsonl) or folders searched recursively for them.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var kinds = CommonOptions.Kinds("The kinds to score (the extractor still runs with every kind, as a default user's would)");
        var showErrors = new Option<int>("--show-errors")
        {
            Description = "List up to N false positives, false negatives and value/canonical errors per kind, with context.",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the scores as one JSON object (for CI) instead of tables.",
        };

        var command = new Command("evaluate", "Score the extractor on gold files (docs/FORMAT.md).") { gold, kinds, showErrors, json };
        command.SetAction(parse => Run(context, new Settings(
            parse.GetValue(gold) ?? [],
            parse.GetValue(kinds),
            parse.GetValue(showErrors),
            parse.GetValue(json))));
        return command;
    }

    internal sealed record Settings(string[] Gold, string? Kinds, int ShowErrors, bool Json);

    internal static int Run(CliContext context, Settings settings)
    {
        var errors = new ErrorSink(context.IO.Error);
        if (!OptionValues.TryParseKinds(settings.Kinds, out var kinds, out var kindError))
        {
            errors.Report("--kinds", kindError);
        }

        if (settings.ShowErrors < 0)
        {
            errors.Report("--show-errors", $"'{settings.ShowErrors}' must be zero or more");
        }

        if (errors.Count > 0)
        {
            return errors.ExitCode;
        }

        var report = Evaluate(context.Extractor, settings.Gold, kinds, errors);
        if (report.Documents == 0)
        {
            // Nothing was read: a table of zeros would look like a score.
            if (errors.Count == 0)
            {
                errors.Report("--gold", "no gold document to score (the files hold none)");
            }

            return errors.ExitCode;
        }

        if (settings.Kinds is not null)
        {
            // Asked for a kind no gold document annotates: its zeros would look like a measured score.
            var notAnnotated = kinds.Kinds.Where(k => !report.AnnotatedKinds.Contains(k)).ToArray();
            if (notAnnotated.Length > 0)
            {
                var annotated = string.Join(", ", report.AnnotatedKinds.Kinds);
                errors.Report("--kinds", $"{string.Join(", ", notAnnotated)} cannot be scored: no gold document annotates it (their annotatedKinds: {(annotated.Length == 0 ? "none" : annotated)}; a file without annotatedKinds annotates every kind but Number)");
                if (notAnnotated.Length == kinds.Kinds.Count())
                {
                    return errors.ExitCode;
                }
            }
        }

        if (settings.Json)
        {
            context.IO.Output.WriteLine(ScoreReport.ToJson(report, settings.ShowErrors));
        }
        else
        {
            ScoreReport.WriteTables(Consoles.Create(context.IO), report, settings.ShowErrors);
        }

        context.IO.Output.Flush();
        return errors.ExitCode;
    }

    internal static EvaluationReport Evaluate(IEntityExtractor extractor, IReadOnlyList<string> goldPaths, EntityKindSet kinds, ErrorSink errors)
    {
        var failed = 0;
        var filesByArgument = new List<(string Argument, IReadOnlyList<string> Files)>();
        var documentsByFile = new Dictionary<string, IReadOnlyList<GoldDocument>>(StringComparer.Ordinal);
        foreach (var argument in goldPaths)
        {
            var files = GoldReader.FindGoldFiles(argument, errors);
            if (files.Count == 0)
            {
                failed++;
            }

            filesByArgument.Add((argument, files));
            foreach (var file in files)
            {
                // A file named twice (a folder and a file in it) is read and counted once.
                if (!documentsByFile.ContainsKey(file))
                {
                    documentsByFile[file] = GoldReader.ReadFile(file, errors, out var failedInFile);
                    failed += failedInFile;
                }
            }
        }

        var annotatedKinds = EntityKindSet.None;
        foreach (var document in documentsByFile.Values.SelectMany(d => d))
        {
            foreach (var kind in document.AnnotatedKinds.Kinds)
            {
                annotatedKinds = annotatedKinds.With(kind);
            }
        }

        var fileScores = documentsByFile.Keys.ToDictionary(f => f, _ => new Scores(), StringComparer.Ordinal);

        // A .gold.jsonl whose lines carry Recognizers-Text support notes is a spec: its lines are cases.
        var specFiles = documentsByFile
            .Where(pair => pair.Key.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && pair.Value.Any(d => d.HasSupportNotes))
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);
        // The Quantity dimensions each spec file annotates: a Recognizers-Text model's own dimensions.
        var modelDimensions = specFiles.ToDictionary(
            f => f,
            f => documentsByFile[f].SelectMany(d => d.Entities).Select(e => e.Value?.Dimension).OfType<QuantityDimension>().ToHashSet(),
            StringComparer.Ordinal);
        var scoringErrors = new List<ScoringError>();
        var documents = documentsByFile.SelectMany(pair => pair.Value.Select(document => (File: pair.Key, Document: document)));
        var outcomes = ResilientBatch.Run(
            extractor,
            documents,
            item => new BatchDocument(item.Document.Text, new ExtractionOptions { ReferenceDate = item.Document.ReferenceDate }));
        foreach (var outcome in outcomes)
        {
            var (file, document) = outcome.Item;
            if (outcome.Error is not null)
            {
                failed++;
                errors.Report($"{document.Source}:{document.Line}", $"extraction of '{document.Name}' failed: {ErrorSink.Describe(outcome.Error)}");
                continue;
            }

            var score = Scorer.Score(document, outcome.Result!, kinds);
            fileScores[file].Add(score.Scores);
            if (specFiles.Contains(file))
            {
                fileScores[file].Cases.Count(score.FullyRight, FullyRightWithinModel(score, outcome.Result!, modelDimensions[file]), document.NotSupportedDotnet);
            }

            scoringErrors.AddRange(score.Errors);
        }

        var total = new Scores();
        foreach (var scores in fileScores.Values)
        {
            total.Add(scores);
        }

        var argumentScores = filesByArgument.Select(a =>
        {
            var scores = new Scores();
            foreach (var file in a.Files.Distinct(StringComparer.Ordinal))
            {
                scores.Add(fileScores[file]);
            }

            return new ScoreGroup(a.Argument, scores);
        }).ToList();

        var perFile = documentsByFile.Keys.Select(f => new ScoreGroup(f, fileScores[f])).ToList();
        return new EvaluationReport(perFile, argumentScores, total, scoringErrors, failed, documentsByFile.Values.Sum(d => d.Count), annotatedKinds);
    }

    /// <summary>Fully right but for extra Quantities of a dimension the spec file never annotates.</summary>
    private static bool FullyRightWithinModel(DocumentScore score, ExtractionResult result, HashSet<QuantityDimension> dimensions) =>
        score.Errors.All(e => e.Type switch
        {
            ScoringErrorType.FalseNegative or ScoringErrorType.WrongValue => false,
            ScoringErrorType.FalsePositive => e.Kind == EntityKind.Quantity
                && result.Entities.FirstOrDefault(p => p.Kind == EntityKind.Quantity && p.Start == e.Start && p.End == e.End)?.Value is QuantityValue q
                && !dimensions.Contains(q.Dimension),
            _ => true,
        });
}
