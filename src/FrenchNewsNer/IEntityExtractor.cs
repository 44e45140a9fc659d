namespace FrenchNewsNer;

/// <summary>
/// Extracts entities from French news text. Implementations are immutable and safe to share across
/// threads: build one with <see cref="EntityExtractorBuilder"/> (or take <see cref="EntityExtractor.Default"/>)
/// and reuse it for every document.
/// </summary>
public interface IEntityExtractor
{
    /// <summary>The kinds this extractor can report.</summary>
    EntityKindSet Kinds { get; }

    /// <summary>Extracts the entities and gift events of one document.</summary>
    /// <param name="text">The document text; offsets in the result index into this string.</param>
    /// <param name="options">Reference date and kinds wanted; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <returns>The result; empty for empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    ExtractionResult Extract(string text, ExtractionOptions? options = null);

    /// <summary>
    /// Extracts many documents on all cores and returns the results in input order. Results are
    /// yielded as soon as they and every earlier one are done; at most a bounded window of documents is
    /// held in memory at once, so an endless feed streams.
    /// </summary>
    /// <param name="documents">The documents; each carries its own options.</param>
    /// <param name="maxDegreeOfParallelism">Worker count; null for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null, or contains a null document.</exception>
    IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default);
}

/// <summary>One document of a batch: its text and options.</summary>
/// <param name="Text">The document text.</param>
/// <param name="Options">Its options, or null for the defaults.</param>
public sealed record BatchDocument(string Text, ExtractionOptions? Options = null);
