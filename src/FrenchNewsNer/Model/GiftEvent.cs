namespace FrenchNewsNer;

/// <summary>
/// Who gave what to whom: items (Gift entities of the same result), the giver and the recipient as
/// canonical Person or Organization names, null when the text does not say.
/// </summary>
/// <param name="Items">The Gift entities given, in text order.</param>
/// <param name="Giver">The canonical name of the giver, or null.</param>
/// <param name="Recipient">The canonical name of the recipient, or null.</param>
/// <param name="Mutual">True for an exchange ("se sont mutuellement offert un fusil").</param>
public sealed record GiftEvent(IReadOnlyList<Entity> Items, string? Giver, string? Recipient, bool Mutual = false);
