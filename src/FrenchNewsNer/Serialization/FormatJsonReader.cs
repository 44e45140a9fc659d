using System.Globalization;
using System.Text.Json;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// Reads the FORMAT.md shape back into the model, the inverse of <see cref="FormatJson"/>'s writers.
/// Unknown properties (gold-only <c>alternatives</c>, <c>optional</c>, <c>annotatedKinds</c>, the
/// <c>document</c> name, a batch line's <c>id</c>) are skipped; a missing required property, a wrong
/// JSON type, an unknown name or an entity whose offsets do not point at its text is a
/// <see cref="JsonException"/>.
/// </summary>
internal static class FormatJsonReader
{
    /// <summary>Reads a document object into a result; gift items are resolved against its entities.</summary>
    public static ExtractionResult ReadResult(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an extraction result");
        string? text = null;
        DateOnly? referenceDate = null;
        List<Entity>? entities = null;
        List<RawGift>? gifts = null;
        List<TextSpan>? sentences = null;
        double? frenchScore = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "text":
                    text = ReadString(ref reader, name);
                    break;
                case "referenceDate":
                    referenceDate = reader.TokenType == JsonTokenType.Null ? null : ParseDate(ReadString(ref reader, name));
                    break;
                case "entities":
                    entities = ReadArray(ref reader, name, static (ref Utf8JsonReader r) => ReadEntity(ref r));
                    break;
                case "gifts":
                    gifts = ReadArray(ref reader, name, static (ref Utf8JsonReader r) => ReadRawGift(ref r));
                    break;
                case "sentences":
                    sentences = ReadArray(ref reader, name, static (ref Utf8JsonReader r) => ReadSpan(ref r));
                    break;
                case "frenchScore":
                    frenchScore = reader.TokenType == JsonTokenType.Null ? null : ReadDouble(ref reader, name);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (text is null)
        {
            throw new JsonException("An extraction result needs its \"text\".");
        }

        entities ??= [];
        foreach (var entity in entities)
        {
            if (entity.End > text.Length || string.CompareOrdinal(text, entity.Start, entity.Text, 0, entity.Length) != 0)
            {
                throw new JsonException($"Entity {entity} does not match the text at [{entity.Start},{entity.End}).");
            }
        }

        var events = new List<GiftEvent>(gifts?.Count ?? 0);
        if (gifts is { Count: > 0 })
        {
            var references = new GiftItemReferences(entities);
            foreach (var gift in gifts)
            {
                events.Add(gift.Resolve(text, references));
            }
        }

        return new ExtractionResult(text, referenceDate, entities, events)
        {
            Sentences = sentences is null ? Array.Empty<TextSpan>() : sentences.ToArray(),
            FrenchScore = frenchScore,
        };
    }

