namespace FrenchNewsNer.Tests.Patterns;

/// <summary>What the builder refuses among user rules, at the call that adds them (or at Build for a unit the table refuses).</summary>
public class BuilderValidationTests
{
    [Fact]
    public void Invalid_units_are_refused()
    {
        var builder = new EntityExtractorBuilder();
        Assert.Throws<ArgumentException>(() => builder.AddUnit(" ", "GB", QuantityDimension.Other, 1e9));
        Assert.Throws<ArgumentException>(() => builder.AddUnit("Go", "", QuantityDimension.Other, 1e9));
        Assert.Throws<ArgumentException>(() => builder.AddUnit("Go", "GB", QuantityDimension.Other, 0));
        Assert.Throws<ArgumentException>(() => builder.AddUnit("Go", "GB", QuantityDimension.Other, double.NaN));
        Assert.Throws<ArgumentException>(() => builder.AddUnit("Go", "GB", (QuantityDimension)99, 1));

        // "km" already means 1000 m: a second factor for the same symbol is refused when the table is built.
        var conflicting = new EntityExtractorBuilder().AddUnit("kilomètres terrestres", "km", QuantityDimension.Length, 5);
        var error = Assert.Throws<ArgumentException>(() => conflicting.Build());
        Assert.Contains("AddUnit:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_offset_is_kept()
    {
        var extractor = new EntityExtractorBuilder()
            .AddUnit(new QuantityUnit("degrés Rankine", "°R", QuantityDimension.Temperature, 5.0 / 9) { Offset = -1 })
            .Build();
        var value = Assert.IsType<QuantityValue>(extractor.Extract("Il faisait 90 degrés Rankine.").Entities.Single(e => e.Kind == EntityKind.Quantity).Value);
        Assert.Equal(90 * 5.0 / 9 - 1, value.Si, 9);
    }

    [Fact]
    public void Invalid_patterns_and_exclusions_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EntityPattern.Phrase(EntityKind.Date, "la Toussaint"));
        Assert.Throws<ArgumentException>(() => EntityPattern.Phrase(EntityKind.Organization, "  "));
        Assert.Throws<ArgumentException>(() => new EntityPattern(EntityKind.Person, [PatternToken.Any.Optional()]));
        Assert.Throws<ArgumentException>(() => new EntityPattern(EntityKind.Person, Enumerable.Repeat(PatternToken.Any, EntityPattern.MaxPatternTokens + 1).ToArray()));
        Assert.Throws<ArgumentException>(() => new EntityPattern(EntityKind.Person, [PatternToken.Matching("(?<=a)b")]));
        Assert.Throws<ArgumentException>(() => new EntityExtractorBuilder().Exclude("Paris", EntityKind.Gift));
        Assert.Throws<ArgumentException>(() => new EntityExtractorBuilder().Exclude(" "));
    }
}
