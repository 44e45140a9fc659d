using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Quantities;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Quantities;

/// <summary>
/// The filters before the unit and context-phrase matchers only turn away tokens no phrase starts at:
/// every phrase of the built-in tables, written alone or inside a sentence, is found through them exactly
/// as by its matcher.
/// </summary>
public sealed class PhraseStartFilterTests
{
    [Fact]
    public void Every_built_in_unit_and_context_phrase_passes_its_filter()
    {
        var lexicon = QuantityLexicon.Default;
        var units = EmbeddedData.ReadTsv("quantities/units.tsv", "surface", "unit", "dimension", "factor").Select(row => row[0]);
        var cues = EmbeddedData.ReadTsv("quantities/context.tsv", "phrase", "role").Select(row => row[0]);
        var checkedPhrases = 0;
        foreach (var surface in units.Concat(cues).Distinct(StringComparer.Ordinal))
        {
            var document = Document.Create("il y a 5 " + surface + " de plus");
            for (var i = 0; i < document.Tokens.Length; i++)
            {
                Assert.Equal(lexicon.UnitsAfter.TryMatchUnfiltered(document, i, out var afterCount, out var after), lexicon.TryMatchAfter(document, i, out var filteredAfterCount, out var filteredAfter));
                Assert.Equal((afterCount, after), (filteredAfterCount, filteredAfter));
                Assert.Equal(lexicon.UnitsBefore.TryMatchUnfiltered(document, i, out var beforeCount, out var before), lexicon.TryMatchBefore(document, i, out var filteredBeforeCount, out var filteredBefore));
                Assert.Equal((beforeCount, before), (filteredBeforeCount, filteredBefore));
                Assert.Equal(lexicon.Cues.TryMatch(document, i, out var cueCount, out var cue), lexicon.TryMatchCue(document, i, out var filteredCueCount, out var filteredCue));
                Assert.Equal((cueCount, cue), (filteredCueCount, filteredCue));
            }

            checkedPhrases++;
        }

        Assert.True(checkedPhrases > 500);
    }
}
