using System.Globalization;
using System.Text;
using System.Text.Json;
using FrenchNewsNer.Sample.Rendering;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>Scores of a named part of the evaluation: one gold file, or one <c>--gold</c> argument.</summary>
internal sealed record ScoreGroup(string Path, Scores Scores);

/// <summary>Everything <c>evaluate</c> prints.</summary>
/// <param name="Files">Per gold file.</param>
/// <param name="Arguments">Per <c>--gold</c> path (a file, or a folder summed over its files).</param>
/// <param name="Total">Over everything.</param>
/// <param name="Errors">Scoring errors, for <c>--show-errors</c>.</param>
/// <param name="FailedDocuments">Documents left out because their gold or their extraction failed.</param>
/// <param name="Documents">The gold documents read and scored.</param>
/// <param name="AnnotatedKinds">The kinds at least one of those documents annotates.</param>
internal sealed record EvaluationReport(IReadOnlyList<ScoreGroup> Files, IReadOnlyList<ScoreGroup> Arguments, Scores Total, IReadOnlyList<ScoringError> Errors, int FailedDocuments, int Documents = 0, EntityKindSet AnnotatedKinds = default);

/// <summary>Prints an <see cref="EvaluationReport"/> as tables (Spectre) or as one JSON object.</summary>
internal static class ScoreReport
{
    public static void WriteTables(IAnsiConsole console, EvaluationReport report, int showErrors)
    {
        if (report.Files.Count > 1)
        {
            console.Write(FileTable(report.Files));
        }

        if (report.Files.Any(f => f.Scores.Cases.All.Total > 0))
        {
            console.Write(CaseTable(report.Files));
        }

        foreach (var group in report.Arguments)
        {
            WriteSection(console, group.Path, group.Scores);
        }

        if (report.Arguments.Count != 1)
        {
            WriteSection(console, "Total", report.Total);
        }

        if (report.FailedDocuments > 0)
        {
            console.MarkupLine($"[red]{report.FailedDocuments} document(s) could not be scored; see the errors above.[/]");
        }

        if (showErrors > 0)
        {
            WriteErrors(console, report.Errors, showErrors);
        }
    }

