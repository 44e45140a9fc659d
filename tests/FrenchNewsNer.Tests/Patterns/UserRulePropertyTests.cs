using FrenchNewsNer.Tests.Robustness;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Patterns;

/// <summary>An extractor with greedy user rules still gives valid results, and every user match is reported as the user wrote it.</summary>
public class UserRulePropertyTests
{
    private static readonly EntityExtractor Extractor = new EntityExtractorBuilder()
        .AddPattern(new EntityPattern(EntityKind.Person, [PatternToken.WithCase(TokenCase.Capitalized), PatternToken.WithCase(TokenCase.Capitalized).OneOrMore()], id: "user:names"))
        .AddPattern(new EntityPattern(EntityKind.Organization, [PatternToken.FoldedWord("agence", "societe"), PatternToken.Any.Optional(), PatternToken.Shaped("Xxxxx")]))
        .AddPattern(EntityPattern.Phrase(EntityKind.Location, "Moscou", canonical: "Moskva"))
        .Exclude("Kremlin")
        .AddUnit("Go", "GB", QuantityDimension.Other, 1e9)
        .Build();

    [Property(MaxTest = 150)]
    public Property Results_stay_valid_and_user_matches_are_reported_whole() =>
        Prop.ForAll(NewsTextGenerators.NewsOrMutated(), text =>
        {
            var result = Extractor.Extract(text);
            ResultInvariants.Check(text, result);
            Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Organization && string.Equals(e.Text, "Kremlin", StringComparison.OrdinalIgnoreCase));
            foreach (var entity in result.Entities.Where(e => e.Id == "user:names"))
            {
                // A user match is never cut by a built-in candidate: it spans whole capitalised words.
                Assert.Equal(EntityKind.Person, entity.Kind);
                Assert.True(char.IsUpper(entity.Text[0]), entity.Text);
            }

            Assert.All(result.Entities.Where(e => e.Text == "Moscou"), e => Assert.Equal(("Moskva", EntityKind.Location), (e.Canonical, e.Kind)));
            return true;
        });
}

/// <summary>Cases the property above found, kept as plain facts.</summary>
public class UserRuleRegressionTests
{
    [Fact]
    public void A_text_in_capitals_with_greedy_user_rules_is_extracted()
    {
        var extractor = new EntityExtractorBuilder()
            .AddPattern(new EntityPattern(EntityKind.Person, [PatternToken.WithCase(TokenCase.Capitalized), PatternToken.WithCase(TokenCase.Capitalized).OneOrMore()], id: "user:names"))
            .AddPattern(new EntityPattern(EntityKind.Organization, [PatternToken.FoldedWord("agence", "societe"), PatternToken.Any.Optional(), PatternToken.Shaped("Xxxxx")]))
            .AddPattern(EntityPattern.Phrase(EntityKind.Location, "Moscou", canonical: "Moskva"))
            .Exclude("Kremlin")
            .Build();
        const string text = "SERGUEÏ LAVROV ET OLEG KOJÉMIAKO SE SONT MUTUELLEMENT OFFERT UN FUSIL EN 2022.";
        var result = extractor.Extract(text);
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
    }
}
