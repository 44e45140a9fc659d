namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>Another acceptable span of a gold entity.</summary>
internal readonly record struct GoldSpan(int Start, int End);

/// <summary>One gold entity of FORMAT.md, with its acceptable spans and whether it is optional.</summary>
internal sealed record GoldEntity(
    EntityKind Kind,
    int Start,
    int End,
    string Text,
    string? Canonical,
    GoldValue? Value,
    IReadOnlyList<GoldSpan> Alternatives,
    bool Optional)
{
    /// <summary>The name a predicted canonical must equal (ignoring case): gold canonical, else the gold text.</summary>
    public string ExpectedCanonical => Canonical ?? Text;

    public bool Accepts(int start, int end)
    {
        if (start == Start && end == End)
        {
            return true;
        }

        foreach (var alternative in Alternatives)
        {
            if (alternative.Start == start && alternative.End == end)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// One gold gift. Each item is the set of gold Gift entities (indices into
/// <see cref="GoldDocument.Entities"/>) its text or span names: usually one, more when the same text
/// occurs twice, in which case a prediction of either occurrence counts.
/// </summary>
internal sealed record GoldGift(IReadOnlyList<IReadOnlyList<int>> Items, string? Giver, string? Recipient, bool Mutual);

/// <summary>A gold document: its text, reference date, the kinds it annotates, entities and gifts.</summary>
/// <param name="Source">The gold file it came from.</param>
/// <param name="Line">Its line in <paramref name="Source"/> (1 for a .gold.json).</param>
/// <param name="Name">The document name or id, for reports.</param>
/// <param name="Text">The document text, from the gold file or the text file it names.</param>
/// <param name="ReferenceDate">The publication date the extractor is given, or null.</param>
/// <param name="AnnotatedKinds">The kinds the gold annotates; predictions of other kinds are not scored.</param>
/// <param name="Entities">The gold entities.</param>
/// <param name="Gifts">The gold gifts.</param>
internal sealed record GoldDocument(
    string Source,
    int Line,
    string Name,
    string Text,
    DateOnly? ReferenceDate,
    EntityKindSet AnnotatedKinds,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldGift> Gifts)
{
    /// <summary>
    /// True when the gold line carries Recognizers-Text support notes (<c>notSupported</c> or
    /// <c>notSupportedDotnet</c>): a file with such lines is a Recognizers-Text spec and gets per-case rates.
    /// </summary>
    public bool HasSupportNotes { get; init; }

    /// <summary>True when the gold line says <c>"notSupportedDotnet": true</c>: Recognizers-Text .NET itself fails the case.</summary>
    public bool NotSupportedDotnet { get; init; }

    /// <summary>FORMAT.md: without <c>annotatedKinds</c>, a gold file annotates every kind but Number.</summary>
    public static EntityKindSet DefaultAnnotatedKinds => EntityKindSet.All.Without(EntityKind.Number);
}
