namespace FrenchNewsNer.Tests.Dates;

/// <summary>"N heures et M minutes" is a duration unless a time cue makes it a clock time.</summary>
public class ClockVersusDurationTests
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = new DateOnly(2023, 9, 17) };

    [Theory]
    [InlineData("Le vol a duré deux heures et vingt minutes.", "deux heures et vingt minutes", 140)]
    [InlineData("Il a attendu 3 heures et 5 minutes.", "3 heures et 5 minutes", 185)]
    public void A_spelled_compound_without_a_cue_is_a_duration(string text, string span, double minutes)
    {
        var entity = Assert.Single(EntityExtractor.Default.Extract(text, Options).Entities, e => e.Text == span);
        Assert.Equal(EntityKind.Quantity, entity.Kind);
        var value = Assert.IsType<QuantityValue>(entity.Value);
        Assert.Equal(("min", minutes, QuantityDimension.Duration), (value.Unit, value.Number, value.Dimension));
    }

    [Fact]
    public void The_same_compound_after_a_is_a_clock_time()
    {
        var entity = Assert.Single(EntityExtractor.Default.Extract("Il est arrivé à deux heures et vingt minutes.", Options).Entities);
        Assert.Equal(new DateValue("T02:20") { Type = DateValueType.Time }, entity.Value); // no day in the text: a time of day
    }
}
