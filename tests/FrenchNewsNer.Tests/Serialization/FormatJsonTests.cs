using System.Text;
using System.Text.Json;
using FrenchNewsNer.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.Serialization;

[Properties(MaxTest = 100)]
public class FormatJsonTests
{
    private const string Text = "Le 17 septembre, «Kim» a reçu\r\ncinq drones et un \"fusil\" à 250 kilomètres, 35e fois.";

    [Fact]
    public void A_document_has_exactly_the_FORMAT_fields_and_types()
    {
        var json = FormatJson.SerializeDocument(Sample(new DateOnly(2023, 9, 17)), "article.txt");

        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(["document", "text", "referenceDate", "entities", "gifts", "sentences"], Names(root));
        Assert.Equal("article.txt", root.GetProperty("document").GetString());
        Assert.Equal(Text, root.GetProperty("text").GetString());
        Assert.Equal("2023-09-17", root.GetProperty("referenceDate").GetString());

        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var names = Names(entity);
            Assert.Equal(["kind", "start", "end", "text", "canonical"], names.Take(5));
            Assert.Equal(JsonValueKind.String, entity.GetProperty("kind").ValueKind);
            Assert.Equal(JsonValueKind.Number, entity.GetProperty("start").ValueKind);
            Assert.Equal(JsonValueKind.Number, entity.GetProperty("end").ValueKind);
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(Text.Substring(start, end - start), entity.GetProperty("text").GetString());
        }

        var gift = Assert.Single(root.GetProperty("gifts").EnumerateArray());
        Assert.Equal(["items", "giver", "recipient", "mutual"], Names(gift));
        Assert.Equal(["cinq drones", "un \"fusil\""], gift.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(JsonValueKind.Null, gift.GetProperty("giver").ValueKind);
        Assert.Equal("Kim Jong Un", gift.GetProperty("recipient").GetString());
        Assert.Equal(JsonValueKind.False, gift.GetProperty("mutual").ValueKind);
    }

    [Fact]
    public void Values_have_the_FORMAT_shape_for_each_kind()
    {
        using var parsed = JsonDocument.Parse(FormatJson.SerializeDocument(Sample(null), "a.txt"));
        var entities = parsed.RootElement.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("text").GetString()!);

        Assert.False(entities["Kim"].TryGetProperty("value", out _));
        Assert.Equal("Kim Jong Un", entities["Kim"].GetProperty("canonical").GetString());
        Assert.Equal("17 septembre", entities["17 septembre"].GetProperty("canonical").GetString());

        var quantity = entities["250 kilomètres"].GetProperty("value");
        Assert.Equal(["number", "unit", "dimension", "si", "approximate"], Names(quantity));
        Assert.Equal("250", quantity.GetProperty("number").GetRawText());
        Assert.Equal("km", quantity.GetProperty("unit").GetString());
        Assert.Equal("Length", quantity.GetProperty("dimension").GetString());
        Assert.Equal("250000", quantity.GetProperty("si").GetRawText());
        Assert.Equal(JsonValueKind.True, quantity.GetProperty("approximate").ValueKind);

        Assert.Equal(["timex"], Names(entities["17 septembre"].GetProperty("value")));
        Assert.Equal("XXXX-09-17", entities["17 septembre"].GetProperty("value").GetProperty("timex").GetString());

        var ordinal = entities["35e"].GetProperty("value");
        Assert.Equal(["number", "ordinal"], Names(ordinal));
        Assert.Equal(JsonValueKind.True, ordinal.GetProperty("ordinal").ValueKind);
        Assert.Equal(["number"], Names(entities["cinq"].GetProperty("value")));

