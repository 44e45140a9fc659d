using System.Text.Encodings.Web;
using System.Text.Json;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer.Tests.Serialization;

/// <summary>
/// Gift items when several Gift entities share one span (a hand-built result: same offsets, differing
/// in canonical, id or value). The bare <c>{start, end}</c> names the first of them, so the writer adds
/// the item's <c>entity</c> index for the others; found by the per-part round-trip property, which failed
/// about one run in three on such results.
/// </summary>
public class GiftItemSharedSpanTests
{
    private const string Text = "Il a offert un fusil à Kim.";

    private static readonly FrenchNewsNerJsonContext Relaxed = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static readonly Entity Plain = new(EntityKind.Gift, 12, 20, "un fusil");

    private static readonly Entity Counted = Plain with { Value = new GiftValue(1, "fusil") };

    private static readonly Entity Identified = Plain with { Id = "wikidata:Q124072", Canonical = "fusil d'assaut" };

    [Fact]
    public void An_item_whose_span_another_Gift_entity_has_first_round_trips_with_its_entity_index()
    {
        // Reduced from a failing case of Each_part_of_a_result_round_trips: items #2, #0, #0, #2 of two entities on one span.
        var person = new Entity(EntityKind.Person, 23, 26, "Kim");
        var result = new ExtractionResult(Text, null, [Plain, person, Counted], [new GiftEvent([Counted, Plain, Plain, Counted], null, "Kim")]);

        var json = JsonSerializer.Serialize(result, Relaxed.ExtractionResult);

        // Texts name #0 then (all named) the last, #2; the first item is #2 while the text would name #0,
        // and the bare span would too.
        Assert.Contains("\"items\":[{\"start\":12,\"end\":20,\"entity\":2},\"un fusil\",{\"start\":12,\"end\":20},\"un fusil\"]", json);
        AssertRoundTrips(result);
    }

    [Fact]
    public void Items_of_three_Gift_entities_on_one_span_in_any_order_round_trip()
    {
        Entity[] entities = [Plain, Counted, Identified];
        var orders = new List<Entity[]>();
        foreach (var a in entities)
        {
            foreach (var b in entities)
            {
                foreach (var c in entities)
                {
                    orders.Add([a, b, c]);
                }
            }
        }

        foreach (var order in orders)
        {
            AssertRoundTrips(new ExtractionResult(Text, null, entities, [new GiftEvent(order[..2], "la Chine", null), new GiftEvent(order[2..], null, "Kim")]));
        }
    }

    [Fact]
    public void A_result_without_shared_spans_is_written_without_entity_indexes()
    {
        var drone = new Entity(EntityKind.Gift, 0, 2, "Il");
        var result = new ExtractionResult(Text, null, [drone, Counted], [new GiftEvent([Counted], null, null), new GiftEvent([drone, Counted, drone], null, null)]);

        Assert.DoesNotContain("\"entity\"", JsonSerializer.Serialize(result, Relaxed.ExtractionResult), StringComparison.Ordinal);
        AssertRoundTrips(result);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(1)]
    [InlineData(-1)]
    public void An_entity_index_that_is_not_a_Gift_entity_with_that_span_is_refused(int index)
    {
        var json = $$"""
            {"text": "{{Text}}", "entities": [{"kind": "Gift", "start": 12, "end": 20, "text": "un fusil"}, {"kind": "Person", "start": 23, "end": 26, "text": "Kim"}],
             "gifts": [{"items": [{"start": 12, "end": 20, "entity": {{index}}}]}]}
            """;

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult));
        Assert.Contains("not a Gift entity with that span", error.Message, StringComparison.Ordinal);
    }

    private static void AssertRoundTrips(ExtractionResult result)
    {
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult), FrenchNewsNerJsonContext.Default.ExtractionResult)!;
        Assert.Equal(result.Gifts, back.Gifts);
        Assert.True(ResultGenerators.Same(result, back));
    }
}
