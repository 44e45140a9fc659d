using System.Text.Json;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// The rule that lets a gift item be written as a bare text and still read back as one exact Gift
/// entity of the same result. Items are taken over the whole <c>gifts</c> array, event by event, item
/// by item: an item written as a text names the first Gift entity of the result with that text (in
/// the order of <see cref="ExtractionResult.Entities"/>) that no earlier text item named; once every
/// entity with that text has been named, it names the last of them again. An item written as
/// <c>{start, end}</c> names the first Gift entity with that span, and <c>{start, end, entity}</c> the
/// entity at that index of <c>entities</c>. The writer writes a text only when this rule gives back the
/// very item, else <c>{start, end}</c> when that does, else <c>{start, end, entity}</c> (several Gift
/// entities share the span, differing in canonical, id or value); the writer and the reader share this
/// one instance of the rule, so the round trip is exact for every result whose items are its entities.
/// </summary>
/// <remarks>
/// What the extractor produces (items in text order, each Gift entity in at most one event, no two
/// Gift entities on one span) is always written as texts, as FORMAT.md's examples show; spans appear
/// only for hand-built results.
/// </remarks>
internal sealed class GiftItemReferences
{
    private readonly IReadOnlyList<Entity> _entities;

    private readonly Dictionary<string, Candidates> _byText = new(StringComparer.Ordinal);

    /// <summary>The index in <see cref="_entities"/> of the first Gift entity with each span: what a bare span names.</summary>
    private readonly Dictionary<TextSpan, int> _firstBySpan = [];

    /// <summary>Indexes the Gift entities of <paramref name="entities"/> by text and by span, in their order.</summary>
    /// <param name="entities">The result's entities.</param>
    public GiftItemReferences(IReadOnlyList<Entity> entities)
    {
        _entities = entities;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
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
            _firstBySpan.TryAdd(new TextSpan(entity.Start, entity.End), i);
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

    /// <summary>
    /// Writer side, for an item not written as its text: null when its bare span names it (or when no
    /// entity of the result is the item, and nothing better can be written), else the index of the
    /// item in the entities, to be written beside the span.
    /// </summary>
    /// <param name="item">The gift item about to be written as a span.</param>
    /// <returns>The entity index to write, or null.</returns>
    public int? EntityIndexBesideSpan(Entity item)
    {
        if (!_firstBySpan.TryGetValue(new TextSpan(item.Start, item.End), out var first) || _entities[first].Equals(item))
        {
            return null;
        }

        // Several Gift entities share this span (only hand-built results have them): find the item's own.
        for (var i = first + 1; i < _entities.Count; i++)
        {
            if (_entities[i].Equals(item))
            {
                return i;
            }
        }

        return null;
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

    /// <summary>
    /// Reader side: the Gift entity an item written as <paramref name="span"/> (with
    /// <paramref name="entityIndex"/> when written) names, or null when no Gift entity has that span.
    /// </summary>
    /// <param name="span">The item span read.</param>
    /// <param name="entityIndex">The <c>entity</c> index read beside it, if any.</param>
    /// <returns>The entity, or null.</returns>
    /// <exception cref="JsonException">The index is not that of a Gift entity with that span.</exception>
    public Entity? NameBySpan(TextSpan span, int? entityIndex)
    {
        if (entityIndex is not { } index)
        {
            return _firstBySpan.TryGetValue(span, out var first) ? _entities[first] : null;
        }

        if (index < 0 || index >= _entities.Count || _entities[index] is not { Kind: EntityKind.Gift } named || named.Start != span.Start || named.End != span.End)
        {
            throw new JsonException($"Gift item [{span.Start},{span.End}) names entity {index}, which is not a Gift entity with that span.");
        }

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
