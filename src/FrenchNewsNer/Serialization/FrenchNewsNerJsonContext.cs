using System.Text.Json.Serialization;

namespace FrenchNewsNer.Serialization;

/// <summary>
/// Source-generated <see cref="System.Text.Json"/> metadata for the model types, for trimmed and
/// NativeAOT applications: <c>JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult)</c>,
/// <c>JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult)</c>, or in ASP.NET Core
/// <c>services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, FrenchNewsNerJsonContext.Default))</c>.
/// </summary>
/// <remarks>
/// The JSON is FORMAT.md's shape, written by the converters the model types carry
/// (<see cref="ExtractionResultJsonConverter"/> documents the gift-item rule). Reflection-based
/// serialisation uses the same converters, so both give the same JSON.
/// </remarks>
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(IReadOnlyList<ExtractionResult>))]
[JsonSerializable(typeof(List<ExtractionResult>))]
[JsonSerializable(typeof(ExtractionResult[]))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(IReadOnlyList<Entity>))]
[JsonSerializable(typeof(EntityValue))]
[JsonSerializable(typeof(QuantityValue))]
[JsonSerializable(typeof(DateValue))]
[JsonSerializable(typeof(NumberValue))]
[JsonSerializable(typeof(GiftValue))]
[JsonSerializable(typeof(GiftEvent))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(EntityKind))]
[JsonSerializable(typeof(QuantityDimension))]
[JsonSerializable(typeof(DateValueType))]
[JsonSerializable(typeof(DateModifier))]
[JsonSerializable(typeof(EntityKindSet))]
[JsonSerializable(typeof(GazetteerEntry))]
[JsonSerializable(typeof(IReadOnlyList<GazetteerEntry>))]
[JsonSerializable(typeof(ExtractionOptions))]
public sealed partial class FrenchNewsNerJsonContext : JsonSerializerContext
{
}