    public static void WriteSection(IAnsiConsole console, string title, Scores scores)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape($"{title} — {scores.Documents} document(s)")) };
        foreach (var column in new[] { "Kind", "Gold", "Pred", "TP", "FP", "FN", "P", "R", "F1", "Value acc." })
        {
            table.AddColumn(column == "Kind" ? new TableColumn(column) : new TableColumn(column).RightAligned());
        }

        foreach (var kind in ReportedKinds(scores))
        {
            var counts = scores.Kind(kind);
            table.AddRow([JsonStyle.KindName(kind), .. CountCells(counts), AccuracyText(scores.Value(kind))]);
        }

        var micro = scores.Micro;
        table.AddRow(["[bold]micro[/]", .. CountCells(micro), AccuracyText(scores.ValueOverall)]);
        console.Write(table);
        console.MarkupLine(Markup.Escape($"Value accuracy:     {AccuracyText(scores.ValueOverall)}"));
        console.MarkupLine(Markup.Escape($"Canonical accuracy: {AccuracyText(scores.Canonical)}"));
        var gifts = scores.Gifts;
        console.MarkupLine(Markup.Escape(scores.ScoredKinds.Contains(EntityKind.Gift)
            ? $"Gift relations:     P {Percent(gifts.Precision)} ({gifts.PredictedCorrect}/{gifts.PredictedTriples})  R {Percent(gifts.Recall)} ({gifts.GoldFound}/{gifts.GoldTriples})  F1 {Percent(gifts.F1)}"
            : "Gift relations:     not scored (Gift not annotated or not asked for)"));
        console.WriteLine();
    }

    public static void WriteErrors(IAnsiConsole console, IReadOnlyList<ScoringError> errors, int perKindAndType)
    {
        console.Write(new Rule(Markup.Escape($"Errors (up to {perKindAndType} per kind and type)")) { Justification = Justify.Left });
        if (errors.Count == 0)
        {
            console.MarkupLine("[green]None.[/]");
            return;
        }

        foreach (var byKind in errors.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            console.MarkupLine($"[bold]{JsonStyle.KindName(byKind.Key)}[/]");
            foreach (var byType in byKind.GroupBy(e => e.Type).OrderBy(g => g.Key))
            {
                var shown = byType.Take(perKindAndType).ToList();
                console.MarkupLine(Markup.Escape($"  {TypeName(byType.Key)}: {byType.Count()}{(byType.Count() > shown.Count ? $", first {shown.Count}" : string.Empty)}"));
                foreach (var error in shown)
                {
                    var detail = error.Detail.Length == 0 ? string.Empty : " — " + error.Detail;
                    console.MarkupLine(Markup.Escape($"    {error.Document} [{error.Start},{error.End}) '{error.Text.ReplaceLineEndings(" ")}'{detail}"));
                    console.MarkupLine("      [grey]" + Markup.Escape(error.Context) + "[/]");
                }
            }
        }
    }

    public static string ToJson(EvaluationReport report, int showErrors)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonStyle.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteGroup(writer, file);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("paths");
            foreach (var group in report.Arguments)
            {
                WriteGroup(writer, group);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("total");
            WriteScores(writer, report.Total);
            writer.WriteNumber("failedDocuments", report.FailedDocuments);
            if (showErrors > 0)
            {
                writer.WriteStartArray("errors");
                foreach (var error in report.Errors.GroupBy(e => (e.Kind, e.Type)).OrderBy(g => g.Key).SelectMany(g => g.Take(showErrors)))
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", TypeName(error.Type));
                    writer.WriteString("kind", JsonStyle.KindName(error.Kind));
                    writer.WriteString("document", error.Document);
                    writer.WriteNumber("start", error.Start);
                    writer.WriteNumber("end", error.End);
                    writer.WriteString("text", error.Text);
                    writer.WriteString("detail", error.Detail);
                    writer.WriteString("context", error.Context);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The kinds worth a row: those scored, plus any with counts (a kind scored in some files only).</summary>
    private static IEnumerable<EntityKind> ReportedKinds(Scores scores) =>
        Enum.GetValues<EntityKind>().Where(k => scores.ScoredKinds.Contains(k) || scores.Kind(k).Gold + scores.Kind(k).Predicted > 0);

    private static Table FileTable(IReadOnlyList<ScoreGroup> files)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Per gold file (micro over kinds)") };
        table.AddColumn("File");
        foreach (var column in new[] { "Docs", "Gold", "Pred", "P", "R", "F1", "Value acc.", "Canonical acc.", "Gift F1" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var file in files)
        {
            var s = file.Scores;
            var micro = s.Micro;
            table.AddRow(
                Markup.Escape(file.Path),
                s.Documents.ToString(CultureInfo.InvariantCulture),
                micro.Gold.ToString(CultureInfo.InvariantCulture),
                micro.Predicted.ToString(CultureInfo.InvariantCulture),
                Percent(micro.Precision),
                Percent(micro.Recall),
                Percent(micro.F1),
                Markup.Escape(AccuracyText(s.ValueOverall)),
                Markup.Escape(AccuracyText(s.Canonical)),
                s.ScoredKinds.Contains(EntityKind.Gift) ? Percent(s.Gifts.F1) : "—");
        }

        return table;
    }

    private static Table CaseTable(IReadOnlyList<ScoreGroup> files)
    {
        var table = new Table
        {
            Border = TableBorder.Rounded,
            Title = new TableTitle("Recognizers-Text specs: cases fully right (every required gold entity with span and value right, no extra prediction)"),
        };
        table.AddColumn("File");
        table.AddColumn(new TableColumn("Supported by Recognizers-Text .NET").RightAligned());
        table.AddColumn(new TableColumn("All").RightAligned());
        table.AddColumn(new TableColumn("Supported, extras of other dimensions ignored").RightAligned());
        foreach (var file in files.Where(f => f.Scores.Cases.All.Total > 0))
        {
            table.AddRow(
                Markup.Escape(file.Path),
                Markup.Escape(AccuracyText(file.Scores.Cases.SupportedByDotnet)),
                Markup.Escape(AccuracyText(file.Scores.Cases.All)),
                Markup.Escape(AccuracyText(file.Scores.Cases.SupportedWithinModelDimensions)));
        }

        return table;
    }

    private static string[] CountCells(Counts counts) =>
    [
        counts.Gold.ToString(CultureInfo.InvariantCulture),
        counts.Predicted.ToString(CultureInfo.InvariantCulture),
        counts.TruePositives.ToString(CultureInfo.InvariantCulture),
        counts.FalsePositives.ToString(CultureInfo.InvariantCulture),
        counts.FalseNegatives.ToString(CultureInfo.InvariantCulture),
        Percent(counts.Precision),
        Percent(counts.Recall),
        Percent(counts.F1),
    ];

    private static void WriteGroup(Utf8JsonWriter writer, ScoreGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("path", group.Path);
        writer.WritePropertyName("scores");
        WriteScores(writer, group.Scores);
        writer.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter writer, Scores scores)
    {
        writer.WriteStartObject();
        writer.WriteNumber("documents", scores.Documents);
        writer.WriteStartArray("scoredKinds");
        foreach (var kind in scores.ScoredKinds.Kinds)
        {
            writer.WriteStringValue(JsonStyle.KindName(kind));
        }

        writer.WriteEndArray();
        writer.WriteStartObject("kinds");
        foreach (var kind in ReportedKinds(scores))
        {
            writer.WritePropertyName(JsonStyle.KindName(kind));
            WriteCounts(writer, scores.Kind(kind));
        }

        writer.WriteEndObject();
        writer.WritePropertyName("micro");
        WriteCounts(writer, scores.Micro);
        writer.WriteStartObject("valueAccuracy");
        writer.WritePropertyName("overall");
        WriteAccuracy(writer, scores.ValueOverall);
        writer.WriteStartObject("kinds");
        foreach (var kind in ReportedKinds(scores).Where(k => scores.Value(k).Total > 0))
        {
            writer.WritePropertyName(JsonStyle.KindName(kind));
            WriteAccuracy(writer, scores.Value(kind));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WritePropertyName("canonicalAccuracy");
        WriteAccuracy(writer, scores.Canonical);
        if (scores.Cases.All.Total > 0)
        {
            writer.WriteStartObject("caseRates");
            writer.WritePropertyName("supportedByDotnet");
            WriteAccuracy(writer, scores.Cases.SupportedByDotnet);
            writer.WritePropertyName("all");
            WriteAccuracy(writer, scores.Cases.All);
            writer.WritePropertyName("supportedWithinModelDimensions");
            WriteAccuracy(writer, scores.Cases.SupportedWithinModelDimensions);
            writer.WriteEndObject();
        }
        if (scores.ScoredKinds.Contains(EntityKind.Gift))
        {
            var gifts = scores.Gifts;
            writer.WriteStartObject("giftRelations");
            writer.WriteNumber("goldTriples", gifts.GoldTriples);
            writer.WriteNumber("goldFound", gifts.GoldFound);
            writer.WriteNumber("predictedTriples", gifts.PredictedTriples);
            writer.WriteNumber("predictedCorrect", gifts.PredictedCorrect);
            WriteRatio(writer, "precision", gifts.Precision);
            WriteRatio(writer, "recall", gifts.Recall);
            WriteRatio(writer, "f1", gifts.F1);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, Counts counts)
    {
        writer.WriteStartObject();
        writer.WriteNumber("gold", counts.Gold);
        writer.WriteNumber("predicted", counts.Predicted);
        writer.WriteNumber("tp", counts.TruePositives);
        writer.WriteNumber("fp", counts.FalsePositives);
        writer.WriteNumber("fn", counts.FalseNegatives);
        WriteRatio(writer, "precision", counts.Precision);
        WriteRatio(writer, "recall", counts.Recall);
        WriteRatio(writer, "f1", counts.F1);
        writer.WriteEndObject();
    }

    private static void WriteAccuracy(Utf8JsonWriter writer, Accuracy accuracy)
    {
        writer.WriteStartObject();
        writer.WriteNumber("correct", accuracy.Correct);
        writer.WriteNumber("total", accuracy.Total);
        WriteRatio(writer, "accuracy", accuracy.Value);
        writer.WriteEndObject();
    }

    private static void WriteRatio(Utf8JsonWriter writer, string name, double? value)
    {
        // Undefined ratios (nothing predicted, nothing to find) are null, not 0, so CI can tell them apart.
        if (value is { } v)
        {
            writer.WriteNumber(name, v);   // a ratio in [0, 1]: Utf8JsonWriter already writes 1 as "1" and the shortest round-trip form otherwise
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string AccuracyText(Accuracy accuracy) =>
        accuracy.Total == 0 ? "—" : $"{Percent(accuracy.Value)} ({accuracy.Correct}/{accuracy.Total})";

    private static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string TypeName(ScoringErrorType type) => type switch
    {
        ScoringErrorType.FalsePositive => "false positive",
        ScoringErrorType.FalseNegative => "false negative",
        ScoringErrorType.WrongValue => "wrong value",
        ScoringErrorType.WrongCanonical => "wrong canonical",
        ScoringErrorType.MissedGift => "missed gift relation",
        ScoringErrorType.SpuriousGift => "spurious gift relation",
        _ => type.ToString(),
    };
}
