using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// Who gave what to whom: items (Gift entities of the same result), the giver and the recipient as
/// canonical Person, Organization or Location names (spelled as the document spells them), null when
/// the text does not say. A role read from a description ("le président chinois", "son homologue")
/// carries the canonical name it refers to, and its mention points at the description's words.
/// </summary>
/// <param name="Items">The Gift entities given, in text order.</param>
/// <param name="Giver">The canonical name of the giver, or null.</param>
/// <param name="Recipient">The canonical name of the recipient, or null.</param>
/// <param name="Mutual">True for an exchange ("se sont mutuellement offert un fusil").</param>
[JsonConverter(typeof(GiftEventJsonConverter))]
public sealed record GiftEvent(IReadOnlyList<Entity> Items, string? Giver, string? Recipient, bool Mutual = false)
{
    /// <summary>The words the giver was read from (a name or a description), or null.</summary>
    public TextSpan? GiverMention { get; init; }

    /// <summary>The words the recipient was read from (a name or a description), or null.</summary>
    public TextSpan? RecipientMention { get; init; }

    /// <summary>Compares the items by content (in order), not by list reference, and every other member by value.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns>True when both events say the same thing.</returns>
    public bool Equals(GiftEvent? other) =>
        other is not null
        && Items.SequenceEqual(other.Items)
        && string.Equals(Giver, other.Giver, StringComparison.Ordinal)
        && string.Equals(Recipient, other.Recipient, StringComparison.Ordinal)
        && Mutual == other.Mutual
        && GiverMention == other.GiverMention
        && RecipientMention == other.RecipientMention;

    /// <summary>A hash consistent with <see cref="Equals(GiftEvent?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        hash.Add(Giver, StringComparer.Ordinal);
        hash.Add(Recipient, StringComparer.Ordinal);
        hash.Add(Mutual);
        hash.Add(GiverMention);
        hash.Add(RecipientMention);
        return hash.ToHashCode();
    }
}
