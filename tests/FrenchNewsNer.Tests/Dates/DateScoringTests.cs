using FrenchNewsNer.Sample.Evaluation;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>The evaluator's Date values (FORMAT.md "Scoring"): timex, and type, start, end, mod where gold gives them.</summary>
public sealed class DateScoringTests
{
    private static readonly DateValue Range = new("(2023-09-10,2023-09-13,P3D)") { Type = DateValueType.DateRange, Start = "2023-09-10", End = "2023-09-13" };

    [Fact]
    public void Type_start_end_and_mod_are_compared_where_gold_gives_them()
    {
        var gold = new GoldValue(EntityKind.Date) { Timex = Range.Timex, DateType = "daterange", DateStart = "2023-09-10", DateEnd = "2023-09-13" };
        Assert.True(Scorer.ValuesEqual(gold, Range));
        Assert.False(Scorer.ValuesEqual(gold, Range with { Type = DateValueType.DateTimeRange }));
        Assert.False(Scorer.ValuesEqual(gold, Range with { End = "2023-09-14" }));
        Assert.False(Scorer.ValuesEqual(gold with { DateMod = "before" }, Range));
        Assert.True(Scorer.ValuesEqual(gold with { DateMod = "before" }, Range with { Mod = DateModifier.Before }));

        // Gold without type or mod compares the timex alone.
        Assert.True(Scorer.ValuesEqual(new GoldValue(EntityKind.Date) { Timex = "2023-09" }, new DateValue("2023-09") { Type = DateValueType.DateRange, Mod = DateModifier.Mid }));
        Assert.False(Scorer.ValuesEqual(new GoldValue(EntityKind.Date) { Timex = "2023-09" }, new DateValue("2023-10")));
    }

    [Fact]
    public void A_range_without_duration_is_scored_by_its_two_ends()
    {
        // FR-TimeBank's merged pairs: "(a,b,)".
        var gold = new GoldValue(EntityKind.Date) { Timex = "(1999-07-18T18:00,1999-07-18T23:00,)", DateStart = "1999-07-18T18:00", DateEnd = "1999-07-18T23:00" };
        var ours = new DateValue("(1999-07-18T18:00,1999-07-18T23:00,PT5H)") { Type = DateValueType.DateTimeRange, Start = "1999-07-18T18:00", End = "1999-07-18T23:00" };
        Assert.True(gold.ScoredByEnds);
        Assert.True(Scorer.ValuesEqual(gold, ours));
        Assert.False(Scorer.ValuesEqual(gold, ours with { End = "1999-07-18T22:00" }));
        Assert.False(new GoldValue(EntityKind.Date) { Timex = Range.Timex, DateStart = "a", DateEnd = "b" }.ScoredByEnds);
    }

    [Fact]
    public void A_modifier_may_be_inside_the_span_of_a_gold_date_that_leaves_it_out()
    {
        const string text = "Ils sont libres depuis 1998.";
        var bare = text.IndexOf("1998", StringComparison.Ordinal);
        var withModifier = text.IndexOf("depuis", StringComparison.Ordinal);
        var gold = new GoldEntity(EntityKind.Date, bare, bare + 4, "1998", null, new GoldValue(EntityKind.Date) { Timex = "1998" }, [], false);
        var modified = new Entity(EntityKind.Date, withModifier, bare + 4, "depuis 1998", null, new DateValue("1998") { Mod = DateModifier.Since });
        Assert.Equal([0], Scorer.Match([gold], [0], [modified]));

        // Without a mod the longer span is another mention; a gold that gives a mod wants its own span.
        Assert.Equal([-1], Scorer.Match([gold], [0], [new Entity(EntityKind.Date, withModifier, bare + 4, "depuis 1998", null, new DateValue("1998"))]));
        var goldWithMod = gold with { Value = new GoldValue(EntityKind.Date) { Timex = "1998", DateMod = "since" } };
        Assert.Equal([-1], Scorer.Match([goldWithMod], [0], [modified]));
    }
}
