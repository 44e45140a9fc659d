namespace FrenchNewsNer.Quantities;

/// <summary>The rule a unit needs beyond "number then unit" (the <c>class</c> column of units.tsv).</summary>
internal enum UnitClass : byte
{
    /// <summary>A plain unit: "km", "euros", "%".</summary>
    Plain,

    /// <summary>"an", "ans": an age unless the context says duration ("Kim, 39 ans" / "depuis dix ans").</summary>
    Age,

    /// <summary>"jours", "semaines", "mois": a duration unless the context says age ("un bébé de 10 mois").</summary>
    AgeWithCue,

    /// <summary>"heures", "h": not a quantity where it reads as a clock time ("à 17 h", "14h30").</summary>
    Hour,

    /// <summary>"degrés", "°": a temperature unless an angle is described ("tourner à 45 degrés").</summary>
    Degree,

    /// <summary>"tours": an angle only when turning is described ("faire 3 tours", "un demi tour").</summary>
    Turn,

    /// <summary>"livres": pounds of mass unless an amount of money is meant ("361 millions de livres").</summary>
    Pound,

    /// <summary>A hundredth of a currency ("cents", "pence"); after an amount it takes that amount's currency.</summary>
    Subunit,

    /// <summary>A percentage word before its number ("pourcentage de vingt").</summary>
    PercentPrefix,
}

/// <summary>
/// One unit of the table: what a matched surface means. <c>si = number * Factor + Offset</c>.
/// </summary>
/// <param name="Unit">The reported unit symbol or ISO 4217 code.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Factor">The SI factor (see units.tsv).</param>
/// <param name="Offset">The SI offset (temperatures).</param>
/// <param name="Class">The extra rule.</param>
/// <param name="ExactForms">
/// For a one-letter surface, the letters it may be written as in the original text ("m" only, "lL"), so
/// that "M. Kim" is never metres; null for longer surfaces, which match folded.
/// </param>
/// <param name="GluedTokens">
/// Bit k set: token k of the surface is a digit, "." or superscript that must touch the token before it
/// ("km2" but not "km 2"; "deg." but not "deg .").
/// </param>
/// <param name="CapitalTokens">
/// Bit k set: token k of the surface must be written in capitals in the text (the <c>case</c> column of
/// units.tsv says <c>capitals</c> and the table writes that token in capitals: "AU" of "$ AU", whose lower
/// case is the French word "au").
/// </param>
internal sealed record UnitDefinition(string Unit, QuantityDimension Dimension, double Factor, double Offset, UnitClass Class, string? ExactForms, uint GluedTokens, uint CapitalTokens = 0)
{
    /// <summary>The SI value of <paramref name="number"/> in this unit.</summary>
    public double ToSi(double number) => (number * Factor) + Offset;
}