    /// <summary>Reads one entity object.</summary>
    public static Entity ReadEntity(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an entity");
        EntityKind? kind = null;
        int? start = null, end = null;
        string? text = null, canonical = null, id = null;
        EntityValue? value = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind":
                    kind = ParseKind(ReadString(ref reader, name));
                    break;
                case "start":
                    start = ReadInt(ref reader, name);
                    break;
                case "end":
                    end = ReadInt(ref reader, name);
                    break;
                case "text":
                    text = ReadString(ref reader, name);
                    break;
                case "canonical":
                    canonical = ReadNullableString(ref reader, name);
                    break;
                case "id":
                    id = ReadNullableString(ref reader, name);
                    break;
                case "value":
                    value = reader.TokenType == JsonTokenType.Null ? null : ReadValue(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (kind is null || start is null || end is null || text is null)
        {
            throw new JsonException("An entity needs \"kind\", \"start\", \"end\" and \"text\".");
        }

        try
        {
            return new Entity(kind.Value, start.Value, end.Value, text, canonical, value) { Id = id };
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid entity [{start},{end}) \"{text}\": {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Reads a value object. Its shape tells its type, whatever the entity's kind: <c>timex</c> makes a
    /// <see cref="DateValue"/>, <c>unit</c> a <see cref="QuantityValue"/>, <c>item</c> a
    /// <see cref="GiftValue"/>, and <c>number</c> alone a <see cref="NumberValue"/>. A null number is NaN.
    /// </summary>
    public static EntityValue ReadValue(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an entity value");
        double? number = null, si = null;
        string? unit = null, timex = null, rangeStart = null, rangeEnd = null, item = null;
        QuantityDimension? dimension = null;
        DateValueType? type = null;
        DateModifier? mod = null;
        bool approximate = false, ordinal = false;
        int? count = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "number":
                    number = ReadDouble(ref reader, name);
                    break;
                case "unit":
                    unit = ReadString(ref reader, name);
                    break;
                case "dimension":
                    dimension = ParseDimension(ReadString(ref reader, name));
                    break;
                case "si":
                    si = ReadDouble(ref reader, name);
                    break;
                case "approximate":
                    approximate = ReadBoolean(ref reader, name);
                    break;
                case "timex":
                    timex = ReadString(ref reader, name);
                    break;
                case "type":
                    type = reader.TokenType == JsonTokenType.Null ? null : ParseDateType(ReadString(ref reader, name));
                    break;
                case "start":
                    rangeStart = ReadNullableString(ref reader, name);
                    break;
                case "end":
                    rangeEnd = ReadNullableString(ref reader, name);
                    break;
                case "mod":
                    mod = reader.TokenType == JsonTokenType.Null ? null : ParseDateModifier(ReadString(ref reader, name));
                    break;
                case "ordinal":
                    ordinal = ReadBoolean(ref reader, name);
                    break;
                case "count":
                    count = reader.TokenType == JsonTokenType.Null ? null : ReadInt(ref reader, name);
                    break;
                case "item":
                    item = ReadString(ref reader, name);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (timex is not null)
        {
            return new DateValue(timex) { Type = type, Start = rangeStart, End = rangeEnd, Mod = mod };
        }

        if (unit is not null)
        {
            if (dimension is null)
            {
                throw new JsonException("A quantity value needs its \"dimension\".");
            }

            return new QuantityValue(number ?? double.NaN, unit, dimension.Value, si ?? double.NaN, approximate);
        }

        if (item is not null)
        {
            return new GiftValue(count, item);
        }

        if (number is not null)
        {
            return new NumberValue(number.Value, ordinal);
        }

        throw new JsonException("An entity value needs \"timex\", \"unit\", \"item\" or \"number\".");
    }

    /// <summary>Reads a <c>{start, end}</c> object.</summary>
    public static TextSpan ReadSpan(ref Utf8JsonReader reader) => ReadSpan(ref reader, readEntity: false, out _);

    /// <summary>Reads a <c>{start, end}</c> object; with <paramref name="readEntity"/>, also a gift item's <c>entity</c> index.</summary>
    private static TextSpan ReadSpan(ref Utf8JsonReader reader, bool readEntity, out int? entity)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a span");
        int? start = null, end = null;
        entity = null;
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "start":
                    start = ReadInt(ref reader, name);
                    break;
                case "end":
                    end = ReadInt(ref reader, name);
                    break;
                case "entity" when readEntity:
                    entity = ReadInt(ref reader, name);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (start is null || end is null || start < 0 || end < start)
        {
            throw new JsonException("A span needs \"start\" and \"end\" with 0 <= start <= end.");
        }

        return new TextSpan(start.Value, end.Value);
    }

    /// <summary>Parses a FORMAT.md kind name ("Person", ...).</summary>
    public static EntityKind ParseKind(string name) => name switch
    {
        "Person" => EntityKind.Person,
        "Organization" => EntityKind.Organization,
        "Location" => EntityKind.Location,
        "Quantity" => EntityKind.Quantity,
        "Date" => EntityKind.Date,
        "Number" => EntityKind.Number,
        "Gift" => EntityKind.Gift,
        _ => throw new JsonException($"Unknown entity kind \"{name}\"."),
    };

    /// <summary>Parses a FORMAT.md dimension name ("Length", ...).</summary>
    public static QuantityDimension ParseDimension(string name) =>
        ParseName<QuantityDimension>(name, FormatJson.DimensionName, "quantity dimension");

    /// <summary>Parses a date type ("daterange", ...).</summary>
    public static DateValueType ParseDateType(string name) =>
        ParseName<DateValueType>(name, FormatJson.DateTypeName, "date type");

    /// <summary>Parses a date modifier ("approx", ...).</summary>
    public static DateModifier ParseDateModifier(string name) =>
        ParseName<DateModifier>(name, FormatJson.DateModifierName, "date modifier");

    /// <summary>Parses an ISO <c>YYYY-MM-DD</c> date.</summary>
    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"\"{text}\" is not an ISO YYYY-MM-DD date.");

    /// <summary>Reads a string value (the reader is on it), failing on any other token.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"\"{name}\" must be a string, not {reader.TokenType}.");

    /// <summary>Moves to the next property of the current object; false at its end. The reader is left on the property's value.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON after a property name.");
        }

