using FrenchNewsNer.Export;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>
/// Gold from annotation tools: a CoNLL/IOB2 file (<c>X.conll</c>) or a brat <c>X.ann</c>, each over the
/// document text <c>X.txt</c> beside it, read with the library's importers. Both carry spans, kinds, and
/// (in the comments and notes FrenchNewsNer writes) canonicals, values and the reference date the document
/// is extracted against; brat also the gift events. Neither carries alternatives, optional mentions or the
/// annotated kinds (FORMAT.md's default: every kind but Number).
/// </summary>
internal static class AnnotationGold
{
    public static bool IsAnnotationFile(string path) =>
        path.EndsWith(".conll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ann", StringComparison.OrdinalIgnoreCase);

    /// <summary>The gold document of one annotation file, or none (with the problem reported).</summary>
    public static IReadOnlyList<GoldDocument> ReadFile(string path, ErrorSink errors, out int failed)
    {
        failed = 1;
        var textPath = Path.ChangeExtension(path, ".txt");
        if (!File.Exists(textPath))
        {
            errors.Report(path, $"no document text {Path.GetFileName(textPath)} beside it");
            return [];
        }

        if (!StrictText.TryReadFile(textPath, out var text, out var location, out var error))
        {
            errors.Report(location, error);
            return [];
        }

        ExtractionResult result;
        try
        {
            using var reader = new StreamReader(path, StrictText.Encoding);
            result = path.EndsWith(".conll", StringComparison.OrdinalIgnoreCase)
                ? Conll.Read(reader, text, path)
                : Brat.Read(text, reader, path);
        }
        catch (DataFormatException ex)
        {
            errors.Report($"{path}:{ex.Line}", ex.Reason);
            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            errors.Report(path, ErrorSink.Describe(ex));
            return [];
        }

        failed = 0;
        var entities = result.Entities
            .Select(e => new GoldEntity(e.Kind, e.Start, e.End, e.Text, e.Canonical == e.Text ? null : e.Canonical, GoldValue.From(e.Value), [], Optional: false))
            .ToList();
        var index = new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < result.Entities.Count; i++)
        {
            index[result.Entities[i]] = i;
        }

        var gifts = result.Gifts
            .Select(g => new GoldGift(g.Items.Select(item => (IReadOnlyList<int>)[index[item]]).ToList(), g.Giver, g.Recipient, g.Mutual))
            .ToList();
        return [new GoldDocument(path, 1, Path.GetFileName(textPath), text, result.ReferenceDate, GoldDocument.DefaultAnnotatedKinds, entities, gifts)];
    }
}
