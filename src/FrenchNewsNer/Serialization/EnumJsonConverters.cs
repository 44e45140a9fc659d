using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// Reads and writes an enum of the model as its FORMAT.md name, as a value and as a dictionary key.
/// Only this assembly defines the names, so only it derives from this class.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public abstract class FormatNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private protected FormatNameJsonConverter()
    {
    }

    /// <inheritdoc />
    public sealed override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(FormatJsonReader.ReadString(ref reader, typeof(TEnum).Name));

    /// <inheritdoc />
    public sealed override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf(value));

    /// <inheritdoc />
    public sealed override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(NameOf(value));

    private protected abstract string NameOf(TEnum value);

    private protected abstract TEnum Parse(string name);
}

/// <summary>Reads and writes an <see cref="EntityKind"/> as its FORMAT.md name ("Person", "Gift", …).</summary>
public sealed class EntityKindJsonConverter : FormatNameJsonConverter<EntityKind>
{
    private protected override string NameOf(EntityKind value) => FormatJson.KindName(value);

    private protected override EntityKind Parse(string name) => FormatJsonReader.ParseKind(name);
}

/// <summary>Reads and writes a <see cref="QuantityDimension"/> as its FORMAT.md name ("Length", "Currency", …).</summary>
public sealed class QuantityDimensionJsonConverter : FormatNameJsonConverter<QuantityDimension>
{
    private protected override string NameOf(QuantityDimension value) => FormatJson.DimensionName(value);

    private protected override QuantityDimension Parse(string name) => FormatJsonReader.ParseDimension(name);
}

/// <summary>Reads and writes a <see cref="DateValueType"/> in Recognizers-Text's lower case ("daterange", …).</summary>
public sealed class DateValueTypeJsonConverter : FormatNameJsonConverter<DateValueType>
{
    private protected override string NameOf(DateValueType value) => FormatJson.DateTypeName(value);

    private protected override DateValueType Parse(string name) => FormatJsonReader.ParseDateType(name);
}

/// <summary>Reads and writes a <see cref="DateModifier"/> in Recognizers-Text's lower case ("approx", …).</summary>
public sealed class DateModifierJsonConverter : FormatNameJsonConverter<DateModifier>
{
    private protected override string NameOf(DateModifier value) => FormatJson.DateModifierName(value);

    private protected override DateModifier Parse(string name) => FormatJsonReader.ParseDateModifier(name);
}
