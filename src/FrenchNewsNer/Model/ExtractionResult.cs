using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>The entities and gift events of one document.</summary>
[JsonConverter(typeof(ExtractionResultJsonConverter))]
public sealed class ExtractionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="text">The document text, as given.</param>
    /// <param name="referenceDate">The reference date used, or null.</param>
    /// <param name="entities">Entities sorted by start, then end, then kind.</param>
    /// <param name="gifts">Gift events in text order.</param>
    public ExtractionResult(string text, DateOnly? referenceDate, IReadOnlyList<Entity> entities, IReadOnlyList<GiftEvent> gifts)
    {
        Text = Preconditions.CheckNotNull(text, nameof(text));
        ReferenceDate = referenceDate;
        Entities = Preconditions.CheckNotNull(entities, nameof(entities));
        Gifts = Preconditions.CheckNotNull(gifts, nameof(gifts));
    }

    /// <summary>The document text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The reference (publication) date the dates were resolved against, or null.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>
    /// Entities sorted by start offset, then end, then kind. Person, Organization, Location, Quantity,
    /// Date and Number never overlap one another; Gift entities are a separate layer.
    /// </summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Who gave what to whom.</summary>
    public IReadOnlyList<GiftEvent> Gifts { get; }

    /// <summary>The entities of one kind, in text order.</summary>
    /// <param name="kind">The kind wanted.</param>
    public IEnumerable<Entity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    /// <summary>An empty result for <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="referenceDate">The reference date, or null.</param>
    public static ExtractionResult Empty(string text, DateOnly? referenceDate) =>
        new(text, referenceDate, Array.Empty<Entity>(), Array.Empty<GiftEvent>());
}