        return true;
    }

    private static T ParseName<T>(string name, Func<T, string> nameOf, string what)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(nameOf(candidate), name, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        throw new JsonException($"Unknown {what} \"{name}\".");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {what} ({token}), found {reader.TokenType}.");
        }
    }

    private delegate T ElementReader<T>(ref Utf8JsonReader reader);

    private static List<T> ReadArray<T>(ref Utf8JsonReader reader, string name, ElementReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"\"{name}\" must be an array, not {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(read(ref reader));
        }

        return items;
    }

    private static string? ReadNullableString(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, name);

    private static int ReadInt(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"\"{name}\" must be a 32-bit integer.");

    private static double ReadDouble(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.Null => double.NaN, // the writer's form of a non-finite number
        _ => throw new JsonException($"\"{name}\" must be a number, not {reader.TokenType}."),
    };

    private static bool ReadBoolean(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException($"\"{name}\" must be true or false, not {reader.TokenType}."),
    };

    private static RawGift ReadRawGift(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a gift event");
        var gift = new RawGift();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "items":
                    gift.Items = ReadArray(ref reader, name, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String
                        ? new RawItem(r.GetString(), default, null)
                        : ReadSpanItem(ref r));
                    break;
                case "giver":
                    gift.Giver = ReadNullableString(ref reader, name);
                    break;
                case "recipient":
                    gift.Recipient = ReadNullableString(ref reader, name);
                    break;
                case "mutual":
                    gift.Mutual = ReadBoolean(ref reader, name);
                    break;
                case "giverMention":
                    gift.GiverMention = reader.TokenType == JsonTokenType.Null ? null : ReadSpan(ref reader);
                    break;
                case "recipientMention":
                    gift.RecipientMention = reader.TokenType == JsonTokenType.Null ? null : ReadSpan(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return gift;
    }

    /// <summary>Reads an item written as <c>{start, end}</c>, with the <c>entity</c> index the writer adds when several Gift entities share the span.</summary>
    private static RawItem ReadSpanItem(ref Utf8JsonReader reader)
    {
        var span = ReadSpan(ref reader, readEntity: true, out var entity);
        return new RawItem(null, span, entity);
    }

    /// <summary>An item as read: a text, or a span (and the entity index written beside it, if any) when <see cref="Text"/> is null.</summary>
    private readonly record struct RawItem(string? Text, TextSpan Span, int? Entity);

    /// <summary>A gift event read before the result's entities are known (JSON may give gifts first).</summary>
    private sealed class RawGift
    {
        public List<RawItem> Items { get; set; } = [];

        public string? Giver { get; set; }

        public string? Recipient { get; set; }

        public bool Mutual { get; set; }

        public TextSpan? GiverMention { get; set; }

        public TextSpan? RecipientMention { get; set; }

        public GiftEvent Resolve(string text, GiftItemReferences references)
        {
            var items = new Entity[Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var raw = Items[i];
                items[i] = raw.Text is not null
                    ? references.NameByText(raw.Text) ?? throw new JsonException($"Gift item \"{raw.Text}\" is the text of no Gift entity of this result.")
                    : BySpan(text, references, raw);
            }

            return new GiftEvent(items, Giver, Recipient, Mutual) { GiverMention = GiverMention, RecipientMention = RecipientMention };
        }

        private static Entity BySpan(string text, GiftItemReferences references, RawItem raw)
        {
            var span = raw.Span;
            if (references.NameBySpan(span, raw.Entity) is { } named)
            {
                return named;
            }

            // A span that no Gift entity has (a hand-written file): the item is the text it covers.
            return span.End <= text.Length
                ? new Entity(EntityKind.Gift, span.Start, span.End, span.Of(text))
                : throw new JsonException($"Gift item [{span.Start},{span.End}) lies outside the text.");
        }
    }
}
