using System.Text.Encodings.Web;
using System.Text.Json;
using FrenchNewsNer.Serialization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Serialization;

public class SystemTextJsonTests
{
    private static readonly FrenchNewsNerJsonContext Relaxed = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private const string GiftText = "Il a offert un fusil à Kim, puis un fusil à Oleg, et un drone.";

    [Property(Arbitrary = [typeof(ResultGenerators)], MaxTest = 150)]
    public bool A_result_round_trips_through_the_source_generated_context(ExtractionResult result)
    {
        var json = JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult);
        var back = JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult);
        return back is not null && ResultGenerators.Same(result, back);
    }

    [Property(Arbitrary = [typeof(ResultGenerators)], MaxTest = 150)]
    public Property Each_part_of_a_result_round_trips(ExtractionResult result)
    {
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult), FrenchNewsNerJsonContext.Default.ExtractionResult)!;
        return (back.Text == result.Text).Label("text")
            .And((back.ReferenceDate == result.ReferenceDate).Label("referenceDate"))
            .And(back.Entities.SequenceEqual(result.Entities).Label("entities"))
            .And(back.Gifts.SequenceEqual(result.Gifts).Label($"gifts: {string.Join(" ; ", result.Gifts)} -> {string.Join(" ; ", back.Gifts)}"))
            .And(back.Sentences.SequenceEqual(result.Sentences).Label($"sentences: {string.Join(' ', result.Sentences)} -> {string.Join(' ', back.Sentences)}"))
            .And((back.FrenchScore == result.FrenchScore).Label($"frenchScore: {result.FrenchScore:R} -> {back.FrenchScore:R}"));
    }

    [Property(Arbitrary = [typeof(ResultGenerators)], MaxTest = 150)]
    public bool The_serializer_writes_exactly_what_FormatJson_writes(ExtractionResult result) =>
        JsonSerializer.Serialize(result, Relaxed.ExtractionResult) == FormatJson.SerializeDocument(result, documentName: null, indented: false);

    [Property(Arbitrary = [typeof(ResultGenerators)], MaxTest = 60)]
    public bool Reflection_based_serialisation_with_web_defaults_uses_the_same_converters(ExtractionResult result)
    {
        // What ASP.NET Core does with Results.Ok(result) when no context is registered.
        var json = JsonSerializer.Serialize(result, Web);
        var back = JsonSerializer.Deserialize<ExtractionResult>(json, Web);
        return back is not null && ResultGenerators.Same(result, back)
            && SameJson(json, FormatJson.SerializeDocument(result, null));
    }

    /// <summary>The same JSON values in the same order, whatever the escaping and indentation (JsonElement.DeepEquals is .NET 9+).</summary>
    private static bool SameJson(string a, string b) =>
        JsonSerializer.Serialize(JsonDocument.Parse(a).RootElement) == JsonSerializer.Serialize(JsonDocument.Parse(b).RootElement);

    [Fact]
    public void Items_with_a_repeated_text_are_texts_in_text_order_and_spans_otherwise()
    {
        var first = At(EntityKind.Gift, "un fusil", 0);
        var second = At(EntityKind.Gift, "un fusil", 1);
        var drone = At(EntityKind.Gift, "un drone", 0);
        var inOrder = new ExtractionResult(GiftText, null, [first, second, drone], [new GiftEvent([first], null, "Kim"), new GiftEvent([second, drone], null, "Oleg")]);
        var reordered = new ExtractionResult(GiftText, null, [first, second, drone], [new GiftEvent([second], null, "Oleg"), new GiftEvent([first], null, "Kim")]);

        var inOrderJson = JsonSerializer.Serialize(inOrder, Relaxed.ExtractionResult);
        Assert.Contains("\"items\":[\"un fusil\"]", inOrderJson);
        Assert.Contains("\"items\":[\"un fusil\",\"un drone\"]", inOrderJson);

        var reorderedJson = JsonSerializer.Serialize(reordered, Relaxed.ExtractionResult);
        Assert.Contains($"\"items\":[{{\"start\":{second.Start},\"end\":{second.End}}}]", reorderedJson);
        Assert.Contains("\"items\":[\"un fusil\"]", reorderedJson);

        foreach (var result in new[] { inOrder, reordered })
        {
            var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult), FrenchNewsNerJsonContext.Default.ExtractionResult)!;
            Assert.True(ResultGenerators.Same(result, back));
            Assert.Same(back.Entities[result.Entities.ToList().IndexOf(result.Gifts[0].Items[0])], back.Gifts[0].Items[0]);
        }
    }

    [Fact]
    public void A_FORMAT_document_from_elsewhere_reads_with_properties_in_any_order_and_gold_fields_ignored()
    {
        const string json = """
            {"gifts": [{"items": ["un drone", {"start": 12, "end": 20}], "giver": null, "recipient": "Kim", "mutual": false}],
             "document": "a.txt", "annotatedKinds": ["Gift"], "referenceDate": "2023-09-17",
             "entities": [{"kind": "Gift", "start": 12, "end": 20, "text": "un fusil", "optional": true, "alternatives": []},
                          {"kind": "Gift", "start": 53, "end": 61, "text": "un drone", "value": {"item": "drone", "count": 1}}],
             "text": "Il a offert un fusil à Kim, puis un fusil à Oleg, et un drone."}
            """;
        var result = JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult)!;

        Assert.Equal(new DateOnly(2023, 9, 17), result.ReferenceDate);
        Assert.Equal("un fusil", result.Entities[0].Canonical);
        Assert.Equal(new GiftValue(1, "drone"), result.Entities[1].Value);
        Assert.Equal([result.Entities[1], result.Entities[0]], result.Gifts[0].Items);
    }

    [Theory]
    [InlineData("""{"entities": []}""", "text")]
    [InlineData("""{"text": "abc", "entities": [{"kind": "Person", "start": 0, "end": 2, "text": "ab"}], "gifts": [{"items": ["zz"]}]}""", "zz")]
    [InlineData("""{"text": "abc", "entities": [{"kind": "Person", "start": 1, "end": 3, "text": "ab"}]}""", "does not match")]
    [InlineData("""{"text": "abc", "entities": [{"kind": "Alien", "start": 0, "end": 2, "text": "ab"}]}""", "Alien")]
    [InlineData("""{"text": "abc", "entities": [{"kind": "Date", "start": 0, "end": 2, "text": "ab", "value": {}}]}""", "timex")]
    [InlineData("""{"text": "abc", "referenceDate": "17/09/2023"}""", "YYYY-MM-DD")]
    public void Malformed_documents_are_JsonExceptions_that_say_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_model_type_has_its_FORMAT_shape()
    {
        var context = Relaxed;
        Assert.Equal("\"Organization\"", JsonSerializer.Serialize(EntityKind.Organization, context.EntityKind));
        Assert.Equal("\"Currency\"", JsonSerializer.Serialize(QuantityDimension.Currency, context.QuantityDimension));
        Assert.Equal("\"datetimerange\"", JsonSerializer.Serialize(DateValueType.DateTimeRange, context.DateValueType));
        Assert.Equal("\"approx\"", JsonSerializer.Serialize(DateModifier.Approx, context.DateModifier));
        Assert.Equal("""{"start":3,"end":7}""", JsonSerializer.Serialize(new TextSpan(3, 7), context.TextSpan));
        Assert.Equal("""["Person","Date"]""", JsonSerializer.Serialize(EntityKindSet.Of(EntityKind.Date, EntityKind.Person), context.EntityKindSet));
        Assert.Equal("""{"kind":"Location","name":"RPDC","canonical":"Corée du Nord"}""", JsonSerializer.Serialize(new GazetteerEntry(EntityKind.Location, "RPDC", "Corée du Nord"), context.GazetteerEntry));
        Assert.Equal("""{"referenceDate":"2023-09-17","kinds":["Gift"]}""", JsonSerializer.Serialize(new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17), Kinds = EntityKindSet.Of(EntityKind.Gift) }, context.ExtractionOptions));
        Assert.Equal(
            """{"timex":"(2023-09-10,2023-09-13,P3D)","type":"daterange","start":"2023-09-10","end":"2023-09-13","mod":"since"}""",
            JsonSerializer.Serialize<EntityValue>(new DateValue("(2023-09-10,2023-09-13,P3D)") { Type = DateValueType.DateRange, Start = "2023-09-10", End = "2023-09-13", Mod = DateModifier.Since }, context.EntityValue));
        Assert.Equal("""{"number":35,"ordinal":true}""", JsonSerializer.Serialize(new NumberValue(35, true), context.NumberValue));
        Assert.Equal(
            """{"items":["un fusil"],"giver":null,"recipient":"Kim","mutual":false,"giverMention":{"start":0,"end":2}}""",
            JsonSerializer.Serialize(new GiftEvent([At(EntityKind.Gift, "un fusil", 0)], null, "Kim") { GiverMention = new TextSpan(0, 2) }, context.GiftEvent));

        // Keys too: a count per kind is a FORMAT-named object.
        Assert.Equal("""{"Person":2}""", JsonSerializer.Serialize(new Dictionary<EntityKind, int> { [EntityKind.Person] = 2 }, Web));
    }

    [Fact]
    public void Values_and_entities_read_back_alone_and_a_value_of_the_wrong_shape_is_refused()
    {
        var entity = At(EntityKind.Quantity, "un fusil", 0) with { Value = new QuantityValue(2.3e18, "RUB", QuantityDimension.Currency, 2.3e18, true), Id = "wikidata:Q1" };
        Assert.Equal(entity, JsonSerializer.Deserialize(JsonSerializer.Serialize(entity, FrenchNewsNerJsonContext.Default.Entity), FrenchNewsNerJsonContext.Default.Entity));
        Assert.Equal(new GiftValue(null, "fusil"), JsonSerializer.Deserialize("""{"item":"fusil"}""", FrenchNewsNerJsonContext.Default.EntityValue));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"item":"fusil"}""", FrenchNewsNerJsonContext.Default.QuantityValue));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize("""{"items":["x"]}""", FrenchNewsNerJsonContext.Default.GiftEvent));
        Assert.Equal(EntityKindSet.Of(EntityKind.Gift, EntityKind.Date), JsonSerializer.Deserialize("""["Gift","Date"]""", FrenchNewsNerJsonContext.Default.EntityKindSet));
    }

    private static Entity At(EntityKind kind, string mention, int occurrence)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = GiftText.IndexOf(mention, start + 1, StringComparison.Ordinal);
        }

        return new Entity(kind, start, start + mention.Length, mention);
    }
}
