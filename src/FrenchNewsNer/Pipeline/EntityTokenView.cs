using System.Buffers;
using System.Runtime.InteropServices;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// A document seen after conflict resolution: tokens, and for each token the resolved entity it belongs to.
/// Built once per document in one linear walk; read by the stages that reason over entities in context.
/// </summary>
internal sealed class EntityTokenView
{
    // Rented (it may be longer than the token count): indices are checked against Count, never its length.
    private int[] _entityOfToken;

    public EntityTokenView(Document document, IReadOnlyList<Entity> entities)
    {
        Document = document;
        Entities = entities;
        var tokens = document.Tokens.AsSpan();
        _entityOfToken = ArrayPool<int>.Shared.Rent(tokens.Length);
        var entityOfToken = _entityOfToken.AsSpan(0, tokens.Length);

        // The resolved entities are a list: read as a span, not through the interface once per token.
        ReadOnlySpan<Entity> all = entities is List<Entity> list ? CollectionsMarshal.AsSpan(list) : entities.ToArray();
        var e = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var start = tokens[t].Start;
            while (e < all.Length && all[e].End <= start)
            {
                e++;
            }

            entityOfToken[t] = e < all.Length && all[e].Start <= start && start < all[e].End ? e : -1;
        }
    }

    public Document Document { get; }

    public IReadOnlyList<Entity> Entities { get; }

    public TokenList Tokens => Document.Tokens;

    public int Count => Document.Tokens.Length;

    /// <summary>The entity token <paramref name="index"/> belongs to, or null.</summary>
    public Entity? EntityAt(int index) => (uint)index < (uint)Count && _entityOfToken[index] >= 0 ? Entities[_entityOfToken[index]] : null;

    /// <summary>Hands the token-to-entity array back to the pool; the view must not be used afterwards.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(_entityOfToken);
        _entityOfToken = [];
    }

    /// <summary>Whether an entity of kind Person or Organization starts at token <paramref name="index"/>.</summary>
    public bool StartsActor(int index, out Entity actor)
    {
        actor = EntityAt(index)!;
        return actor is not null && actor.Kind is EntityKind.Person or EntityKind.Organization && actor.Start == Tokens[index].Start;
    }

    /// <summary>The index of the first token after the entity that token <paramref name="index"/> belongs to.</summary>
    public int AfterEntity(int index)
    {
        var entity = EntityAt(index);
        if (entity is null)
        {
            return index + 1;
        }

        var next = index + 1;
        while (next < Count && Tokens[next].Start < entity.End)
        {
            next++;
        }

        return next;
    }

    public bool IsWord(int index, string folded) => Document.IsWord(index, folded);

    public bool IsChar(int index, char c) => Document.IsChar(index, c);

    public ReadOnlySpan<char> Folded(int index) => Document.FoldedOf(index);

    /// <summary>« “ or a straight quote that opens: after a space or an elision, glued to the next word.</summary>
    public bool IsOpeningQuote(int index)
    {
        if (IsChar(index, '«') || IsChar(index, '“'))
        {
            return true;
        }

        return IsChar(index, '"') && Document.IsGlued(index + 1)
            && (Tokens[index].Has(TokenFlags.SpaceBefore) || (index > 0 && Tokens[index - 1].Has(TokenFlags.Elision)));
    }

    /// <summary>» ” or a straight quote glued to the word before it.</summary>
    public bool IsClosingQuote(int index) =>
        IsChar(index, '»') || IsChar(index, '”') || (IsChar(index, '"') && !Tokens[index].Has(TokenFlags.SpaceBefore) && !IsOpeningQuote(index));

    /// <summary>The first token of the sentence containing <paramref name="index"/>.</summary>
    public int SentenceStart(int index)
    {
        while (index > 0 && !Tokens[index].Has(TokenFlags.SentenceStart))
        {
            index--;
        }

        return index;
    }

    /// <summary>The token after the sentence containing <paramref name="index"/>.</summary>
    public int SentenceEnd(int index)
    {
        index++;
        while (index < Count && !Tokens[index].Has(TokenFlags.SentenceStart))
        {
            index++;
        }

        return index;
    }
}
