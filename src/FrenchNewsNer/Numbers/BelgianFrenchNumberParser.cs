namespace FrenchNewsNer.Numbers;

/// <summary>
/// Belgian French: the word table of France plus "septante" and "nonante" (and their ordinals), without
/// the Swiss "huitante" and "octante". Digits are written as in France ("8.000", "2,5").
/// </summary>
internal sealed class BelgianFrenchNumberParser : FrenchNumberParser
{
    /// <summary>The shared Belgian reader.</summary>
    public static BelgianFrenchNumberParser Instance { get; } = new();

    /// <inheritdoc />
    protected override bool AcceptsRegion(string region) => region == "be";
}
