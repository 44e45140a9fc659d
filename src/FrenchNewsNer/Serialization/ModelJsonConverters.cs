using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// Reads and writes an <see cref="ExtractionResult"/> as a FORMAT.md document without its
/// <c>document</c> name: <c>text</c>, <c>referenceDate</c> (when set), <c>entities</c>, <c>gifts</c>.
/// Applied to the type, so <see cref="JsonSerializer"/> and ASP.NET Core use it with or without
/// <see cref="FrenchNewsNerJsonContext"/>.
/// </summary>
/// <remarks>
/// <para>
/// Gift items are written as the texts of their Gift entities, as FORMAT.md shows them, and read back
/// as entities of the same result by one rule: across the <c>gifts</c> array in order, an item text
/// names the first Gift entity with that text (in entity order) that no earlier item text named, and
/// the last such entity once all are named. Where that rule would name another entity than the item
/// (a hand-built result that repeats or reorders items), the writer writes the item as
/// <c>{"start": …, "end": …}</c> instead, which FORMAT.md also allows and the reader resolves by span.
/// The round trip is therefore exact for any result whose gift items are Gift entities of it and
/// whose numbers are finite (JSON has no NaN; a null number reads back as NaN) and whose text is
/// well-formed UTF-16 (a lone surrogate cannot be written as UTF-8 and comes back as U+FFFD).
/// </para>
/// <para>
/// Reading ignores properties it does not know (<c>document</c>, <c>id</c>, gold-only
/// <c>annotatedKinds</c>, <c>alternatives</c>, <c>optional</c>), so a FORMAT.md document or a gold
/// document reads as a result. It checks that every entity's offsets point at its text.
/// </para>
/// </remarks>
public sealed class ExtractionResultJsonConverter : JsonConverter<ExtractionResult>
{
    /// <inheritdoc />
    public override ExtractionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FormatJsonReader.ReadResult(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ExtractionResult value, JsonSerializerOptions options) =>
        FormatJson.WriteDocument(writer, value, documentName: null);
}

/// <summary>
/// Reads and writes an <see cref="Entity"/> as FORMAT.md's entity object: <c>kind</c>, <c>start</c>,
/// <c>end</c>, <c>text</c>, <c>canonical</c>, <c>id</c> (when known), <c>value</c> (when any).
/// </summary>
public sealed class EntityJsonConverter : JsonConverter<Entity>
{
    /// <inheritdoc />
    public override Entity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FormatJsonReader.ReadEntity(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Entity value, JsonSerializerOptions options) =>
        FormatJson.WriteEntity(writer, value);
}

