using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Numbers;

/// <summary>
/// The start bits of the number memo are a prefilter: every token a reading starts at must be marked
/// (a missed one would lose a number), and <see cref="NumberMatchMemo.NextStart"/> must find exactly the
/// marked tokens.
/// </summary>
public sealed class NumberMatchMemoTests
{
    [Theory]
    [InlineData("Au XXIe siècle, Il y avait 8 000 personnes, -4 degrés, ,08 et 1½ tarte.")]
    [InlineData("appelez le +33 1 23 45 67 89 ou 06.12.34.56.78")]
    [InlineData("deux-cent-cinquante, un dizième, quatre-vingt-dix-neuf, trois quarts, la Ve République")]
    [InlineData("Les Macron, Louis XIV et Mme Lévy : vingt et un mille milliards, 2,3 millions, 10k")]
    public void Every_token_a_number_starts_at_is_marked(string text)
    {
        foreach (var parser in new[] { FrenchNumberParser.Standard, SwissFrenchNumberParser.Instance, BelgianFrenchNumberParser.Instance })
        {
            var document = Document.Create(text);
            var memo = parser.MemoFor(document);
            Assert.NotNull(memo);
            var found = 0;
            for (var i = 0; i < document.Tokens.Length; i++)
            {
                // The parser's own answer, which neither the memo nor the filter decides.
                if (parser.TryMatchUncached(document, i, out _))
                {
                    found++;
                    Assert.True(memo.MayStart(i), $"token {i} '{document.OriginalOf(i).ToString()}' starts a number but is not marked");
                }
            }

            Assert.True(found >= 5);
        }
    }

    [Fact]
    public void NextStart_finds_the_marked_tokens_in_order_across_words_of_bits()
    {
        // More than 64 tokens, numbers scattered among plain words, so the walk crosses bit words.
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? i.ToString() : "mot"));
        var document = Document.Create(text);
        var memo = FrenchNumberParser.Standard.MemoFor(document)!;
        var count = document.Tokens.Length;
        for (var i = 0; i <= count; i++)
        {
            var expected = i;
            while (expected < count && !memo.MayStart(expected))
            {
                expected++;
            }

            Assert.Equal(expected, memo.NextStart(i));
        }
    }
}
