using System.Globalization;

namespace FrenchNewsNer.Sample.Rendering;

/// <summary>Short human-readable forms of entity values, for tables and error listings.</summary>
internal static class ValueText
{
    public static string Format(EntityValue? value) => value switch
    {
        null => string.Empty,
        QuantityValue q => $"{(q.Approximate ? "≈" : string.Empty)}{Number(q.Number)} {q.Unit} ({JsonStyle.DimensionName(q.Dimension)}, si {Number(q.Si)})",
        DateValue d => d.Timex,
        NumberValue n => n.Ordinal ? $"{Number(n.Number)} (ordinal)" : Number(n.Number),
        GiftValue g => g.Count is { } count ? $"{count} × {g.Item}" : g.Item,
        _ => value.ToString() ?? string.Empty,
    };

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
