using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Names.Gazetteers;

/// <summary>Longest-match lookups in a <see cref="NameIndex{T}"/>, with many names under one first word.</summary>
public class NameIndexTests
{
    // More than four longer names under "Saint", so they are also grouped by their second word.
    private static readonly NameIndex<string> Saints = Build(
        "Saint", "Saint-Gall", "Saint Louis", "Saint Louis du Sénégal", "Saint Malo", "Saint Pierre",
        "Saint Pierre et Miquelon", "Saint Denis", "Saint Étienne", "Saint Jean de Luz");

    [Theory]
    [InlineData("Saint Louis du Sénégal est loin", 4, "Saint Louis du Sénégal")]
    [InlineData("Saint Louis du Missouri", 2, "Saint Louis")]
    [InlineData("Saint Pierre et Miquelon", 4, "Saint Pierre et Miquelon")]
    [InlineData("Saint Etienne gagne", 2, "Saint Étienne")]
    [InlineData("Saint Jean de Luz", 4, "Saint Jean de Luz")]
    [InlineData("Saint Jean", 1, "Saint")]
    [InlineData("Saint Paul", 1, "Saint")]
    [InlineData("Saint", 1, "Saint")]
    public void The_longest_name_at_a_common_first_word_is_found(string text, int tokenCount, string name)
    {
        Assert.True(Saints.TryMatch(Document.Create(text), 0, out var count, out var value));
        Assert.Equal((tokenCount, name), (count, value));
    }

    [Fact]
    public void A_name_does_not_run_past_a_paragraph_break()
    {
        Assert.True(Saints.TryMatch(Document.Create("Saint\n\nLouis"), 0, out var count, out var value));
        Assert.Equal((1, "Saint"), (count, value));
    }

    private static NameIndex<string> Build(params string[] names)
    {
        var builder = new NameIndex<string>.Builder();
        foreach (var name in names)
        {
            builder.Add(name, name);
        }

        return builder.Build();
    }
}
