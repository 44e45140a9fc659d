using System.Collections.Immutable;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer;

/// <summary>
/// The rule- and gazetteer-based extractor: tokenise once, let each entity family propose spans,
/// resolve conflicts, then run the document stages (canonical names, gifts). Immutable and thread-safe;
/// build it once with <see cref="EntityExtractorBuilder"/> or use <see cref="Default"/>.
/// </summary>
public sealed class EntityExtractor : IEntityExtractor
{
    private static readonly Lazy<EntityExtractor> DefaultInstance = new(() => new EntityExtractorBuilder().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    // One candidate list per thread, reused from call to call: the list grows to a document's candidates
    // once instead of doubling its way there for every document. Taken out of the slot while in use, so a
    // nested call on the same thread (a recogniser that extracts) gets a list of its own.
    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    private readonly ImmutableArray<IEntityRecognizer> _recognizers;
    private const int MaxPooledCandidates = 1 << 16;

    private readonly ImmutableArray<IDocumentStage> _stages;

    internal EntityExtractor(EntityKindSet kinds, ImmutableArray<IEntityRecognizer> recognizers, ImmutableArray<IDocumentStage> stages)
    {
        Kinds = kinds;
        _recognizers = recognizers;
        _stages = stages;
    }

    /// <summary>The default extractor with every kind and the built-in data; built on first use, then shared.</summary>
    public static EntityExtractor Default => DefaultInstance.Value;

    /// <inheritdoc />
    public EntityKindSet Kinds { get; }

    /// <inheritdoc />
    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        options ??= ExtractionOptions.Default;
        // Kinds narrow what is reported, never what is computed: a gift needs the names of its giver and
        // recipient, so asking for Gift alone still runs the name recognisers.
        var reported = options.Kinds.Intersect(Kinds);
        var context = new RecognitionContext(options.ReferenceDate, KindDependencies.Closure(reported));
        if (text.Length == 0 || reported.IsEmpty)
        {
            return ExtractionResult.Empty(text, options.ReferenceDate);
        }

        var document = Document.Create(text);
        var candidates = t_candidates ?? new List<Candidate>();
        t_candidates = null;
        try
        {
            foreach (var recognizer in _recognizers)
            {
                if (!recognizer.Produces.Intersect(context.Kinds).IsEmpty)
                {
                    recognizer.Recognize(document, context, candidates);
                }
            }

            var winners = ConflictResolver.Resolve(candidates, text.Length);

            // The winners bound the entity count: the list is allocated once at its final size instead of
            // doubling its way there (about as many bytes again as the final array, per document).
            var resolved = new ResolvedDocument(winners.Count);
            foreach (var candidate in winners)
            {
                // Recognisers may propose kinds for their own use; the stages see every computed kind.
                if (context.Kinds.Contains(candidate.Kind))
                {
                    resolved.Entities.Add(new Entity(candidate.Kind, candidate.Start, candidate.End, text.Substring(candidate.Start, candidate.Length), candidate.Canonical, candidate.Value) { Id = candidate.Id });
                }
            }

            foreach (var stage in _stages)
            {
                stage.Process(document, context, resolved);
            }

            // Only the kinds asked for are reported: the names a gift stage needed go once it has read them, and
            // so do the organisations the acronym stage makes in a call for persons alone.
            if (context.Kinds != reported || !AllOf(resolved.Entities, reported))
            {
                resolved.Entities.RemoveAll(entity => !reported.Contains(entity.Kind));
            }

            return new ExtractionResult(text, options.ReferenceDate, Merge(resolved), resolved.GiftEvents.ToArray())
            {
                Sentences = DocumentProfile.Sentences(document),
                FrenchScoreOnRead = true,
            };
        }
        finally
        {
            document.Release();

            // Clear drops the references the candidates hold (values, canonical names); a list grown by a
            // huge document is let go rather than kept for the thread's lifetime.
            candidates.Clear();
            if (candidates.Capacity <= MaxPooledCandidates)
            {
                t_candidates = candidates;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(documents, nameof(documents));
        var workers = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgument(workers >= 1, nameof(maxDegreeOfParallelism), "The degree of parallelism must be at least 1.");
        return OrderedParallelBatch.Run(documents, doc => Extract(Preconditions.CheckNotNull(doc, nameof(documents)).Text, doc.Options), workers, cancellationToken);
    }

    /// <summary>Which kinds each kind needs computed to be found well (the gift stage reads names, dates and sums of money).</summary>
    internal static class KindDependencies
    {
        private static readonly EntityKindSet GiftNeeds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Date, EntityKind.Quantity);

        /// <summary><paramref name="kinds"/> and every kind they depend on.</summary>
        public static EntityKindSet Closure(EntityKindSet kinds)
        {
            var closure = kinds;
            if (kinds.Contains(EntityKind.Gift))
            {
                foreach (var kind in GiftNeeds.Kinds)
                {
                    closure = closure.With(kind);
                }
            }

            return closure;
        }
    }

    private static bool AllOf(List<Entity> entities, EntityKindSet kinds)
    {
        foreach (var entity in entities)
        {
            if (!kinds.Contains(entity.Kind))
            {
                return false;
            }
        }

        return true;
    }

    private static Entity[] Merge(ResolvedDocument resolved)
    {
        var all = new Entity[resolved.Entities.Count + resolved.Gifts.Count];
        resolved.Entities.CopyTo(all);
        resolved.Gifts.CopyTo(all, resolved.Entities.Count);

        // Without gifts the entities come out of conflict resolution already in this order (and no two are
        // equal, since they never overlap): checking costs one walk, sorting a few comparisons per entity.
        if (!IsOrdered(all))
        {
            Array.Sort(all, EntityOrder.Instance);
        }

        return all;
    }

    private static bool IsOrdered(Entity[] entities)
    {
        for (var k = 1; k < entities.Length; k++)
        {
            if (EntityOrder.Instance.Compare(entities[k - 1], entities[k]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Start, then end, then kind: the order FORMAT.md output and the tests rely on.</summary>
    private sealed class EntityOrder : IComparer<Entity>
    {
        public static readonly EntityOrder Instance = new();

        public int Compare(Entity? x, Entity? y)
        {
            var byStart = x!.Start.CompareTo(y!.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = x.End.CompareTo(y.End);
            return byEnd != 0 ? byEnd : x.Kind.CompareTo(y.Kind);
        }
    }
}
