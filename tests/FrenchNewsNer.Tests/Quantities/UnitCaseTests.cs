using System.Globalization;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Quantities;
using FrenchNewsNer.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Quantities.QuantityTestSupport;

namespace FrenchNewsNer.Tests.Quantities;

/// <summary>
/// The <c>case</c> column of units.tsv: a code whose lower case is a French word ("AU" of "$ AU", "au") is
/// read only in capitals, so that "2 $ au total" stays dollars.
/// </summary>
[Properties(MaxTest = 100)]
public sealed class UnitCaseTests
{
    private static readonly List<TsvRow> Units = EmbeddedData.ReadTsv("quantities/units.tsv", "surface", "unit", "dimension", "factor");

    private static string CaseOf(TsvRow row) => row.Fields.Length > 7 ? row[7] : string.Empty;

    /// <summary>The table's surfaces marked capitals, with the unit each reports and whether it is written before the number.</summary>
    private static readonly (string Surface, string Unit, bool Before)[] CapitalSurfaces =
        Units.Where(row => CaseOf(row) == "capitals").Select(row => (row[0], row[1], row.Fields.Length > 5 && row[5] == "before")).ToArray();

    [Fact]
    public void Every_code_whose_lower_case_is_a_French_word_is_marked_capitals()
    {
        // The dictionary's common words, folded: a code of two or more capitals found there collides with a
        // word of running text ("au", "us", "ca" for "ça"). One-letter tokens are left out: every letter is a
        // dictionary word, and one-letter surfaces match their exact letter anyway.
        var words = FrenchNewsNer.Tests.Text.CommonWordList.Folded;

        var unmarked = new List<string>();
        foreach (var row in Units)
        {
            var document = Document.Create(row[0]);
            for (var k = 0; k < document.Tokens.Length; k++)
            {
                var original = document.OriginalOf(k);
                if (original.Length >= 2 && QuantityLexicon.IsWrittenInCapitals(original) && words.Contains(document.FoldedOf(k).ToString())
                    && CaseOf(row) != "capitals")
                {
                    unmarked.Add($"{row.Source}:{row.Line} '{row[0]}'");
                }
            }
        }

        Assert.Empty(unmarked);
        Assert.Contains(CapitalSurfaces, s => s.Surface == "$ AU");
    }

    [Fact]
    public void A_dollar_before_the_word_au_stays_a_dollar()
    {
        var found = Assert.Single(Find("Le relevé officiel indique 2 $ au total."));
        Assert.Equal("2 $", found.Text);
        Assert.Equal("USD", found.Value.Unit);
        Assert.Equal("AUD", Assert.Single(Find("Le relevé officiel indique 2 $ AU.")).Value.Unit);
    }

    [Property]
    public Property A_surface_marked_capitals_is_read_in_capitals_and_not_in_lower_case()
    {
        var cases =
            from row in Gen.Elements(CapitalSurfaces)
            from n in Gen.Choose(1, 99_999)
            from after in Gen.Elements("total", "moins", "début", "final")
            select (row.Surface, row.Unit, row.Before, n, after);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var number = c.n.ToString(CultureInfo.InvariantCulture);
            var lower = c.Surface.ToLowerInvariant();
            var written = c.Before ? $"{c.Surface} {number}" : $"{number} {c.Surface}";
            var capitals = Find($"Le montant atteint {written}.");
            var lowered = Find(c.Before ? $"Le montant atteint {lower} {number} au {c.after}." : $"Le montant atteint {number} {lower} au {c.after}.");
            return (capitals.Count == 1 && capitals[0].Text == written && capitals[0].Value.Unit == c.Unit
                    && lowered.All(q => !q.Text.StartsWith(lower, StringComparison.Ordinal) && !q.Text.EndsWith(lower, StringComparison.Ordinal)))
                .Label($"'{c.Surface}': capitals gave {string.Join(" | ", capitals.Select(q => $"{q.Text} = {q.Value}"))}; "
                    + $"lower case gave {string.Join(" | ", lowered.Select(q => $"{q.Text} = {q.Value}"))}");
        });
    }
}
