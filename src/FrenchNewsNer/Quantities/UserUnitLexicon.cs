using System.Globalization;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Patterns;

namespace FrenchNewsNer.Quantities;

/// <summary>
/// A unit table for one extractor: the built-in units with the user's added (a user surface replaces the
/// built-in one it spells), built through the same rows and checks as the embedded table. The built-in
/// <see cref="QuantityLexicon.Default"/> stays untouched, so two extractors never see each other's units.
/// </summary>
internal static class UserUnitLexicon
{
    /// <summary>The name user units carry in messages: "AddUnit:2: …" is the second unit added.</summary>
    public const string Source = "AddUnit";

    /// <summary>Builds the lexicon; a unit the table refuses (a symbol with two factors) throws a <see cref="DataFormatException"/> naming it.</summary>
    public static QuantityLexicon Build(IReadOnlyList<QuantityUnit> units)
    {
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            replaced.Add(PhraseTokens.Key(unit.Surface));
        }

        var rows = new List<TsvRow>();
        foreach (var row in EmbeddedData.ReadTsv("quantities/units.tsv", "surface", "unit", "dimension", "factor"))
        {
            if (!replaced.Contains(PhraseTokens.Key(row[0])))
            {
                rows.Add(row);
            }
        }

        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            var placement = unit.Placement switch
            {
                UnitPlacement.Before => "before",
                UnitPlacement.Both => "both",
                _ => "after",
            };

            rows.Add(new TsvRow(Source, k + 1, [unit.Surface, unit.Symbol, unit.Dimension.ToString(), Format(unit.Factor), Format(unit.Offset), placement, string.Empty]));
        }

        return QuantityLexicon.Build(rows, EmbeddedData.ReadTsv("quantities/context.tsv", "phrase", "role"));
    }

    // The table's expressions have no unary minus: a negative offset is written as a difference.
    private static string Format(double value) =>
        value < 0 ? "0-" + (-value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
}
