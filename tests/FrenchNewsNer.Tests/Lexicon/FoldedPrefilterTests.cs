using FrenchNewsNer.Lexicon;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Lexicon;

[Properties(MaxTest = 100)]
public class FoldedPrefilterTests
{
    [Property]
    public Property Never_turns_away_a_key()
    {
        // The number, quantity and gift passes skip a word the filter turns away: a key turned away would
        // be an entity silently lost.
        return Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), keys =>
        {
            var builder = new FoldedPrefilter.Builder();
            foreach (var key in keys.Where(k => k is not null))
            {
                builder.Add(key);
            }

            var filter = builder.Build();
            var lost = keys.Where(k => k is not null && !filter.MayContain(k)).ToArray();
            return (lost.Length == 0).Label($"keys turned away: {string.Join(" | ", lost)}");
        });
    }

    [Fact]
    public void Turns_away_most_words_that_are_no_key()
    {
        var filter = new FoldedPrefilter.Builder().Add("offert").Add("offre").Add("remis").Add("cadeau").Build();
        var others = new[] { "le", "la", "les", "une", "de", "du", "et", "president", "gouverneur", "drone", "kilometres", "mercredi" };
        Assert.True(others.Count(word => !filter.MayContain(word)) >= others.Length - 1);
    }
}
