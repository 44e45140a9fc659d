using System.Text;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Hostile inputs for the name passes: each must finish and give a valid result (entities inside the
/// text, their text equal to the span, no two names overlapping). Time is not asserted; a quadratic pass
/// shows up as a test that does not finish.
/// </summary>
public class NameHostileInputTests
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    private static IReadOnlyList<Entity> AssertValid(string text)
    {
        var entities = Names.Extract(text).Entities;
        var previousEnd = 0;
        foreach (var entity in entities.Where(e => NameKinds.Contains(e.Kind)).OrderBy(e => e.Start))
        {
            Assert.InRange(entity.Start, previousEnd, text.Length);
            Assert.InRange(entity.End, entity.Start + 1, text.Length);
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
            Assert.False(string.IsNullOrEmpty(entity.Canonical));
            previousEnd = entity.End;
        }

        return entities;
    }

    // Pronounceable invented words, all different: "Bakelo", "Bakemi", …
    private static string Word(int n)
    {
        ReadOnlySpan<string> syllables = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "vu", "zo"];
        var builder = new StringBuilder();
        builder.Append(char.ToUpperInvariant(syllables[n % 10][0])).Append(syllables[n % 10][1]);
        for (var rest = n / 10; rest > 0; rest /= 10)
        {
            builder.Append(syllables[rest % 10]);
        }

        return builder.Append("ran").ToString();
    }

    [Fact]
    public void A_hundred_thousand_capitalised_words_in_a_row()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100_000).Select(Word));
        AssertValid(text);
    }

    [Fact]
    public void Thousands_of_names_sharing_a_word_and_mentions_of_that_word()
    {
        // "Jean Bakeloran, …" then "Jean" alone: every short mention has thousands of longer candidates.
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append("Hier, Jean ").Append(Word(i)).Append(" a parlé avec Jean. ");
        }

        var text = builder.ToString();
        var entities = AssertValid(text);
        Assert.Contains(entities, e => e.Kind == EntityKind.Person && e.Text == "Jean " + Word(19_999));

        // Twenty thousand persons bear the first name: "Jean" alone is none of them in particular (a first name
        // joins a full name only when one person of the document bears it), and finding that out stays bounded.
        var lastJean = entities.Last(e => e.Kind == EntityKind.Person && e.Text == "Jean");
        Assert.Equal("Jean", lastJean.Canonical);
    }

    [Fact]
    public void A_hundred_thousand_repetitions_of_de_la()
    {
        var text = "Le ministre " + string.Concat(Enumerable.Repeat("de la ", 100_000)) + "Défense est arrivé à Genève.";
        var entities = AssertValid(text);
        Assert.Contains(entities, e => e.Kind == EntityKind.Location && e.Text == "Genève");
    }

    [Fact]
    public void One_line_of_a_megabyte()
    {
        var builder = new StringBuilder(1_100_000);
        var i = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append("M. de ").Append(Word(i)).Append(" (Esp), 12, rue du Rhône 3. « Adieu de ").Append(Word(i + 1)).Append(" » la France, l'Italie et ").Append(Word(i + 2)).Append(", ");
            i += 3;
        }

        AssertValid(builder.ToString());
    }

    [Fact]
    public void A_results_list_of_a_hundred_thousand_entries()
    {
        var builder = new StringBuilder();
        for (var i = 1; i <= 100_000; i++)
        {
            builder.Append(i % 1000).Append(". ").Append(Word(i)).Append(" (Fr) à 2'24\". ");
        }

        var entities = AssertValid(builder.ToString());
        Assert.Contains(entities, e => e.Kind == EntityKind.Location && e.Text == "Fr");
    }
}
