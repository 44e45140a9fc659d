namespace FrenchNewsNer.Pipeline;

/// <summary>
/// A span proposed by one recogniser, in original-text offsets. Candidates of different families may
/// overlap; <see cref="ConflictResolver"/> keeps a non-overlapping subset.
/// </summary>
/// <param name="Kind">The proposed kind.</param>
/// <param name="Start">Start offset in the original text, inclusive.</param>
/// <param name="End">End offset in the original text, exclusive.</param>
/// <param name="Value">The normalised value, or null.</param>
/// <param name="Canonical">A canonical name known from a gazetteer ("RPDC" → "Corée du Nord"), or null.</param>
/// <param name="Id">The entity's id (a user pattern's), or null.</param>
internal readonly record struct Candidate(EntityKind Kind, int Start, int End, EntityValue? Value = null, string? Canonical = null, string? Id = null)
{
    public int Length => End - Start;
}
