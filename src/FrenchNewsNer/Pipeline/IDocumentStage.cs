using FrenchNewsNer.Text;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// A stage that runs after conflict resolution and sees the resolved entities: canonical names, then
/// gifts. It may rewrite entities (same spans, new canonical names) and add Gift entities and events.
/// </summary>
internal interface IDocumentStage
{
    /// <summary>Runs the stage over the resolved entities of <paramref name="document"/>.</summary>
    void Process(Document document, RecognitionContext context, ResolvedDocument resolved);
}

/// <summary>The mutable working set of one extraction call; never shared across calls.</summary>
internal sealed class ResolvedDocument
{
    /// <summary>Creates an empty working set.</summary>
    /// <param name="entityCapacity">The number of core entities expected, so the list is allocated once at its final size.</param>
    public ResolvedDocument(int entityCapacity = 0)
    {
        Entities = new List<Entity>(entityCapacity);
    }

    /// <summary>Core entities (no overlap), sorted by start.</summary>
    public List<Entity> Entities { get; }

    /// <summary>Gift entities, a separate layer.</summary>
    public List<Entity> Gifts { get; } = new();

    /// <summary>Gift events.</summary>
    public List<GiftEvent> GiftEvents { get; } = new();
}