        Assert.Equal(["count", "item"], Names(entities["cinq drones"].GetProperty("value")));
        Assert.Equal(5, entities["cinq drones"].GetProperty("value").GetProperty("count").GetInt32());
        Assert.Equal(["item"], Names(entities["un \"fusil\""].GetProperty("value")));
    }

    [Fact]
    public void Without_a_reference_date_the_field_is_omitted_and_without_a_name_so_is_document()
    {
        using var parsed = JsonDocument.Parse(FormatJson.SerializeDocument(Sample(null), documentName: null));

        Assert.Equal(["text", "entities", "gifts", "sentences"], Names(parsed.RootElement));
    }

    [Fact]
    public void A_batch_line_is_one_compact_line_with_id_entities_and_gifts()
    {
        var line = FormatJson.SerializeBatchLine("dépêche-42", Sample(new DateOnly(2023, 9, 17)));

        Assert.DoesNotContain('\n', line);
        using var parsed = JsonDocument.Parse(line);
        Assert.Equal(["id", "entities", "gifts", "sentences"], Names(parsed.RootElement));
        Assert.Equal("dépêche-42", parsed.RootElement.GetProperty("id").GetString());

        using var nullId = JsonDocument.Parse(FormatJson.SerializeBatchLine(null, Sample(null)));
        Assert.Equal(JsonValueKind.Null, nullId.RootElement.GetProperty("id").ValueKind);
    }

    [Fact]
    public void French_text_stays_readable_and_special_characters_are_escaped()
    {
        var json = FormatJson.SerializeDocument(Sample(null), "é.txt", indented: false);

        Assert.Contains("«Kim» a reçu", json);
        Assert.Contains("kilomètres", json);
        Assert.Contains("\\r\\n", json);
        Assert.Contains("un \\\"fusil\\\"", json);
        Assert.DoesNotContain("\\u00", json);
        Assert.DoesNotContain('\n', json);
        Assert.Contains('\n', FormatJson.SerializeDocument(Sample(null), "é.txt", indented: true));
    }

    [Theory]
    [InlineData(250.0, "250")]
    [InlineData(-0.0, "0")]
    [InlineData(2300000000.0, "2300000000")]
    [InlineData(2.3e18, "2300000000000000000")]
    [InlineData(123456789012345678.0, "123456789012345680")]
    [InlineData(1e22, "1E+22")]
    [InlineData(3.7, "3.7")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Numbers_print_as_integers_when_integral(double value, string expected)
    {
        Assert.Equal(expected, WriteNumber(value));
    }

    [Property]
    public Property Every_finite_number_round_trips_and_integral_ones_have_no_fraction_or_exponent()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<double>(), value =>
        {
            var raw = WriteNumber(value);
            if (!double.IsFinite(value))
            {
                return (raw == "null").Label($"{value} wrote {raw}, not null");
            }

            using var parsed = JsonDocument.Parse(raw);
            var roundTrips = parsed.RootElement.GetDouble() == value;
            var integralLooksIntegral = Math.Floor(value) != value || Math.Abs(value) >= 1e21 || raw.All(c => c == '-' || char.IsAsciiDigit(c));
            return roundTrips.Label($"{value:R} wrote {raw}, which reads back differently")
                .And(integralLooksIntegral.Label($"integral {value:R} wrote {raw}, with a fraction or an exponent"));
        });
    }

    [Property]
    public Property Any_text_and_spans_survive_a_round_trip()
    {
        var gen =
            from text in ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get)
            from a in Gen.Choose(0, text.Length)
            from b in Gen.Choose(0, text.Length)
            select (text, Math.Min(a, b), Math.Max(a, b));

        var shrinking = Arb.From(gen, sample => Shrinkers.Text(sample.text).Select(t => (text: t, Math.Min(sample.Item2, t.Length), Math.Min(sample.Item3, t.Length))));
        return Prop.ForAll(shrinking, sample =>
        {
            var (text, start, end) = sample;

            // Lone surrogates cannot be carried by UTF-8; they are the one documented exception.
            if (text.Any(char.IsSurrogate))
            {
                return true.ToProperty();
            }

            var entity = new Entity(EntityKind.Person, start, end, text[start..end]);
            using var parsed = JsonDocument.Parse(FormatJson.SerializeDocument(new ExtractionResult(text, null, [entity], []), "x"));
            var back = parsed.RootElement.GetProperty("entities")[0];
            return (parsed.RootElement.GetProperty("text").GetString() == text).Label("the text does not round-trip")
                .And((back.GetProperty("start").GetInt32() == start).Label("the start does not round-trip"))
                .And((back.GetProperty("text").GetString() == text[start..end]).Label("the span text does not round-trip"));
        });
    }

    [Fact]
    public void The_writer_appends_to_an_open_writer()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, FormatJson.WriterOptions(indented: false)))
        {
            writer.WriteStartArray();
            FormatJson.WriteDocument(writer, Sample(null), "a.txt");
            FormatJson.WriteBatchLine(writer, "b", Sample(null));
            writer.WriteEndArray();
        }

        using var parsed = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(2, parsed.RootElement.GetArrayLength());
    }

    private static ExtractionResult Sample(DateOnly? referenceDate)
    {
        Entity At(EntityKind kind, string mention, string? canonical = null, EntityValue? value = null)
        {
            var start = Text.IndexOf(mention, StringComparison.Ordinal);
            return new Entity(kind, start, start + mention.Length, mention, canonical, value);
        }

        var drones = At(EntityKind.Gift, "cinq drones", value: new GiftValue(5, "drone"));
        var fusil = At(EntityKind.Gift, "un \"fusil\"", value: new GiftValue(null, "fusil"));
        var entities = new[]
        {
            At(EntityKind.Date, "17 septembre", value: new DateValue("XXXX-09-17")),
            At(EntityKind.Person, "Kim", canonical: "Kim Jong Un"),
            At(EntityKind.Number, "cinq", value: new NumberValue(5)),
            drones,
            fusil,
            At(EntityKind.Quantity, "250 kilomètres", value: new QuantityValue(250.0, "km", QuantityDimension.Length, 250000.0, true)),
            At(EntityKind.Number, "35e", value: new NumberValue(35, Ordinal: true)),
        };
        return new ExtractionResult(Text, referenceDate, entities.OrderBy(e => e.Start).ThenBy(e => e.End).ToArray(), [new GiftEvent([drones, fusil], null, "Kim Jong Un")]);
    }

    private static string WriteNumber(double value)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            FormatJson.WriteNumberValue(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
