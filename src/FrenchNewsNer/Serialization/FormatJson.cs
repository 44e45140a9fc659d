using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// Writes extraction results as the JSON of docs/FORMAT.md (in the repository and the package): the document shape
/// (<c>document</c>, <c>text</c>, <c>referenceDate</c>, <c>entities</c>, <c>gifts</c>) and the batch line
/// shape (<c>id</c>, <c>entities</c>, <c>gifts</c>). Everything goes through <see cref="Utf8JsonWriter"/> by
/// hand, with no reflection, so the writer stays trim- and AOT-safe.
/// </summary>
/// <remarks>
/// <para>
/// Absent values are omitted rather than written as null (an entity without a value, a document
/// without a reference date, a gift without a count), matching the gold files; <c>giver</c> and
/// <c>recipient</c> are always written, null when unknown, because FORMAT.md gives null a meaning there.
/// </para>
/// <para>
/// <c>WriteDocument</c> and <c>WriteBatchLine</c> write through the caller's writer and so with its
/// encoder; <c>SerializeDocument</c> and <c>SerializeBatchLine</c> (and the sample console) use
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, which keeps French letters readable.
/// The same shape is what <see cref="System.Text.Json.JsonSerializer"/> writes and reads for the model
/// types (see <see cref="FrenchNewsNerJsonContext"/>); gift items follow the rule of
/// <see cref="ExtractionResultJsonConverter"/>.
/// </para>
/// </remarks>
public static class FormatJson
{
    /// <summary>
    /// The encoder used for every string: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.
    /// </summary>
    /// <remarks>
    /// The default encoder escapes every non-ASCII character ("é" → "\u00E9") and HTML-sensitive ones,
    /// which makes French text unreadable in files and terminals. The relaxed encoder still escapes
    /// quotes, backslashes and control characters, so the output is valid JSON; its only "unsafe"
    /// aspect is that it does not guard against the JSON being pasted unescaped into an HTML page or a
    /// script block, which does not apply to a data file format. Lone surrogates, which UTF-8 cannot
    /// carry, come out as U+FFFD (one code unit for one, so offsets stay valid).
    /// </remarks>
    internal static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writer options for FORMAT.md output: the relaxed <see cref="Encoder"/>, indented or compact.</summary>
    /// <param name="indented">True for pretty-printed output (<c>--format json</c>); false for one line (JSON Lines).</param>
    /// <returns>The options.</returns>
    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = Encoder,
        Indented = indented,
    };

    /// <summary>Writes <paramref name="result"/> as one FORMAT.md document object.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="documentName">The <c>document</c> name (usually the file name); omitted when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteDocument(Utf8JsonWriter writer, ExtractionResult result, string? documentName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (documentName is not null)
        {
            writer.WriteString("document", documentName);
        }

        writer.WriteString("text", result.Text);
        if (result.ReferenceDate is { } date)
        {
            writer.WriteString("referenceDate", FormatDate(date));
        }

        WriteEntitiesAndGifts(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="result"/> as one FORMAT.md batch output object: <c>id</c>, <c>entities</c>, <c>gifts</c>.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="id">The id of the input line; written as null when the input had none.</param>
    /// <param name="result">The extraction result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteBatchLine(Utf8JsonWriter writer, string? id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        WriteEntitiesAndGifts(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>Writes one entity: <c>kind</c>, <c>start</c>, <c>end</c>, <c>text</c>, <c>canonical</c> and, when it has one, <c>value</c>.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="entity">The entity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="entity"/> is null.</exception>
    internal static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entity);
        writer.WriteStartObject();
        writer.WriteString("kind", KindName(entity.Kind));
        writer.WriteNumber("start", entity.Start);
        writer.WriteNumber("end", entity.End);
        writer.WriteString("text", entity.Text);
        writer.WriteString("canonical", entity.Canonical);
        if (entity.Id is not null)
        {
            writer.WriteString("id", entity.Id);
        }
        if (entity.Value is not null)
        {
            writer.WritePropertyName("value");
            WriteValue(writer, entity.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes an entity value object: Quantity <c>{number, unit, dimension, si, approximate}</c>, Date
    /// <c>{timex}</c>, Number <c>{number}</c> plus <c>ordinal: true</c> for an ordinal, Gift <c>{item}</c>
    /// plus <c>count</c> when stated.
    /// </summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    internal static void WriteValue(Utf8JsonWriter writer, EntityValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        switch (value)
        {
            case QuantityValue quantity:
                WriteNumber(writer, "number", quantity.Number);
                writer.WriteString("unit", quantity.Unit);
                writer.WriteString("dimension", DimensionName(quantity.Dimension));
                WriteNumber(writer, "si", quantity.Si);
                writer.WriteBoolean("approximate", quantity.Approximate);
                break;
            case DateValue date:
                writer.WriteString("timex", date.Timex);
                if (date.Type is { } type)
                {
                    writer.WriteString("type", DateTypeName(type));
                }

                if (date.Start is not null)
                {
                    writer.WriteString("start", date.Start);
                }

                if (date.End is not null)
                {
                    writer.WriteString("end", date.End);
                }

                if (date.Mod is { } mod)
                {
                    writer.WriteString("mod", DateModifierName(mod));
                }
                break;
            case NumberValue number:
                WriteNumber(writer, "number", number.Number);
                if (number.Ordinal)
                {
                    writer.WriteBoolean("ordinal", true);
                }

                break;
            case GiftValue gift:
                if (gift.Count is { } count)
                {
                    writer.WriteNumber("count", count);
                }

                writer.WriteString("item", gift.Item);
                break;
            default:
                // EntityValue's constructor is private protected: a new value kind must be added here too.
                throw new NotSupportedException($"Unknown entity value type {value.GetType().Name}.");
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one gift event: <c>items</c>, <c>giver</c>, <c>recipient</c> (null when unknown), <c>mutual</c>,
    /// and the mentions when known. An item is its Gift entity's text, or its <c>{start, end}</c> when
    /// <paramref name="references"/> says the text would name another entity of the result, plus its
    /// <c>entity</c> index when the span would too (see <see cref="GiftItemReferences"/>).
    /// </summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="gift">The gift event.</param>
    /// <param name="references">The naming state of the result's gift items; null writes every item as its text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="gift"/> is null.</exception>
    internal static void WriteGift(Utf8JsonWriter writer, GiftEvent gift, GiftItemReferences? references)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(gift);
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in gift.Items)
        {
            if (references is null || references.TryNameByText(item))
            {
                writer.WriteStringValue(item.Text);
            }
            else if (references.EntityIndexBesideSpan(item) is { } index)
            {
                // Another Gift entity has this very span: the bare span would name it, the index names the item.
                writer.WriteStartObject();
                writer.WriteNumber("start", item.Start);
                writer.WriteNumber("end", item.End);
                writer.WriteNumber("entity", index);
                writer.WriteEndObject();
            }
            else
            {
                WriteSpanValue(writer, item.Start, item.End);
            }
        }

        writer.WriteEndArray();
        WriteNullableString(writer, "giver", gift.Giver);
        WriteNullableString(writer, "recipient", gift.Recipient);
        writer.WriteBoolean("mutual", gift.Mutual);
        WriteSpan(writer, "giverMention", gift.GiverMention);
        WriteSpan(writer, "recipientMention", gift.RecipientMention);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a number the way FORMAT.md files show it: an integral value as an integer literal
    /// (<c>250</c>, not <c>250.0</c> or <c>2.5E+2</c>), any other finite value in the shortest form that
    /// parses back to the same <see cref="double"/>. JSON has no NaN or infinity; those are written as null.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The number.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="name"/> is null.</exception>
    internal static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(name);
        writer.WritePropertyName(name);
        WriteNumberValue(writer, value);
    }

    /// <summary>Writes a number value with the rules of <see cref="WriteNumber(Utf8JsonWriter, string, double)"/>.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="value">The number.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    internal static void WriteNumberValue(Utf8JsonWriter writer, double value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
        }
        else if (Math.Abs(value) < 1e15 && Math.Floor(value) == value)
        {
            // Exactly representable as long; also turns -0 into 0.
            writer.WriteNumberValue((long)value);
        }
        else if (Math.Abs(value) < 1e21 && Math.Floor(value) == value)
        {
            // Large integral doubles (2.3e18 rubles) would otherwise print in E notation. BigInteger gives
            // the double's exact integer digits, which parse back to the same double; a decimal cast would
            // round to 15 significant digits. Beyond 1e21 the exponent form is the readable one (as in JavaScript).
            writer.WriteRawValue(new BigInteger(value).ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            // Utf8JsonWriter writes the shortest round-trippable form.
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>The FORMAT.md document for <paramref name="result"/> as a string.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="documentName">The <c>document</c> name; omitted when null.</param>
    /// <param name="indented">True for pretty-printed JSON, false for a single line.</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string SerializeDocument(ExtractionResult result, string? documentName, bool indented = true) =>
        Serialize(writer => WriteDocument(writer, result, documentName), indented);

    /// <summary>The FORMAT.md batch output line for <paramref name="result"/>: compact, without a trailing newline.</summary>
    /// <param name="id">The id of the input line, or null.</param>
    /// <param name="result">The extraction result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string SerializeBatchLine(string? id, ExtractionResult result) =>
        Serialize(writer => WriteBatchLine(writer, id, result), indented: false);

    /// <summary>The FORMAT.md name of a kind ("Person", "Organization", ...).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    internal static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Location => "Location",
        EntityKind.Quantity => "Quantity",
        EntityKind.Date => "Date",
        EntityKind.Number => "Number",
        EntityKind.Gift => "Gift",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined entity kind."),
    };

    /// <summary>The FORMAT.md name of a quantity dimension ("Length", "Currency", ...).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The name.</returns>
    internal static string DimensionName(QuantityDimension dimension) => dimension switch
    {
        QuantityDimension.Length => "Length",
        QuantityDimension.Mass => "Mass",
        QuantityDimension.Area => "Area",
        QuantityDimension.Volume => "Volume",
        QuantityDimension.Speed => "Speed",
        QuantityDimension.Duration => "Duration",
        QuantityDimension.Temperature => "Temperature",
        QuantityDimension.Percentage => "Percentage",
        QuantityDimension.Currency => "Currency",
        QuantityDimension.Age => "Age",
        QuantityDimension.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined dimension."),
    };

    /// <summary>A reference date as FORMAT.md writes it: ISO <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO date.</returns>
    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static void WriteEntitiesAndGifts(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("gifts");
        if (result.Gifts.Count > 0)
        {
            var references = new GiftItemReferences(result.Entities);
            foreach (var gift in result.Gifts)
            {
                WriteGift(writer, gift, references);
            }
        }

        writer.WriteEndArray();

        // Extra fields (FORMAT.md allows them): the French score when known, and the sentence spans.
        if (result.FrenchScore is { } score)
        {
            WriteNumber(writer, "frenchScore", score);
        }

        writer.WriteStartArray("sentences");
        foreach (var sentence in result.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The JSON name of a date type: Recognizers-Text's lower-case vocabulary.</summary>
    /// <param name="type">The type.</param>
    /// <returns>"date", "time", "datetime", "daterange", "timerange", "datetimerange" or "set".</returns>
    internal static string DateTypeName(DateValueType type) => type switch
    {
        DateValueType.Date => "date",
        DateValueType.Time => "time",
        DateValueType.DateTime => "datetime",
        DateValueType.DateRange => "daterange",
        DateValueType.TimeRange => "timerange",
        DateValueType.DateTimeRange => "datetimerange",
        DateValueType.Set => "set",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined date type."),
    };

    /// <summary>The JSON name of a date modifier: Recognizers-Text's lower-case vocabulary.</summary>
    /// <param name="mod">The modifier.</param>
    /// <returns>"before", "after", "since", "until", "approx", "start", "mid" or "end".</returns>
    internal static string DateModifierName(DateModifier mod) => mod switch
    {
        DateModifier.Before => "before",
        DateModifier.After => "after",
        DateModifier.Since => "since",
        DateModifier.Until => "until",
        DateModifier.Approx => "approx",
        DateModifier.Start => "start",
        DateModifier.Mid => "mid",
        DateModifier.End => "end",
        _ => throw new ArgumentOutOfRangeException(nameof(mod), mod, "Not a defined date modifier."),
    };

    internal static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        if (span is { } s)
        {
            writer.WritePropertyName(name);
            WriteSpanValue(writer, s.Start, s.End);
        }
    }

    /// <summary>Writes a span as FORMAT.md's <c>{start, end}</c> object.</summary>
    internal static void WriteSpanValue(Utf8JsonWriter writer, int start, int end)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string Serialize(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
