namespace FrenchNewsNer;

/// <summary>Where a unit stands relative to its number.</summary>
public enum UnitPlacement
{
    /// <summary>After the number: "5 Go", "200 mégawatts".</summary>
    After,

    /// <summary>Before the number: "$5", "CHF 20".</summary>
    Before,

    /// <summary>Either side.</summary>
    Both,
}

/// <summary>
/// A unit or currency a user adds with <see cref="EntityExtractorBuilder.AddUnit(QuantityUnit)"/>: the
/// words it is written as, the symbol a quantity reports, its dimension and its factor to the dimension's
/// base unit (<c>si = number × Factor + Offset</c>). "5 Go" with
/// <c>new QuantityUnit("Go", "GB", QuantityDimension.Other, 1e9)</c> is a Quantity of 5 GB, si 5e9 (bytes);
/// "200 mégawatts" with <c>new QuantityUnit("mégawatts", "MW", QuantityDimension.Other, 1e6)</c> is
/// 200 MW, si 2e8 (watts).
/// </summary>
/// <remarks>
/// The surface is matched like the built-in units: tokenised like text, compared folded (case and
/// accents ignored), except that a one-letter surface matches only as written. A surface the built-in
/// table also lists is replaced by this one for the extractor being built. Measures outside the FORMAT.md
/// dimensions (data sizes, power, energy) are <see cref="QuantityDimension.Other"/>, whose base unit is
/// the one the factor converts to: keep one base unit per kind of measure (bytes, watts).
/// </remarks>
/// <param name="Surface">The word or symbol as written ("Go", "mégawatts", "kWh").</param>
/// <param name="Symbol">The unit symbol the quantity reports ("GB", "MW").</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Factor">The factor to the dimension's base unit; positive and finite.</param>
public sealed record QuantityUnit(string Surface, string Symbol, QuantityDimension Dimension, double Factor)
{
    /// <summary>Added after the factor (for scales with an offset, such as temperatures); 0 by default.</summary>
    public double Offset { get; init; }

    /// <summary>Where the unit stands; after the number by default.</summary>
    public UnitPlacement Placement { get; init; } = UnitPlacement.After;
}
