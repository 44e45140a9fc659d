using System.Text;
using FrenchNewsNer.Sample.Stress;

namespace FrenchNewsNer.Tests.Robustness;

/// <summary>
/// Hostile inputs at the sizes the issue names finish and give a valid result. Timing is not asserted
/// here (a loaded CI machine would make it flaky); the console's <c>stress</c> command prints it, with
/// the ratio between two sizes that shows linearity.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string> InputNames() => new(HostileInputs.All.Select(i => i.Name));

    [Theory]
    [MemberData(nameof(InputNames))]
    public void A_hostile_input_at_full_size_gives_a_valid_result(string name)
    {
        var input = HostileInputs.All.Single(i => i.Name == name);
        var text = input.Build(input.FullSize);

        var result = EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });

        ResultInvariants.Check(text, result);
    }

    [Fact]
    public void The_hostile_inputs_have_the_sizes_the_issue_names()
    {
        // Guards the generators themselves: a builder that silently produced a short text would make the test above vacuous.
        Assert.Equal(1024 * 1024, HostileInputs.DigitsAndDots(1024 * 1024).Length);
        Assert.DoesNotContain(' ', HostileInputs.NoSpace(1024 * 1024));
        Assert.True(HostileInputs.NoSpace(1024 * 1024).Length >= 1024 * 1024);
        Assert.Equal(100_000, HostileInputs.CapitalisedWordRun(100_000).Split(' ').Length);
        Assert.All(HostileInputs.CapitalisedWordRun(1000).Split(' '), w => Assert.True(char.IsUpper(w[0]), w));
        var deLa = HostileInputs.All.Single(i => i.Name == "de la");
        Assert.Equal(100_000 * "de la ".Length, deLa.Build(deLa.FullSize).Length);
        var surrogates = HostileInputs.All.Single(i => i.Name == "lone surrogates").Build(10_000);
        Assert.Contains(surrogates.Select((c, i) => (c, i)), p => char.IsHighSurrogate(p.c) && (p.i + 1 == surrogates.Length || !char.IsLowSurrogate(surrogates[p.i + 1])));
        Assert.Contains('\0', HostileInputs.All.Single(i => i.Name == "NUL and controls").Build(10_000));
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00Kim Jong Un\uD800")]
    [InlineData("Kim\uD800 Jong\uDFFF Un a offert\uDBFF à Poutine cinq drones le 13\uD800 septembre 2023.")]
    [InlineData("\0\0\0")]
    [InlineData("M.\0Poutine a\u0007offert\0à Kim\u001Bcinq\0drones le\u000B13 septembre\f2023.")]
    [InlineData("8\u00A0000\u0000000 euros")]
    [InlineData("«««««««««««««««««»»»»»»»»»»»»»»»»»»»»»")]
    [InlineData("\r\r\r\n\n\u2028\u2029\u0085")]
    [InlineData("’’’''''’")]
    [InlineData("\u0301\u0301e\u0301\u0308")]
    public void Short_hostile_texts_give_a_valid_result(string text)
    {
        ResultInvariants.Check(text, EntityExtractor.Default.Extract(text));
        ResultInvariants.Check(text, EntityExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) }));
    }

    [Fact]
    public void Every_single_character_alone_and_between_words_gives_a_valid_result()
    {
        // All 65,536 UTF-16 code units, each once alone and once inside a sentence the recognisers half match.
        var text = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            text.Clear().Append((char)c);
            var alone = text.ToString();
            ResultInvariants.Check(alone, EntityExtractor.Default.Extract(alone));
        }

        for (var c = 0; c <= char.MaxValue; c += 16)
        {
            text.Clear();
            for (var k = c; k < c + 16; k++)
            {
                text.Append("Kim").Append((char)k).Append("Jong 8").Append((char)k).Append("000 le 13").Append((char)k).Append("septembre ");
            }

            var sentence = text.ToString();
            ResultInvariants.Check(sentence, EntityExtractor.Default.Extract(sentence));
        }
    }
}
