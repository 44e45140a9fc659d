namespace FrenchNewsNer.Serialization;

/// <summary>
/// The rule that lets a gift item be written as a bare text and still read back as one exact Gift
/// entity of the same result. Items are taken over the whole <c>gifts</c> array, event by event, item
/// by item: an item written as a text names the first Gift entity of the result with that text (in
/// the order of <see cref="ExtractionResult.Entities"/>) that no earlier text item named; once every
/// entity with that text has been named, it names the last of them again. The writer writes a text
/// only when this rule gives back the very item, and <c>{start, end}</c> otherwise, so the writer and
/// the reader share this one instance of the rule and the round trip is exact.
/// </summary>
/// <remarks>
/// What the extractor produces (items in text order, each Gift entity in at most one event) is always
/// written as texts, as FORMAT.md's examples show; spans appear only for hand-built results.
/// </remarks>
internal sealed class GiftItemReferences
{
    private readonly Dictionary<string, Candidates> _byText = new(StringComparer.Ordinal);

    /// <summary>Indexes the Gift entities of <paramref name="entities"/> by text, in their order.</summary>
    /// <param name="entities">The result's entities.</param>
    public GiftItemReferences(IReadOnlyList<Entity> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Kind != EntityKind.Gift)
            {
                continue;
            }

            if (!_byText.TryGetValue(entity.Text, out var candidates))
            {
                candidates = new Candidates();
                _byText.Add(entity.Text, candidates);
            }

            candidates.Entities.Add(entity);
        }
    }

    /// <summary>
    /// Writer side: true, and the text counted as named, when the rule reads <paramref name="item"/>'s
    /// text back as <paramref name="item"/>; false when the item must be written as a span.
    /// </summary>
    /// <param name="item">The gift item about to be written.</param>
    /// <returns>Whether the item may be written as its text.</returns>
    public bool TryNameByText(Entity item)
    {
        if (!_byText.TryGetValue(item.Text, out var candidates) || !candidates.Peek().Equals(item))
        {
            return false;
        }

        candidates.Advance();
        return true;
    }

    /// <summary>Reader side: the Gift entity an item written as <paramref name="text"/> names, or null when none has that text.</summary>
    /// <param name="text">The item text read.</param>
    /// <returns>The entity, or null.</returns>
    public Entity? NameByText(string text)
    {
        if (!_byText.TryGetValue(text, out var candidates))
        {
            return null;
        }

        var named = candidates.Peek();
        candidates.Advance();
        return named;
    }

    private sealed class Candidates
    {
        private int _next;

        public List<Entity> Entities { get; } = new(1);

        public Entity Peek() => Entities[Math.Min(_next, Entities.Count - 1)];

        public void Advance() => _next++;
    }
}