/// <summary>
/// Reads and writes an <see cref="EntityValue"/> (or one of its types) as FORMAT.md's value object.
/// The object's shape tells the type: <c>timex</c> → <see cref="DateValue"/> (with <c>type</c>,
/// <c>start</c>, <c>end</c>, <c>mod</c>), <c>unit</c> → <see cref="QuantityValue"/>, <c>item</c> →
/// <see cref="GiftValue"/>, <c>number</c> alone → <see cref="NumberValue"/>.
/// </summary>
/// <typeparam name="TValue"><see cref="EntityValue"/> or one of its sealed types.</typeparam>
public sealed class EntityValueJsonConverter<TValue> : JsonConverter<TValue>
    where TValue : EntityValue
{
    /// <inheritdoc />
    public override TValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FormatJsonReader.ReadValue(ref reader) as TValue
            ?? throw new JsonException($"The value object does not have the shape of a {typeof(TValue).Name}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TValue value, JsonSerializerOptions options) =>
        FormatJson.WriteValue(writer, value);
}

/// <summary>
/// Writes a <see cref="GiftEvent"/> on its own as FORMAT.md's gift object, its items as their texts.
/// A gift event reads back only inside its <see cref="ExtractionResult"/>, whose Gift entities its
/// items name (see <see cref="ExtractionResultJsonConverter"/>); reading one alone throws
/// <see cref="NotSupportedException"/>.
/// </summary>
public sealed class GiftEventJsonConverter : JsonConverter<GiftEvent>
{
    /// <inheritdoc />
    public override GiftEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(
            "A gift event's items name Gift entities of its result (by text or {start, end}); deserialise the whole ExtractionResult.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GiftEvent value, JsonSerializerOptions options) =>
        FormatJson.WriteGift(writer, value, references: null);
}

/// <summary>Reads and writes a <see cref="TextSpan"/> as <c>{"start": …, "end": …}</c> (UTF-16 offsets).</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <inheritdoc />
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FormatJsonReader.ReadSpan(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options) =>
        FormatJson.WriteSpanValue(writer, value.Start, value.End);
}

/// <summary>
/// Reads and writes an <see cref="EntityKindSet"/> as FORMAT.md's <c>annotatedKinds</c> array of
/// kind names (<c>["Person", "Date"]</c>).
/// </summary>
public sealed class EntityKindSetJsonConverter : JsonConverter<EntityKindSet>
{
    /// <inheritdoc />
    public override EntityKindSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A set of kinds is an array of kind names.");
        }

        var set = EntityKindSet.None;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            set = set.With(FormatJsonReader.ParseKind(FormatJsonReader.ReadString(ref reader, "kinds")));
        }

        return set;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EntityKindSet value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var kind in value.Kinds)
        {
            writer.WriteStringValue(FormatJson.KindName(kind));
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reads and writes a <see cref="GazetteerEntry"/> as <c>{"kind", "name", "canonical"}</c> (canonical omitted when null).</summary>
public sealed class GazetteerEntryJsonConverter : JsonConverter<GazetteerEntry>
{
    /// <inheritdoc />
    public override GazetteerEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A gazetteer entry is an object.");
        }

        EntityKind? kind = null;
        string? name = null, canonical = null;
        while (FormatJsonReader.NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "kind":
                    kind = FormatJsonReader.ParseKind(FormatJsonReader.ReadString(ref reader, property));
                    break;
                case "name":
                    name = FormatJsonReader.ReadString(ref reader, property);
                    break;
                case "canonical":
                    canonical = reader.TokenType == JsonTokenType.Null ? null : FormatJsonReader.ReadString(ref reader, property);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return kind is not null && name is not null
            ? new GazetteerEntry(kind.Value, name, canonical)
            : throw new JsonException("A gazetteer entry needs \"kind\" and \"name\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GazetteerEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", FormatJson.KindName(value.Kind));
        writer.WriteString("name", value.Name);
        if (value.Canonical is not null)
        {
            writer.WriteString("canonical", value.Canonical);
        }

        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes <see cref="ExtractionOptions"/> as <c>{"referenceDate": "YYYY-MM-DD", "kinds": [...]}</c>,
/// the fields a FORMAT.md batch input line and gold file use for them; either may be absent on reading.
/// </summary>
public sealed class ExtractionOptionsJsonConverter : JsonConverter<ExtractionOptions>
{
    /// <inheritdoc />
    public override ExtractionOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Extraction options are an object.");
        }

        var result = ExtractionOptions.Default;
        while (FormatJsonReader.NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "referenceDate":
                    result = result with
                    {
                        ReferenceDate = reader.TokenType == JsonTokenType.Null ? null : FormatJsonReader.ParseDate(FormatJsonReader.ReadString(ref reader, property)),
                    };
                    break;
                case "kinds":
                    result = result with { Kinds = new EntityKindSetJsonConverter().Read(ref reader, typeof(EntityKindSet), options) };
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ExtractionOptions value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.ReferenceDate is { } date)
        {
            writer.WriteString("referenceDate", FormatJson.FormatDate(date));
        }

        writer.WritePropertyName("kinds");
        new EntityKindSetJsonConverter().Write(writer, value.Kinds, options);
        writer.WriteEndObject();
    }
}
