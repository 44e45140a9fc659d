using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FrenchNewsNer.Sample.Rendering;

namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>
/// A gold value with only the fields the gold gives (FORMAT.md "Scoring": value accuracy compares the fields
/// gold gives). A Recognizers-Text unit-only mention ("baril") or an FR-TimeBank duration with only a
/// <c>dimension</c> is a partial Quantity value; a field left null is not compared.
/// </summary>
internal sealed record GoldValue(EntityKind Kind)
{
    public double? Number { get; init; }

    public string? Unit { get; init; }

    public QuantityDimension? Dimension { get; init; }

    public double? Si { get; init; }

    public bool Approximate { get; init; }

    public string? Timex { get; init; }

    /// <summary>A Date's Recognizers-Text type ("daterange"), as gold writes it; compared when given.</summary>
    public string? DateType { get; init; }

    /// <summary>A Date range's first end ("2023-09-10"); compared when given.</summary>
    public string? DateStart { get; init; }

    /// <summary>A Date range's last end ("2023-09-13"); compared when given.</summary>
    public string? DateEnd { get; init; }

    /// <summary>A Date's modifier ("before", "since", "end"), as gold writes it; compared when given.</summary>
    public string? DateMod { get; init; }

    /// <summary>
    /// FR-TimeBank's merged ranges give a timex with no duration, "(1999-07-18T18:00,1999-07-18T23:00,)": such a
    /// range is scored by its two ends (FORMAT.md), not by the timex's text.
    /// </summary>
    public bool ScoredByEnds => Timex is { } t && t.StartsWith('(') && t.EndsWith(",)", StringComparison.Ordinal) && DateStart is not null && DateEnd is not null;

    public bool Ordinal { get; init; }

    public int? Count { get; init; }

    public string? Item { get; init; }

    /// <summary>True when gold gives at least one field FORMAT.md scores for its kind.</summary>
    public bool HasScoredField => Kind switch
    {
        EntityKind.Quantity => Number is not null || Unit is not null || Dimension is not null || Si is not null,
        EntityKind.Date => Timex is not null,
        EntityKind.Number => Number is not null,
        EntityKind.Gift => Count is not null,
        _ => false,
    };

    /// <summary>The full library value when gold gives every field it needs, else null.</summary>
    public EntityValue? ToEntityValue() => Kind switch
    {
        EntityKind.Quantity when Number is { } n && Unit is { } u && Dimension is { } d && Si is { } si => new QuantityValue(n, u, d, si, Approximate),
        EntityKind.Date when Timex is { } t => new DateValue(t),
        EntityKind.Number when Number is { } n => new NumberValue(n, Ordinal),
        EntityKind.Gift when Item is { } item => new GiftValue(Count, item),
        _ => null,
    };

    [return: NotNullIfNotNull(nameof(value))]
    public static GoldValue? From(EntityValue? value) => value switch
    {
        QuantityValue q => new GoldValue(EntityKind.Quantity) { Number = q.Number, Unit = q.Unit, Dimension = q.Dimension, Si = q.Si, Approximate = q.Approximate },
        DateValue d => new GoldValue(EntityKind.Date)
        {
            Timex = d.Timex,
            DateType = d.Type is { } type ? JsonStyle.DateTypeName(type) : null,
            DateStart = d.Start,
            DateEnd = d.End,
            DateMod = d.Mod is { } mod ? JsonStyle.DateModifierName(mod) : null,
        },
        NumberValue n => new GoldValue(EntityKind.Number) { Number = n.Number, Ordinal = n.Ordinal },
        GiftValue g => new GoldValue(EntityKind.Gift) { Count = g.Count, Item = g.Item },
        _ => null,
    };

    /// <summary>A complete library value is a gold value with every field given.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator GoldValue?(EntityValue? value) => From(value);

    /// <summary>The fields gold gives, for error messages.</summary>
    public string Format()
    {
        if (ToEntityValue() is { } full && (Kind != EntityKind.Date || (DateType ?? DateStart ?? DateEnd ?? DateMod) is null))
        {
            return ValueText.Format(full);
        }

        var parts = new List<string>();
        if (Approximate)
        {
            parts.Add("approximate");
        }

        if (Number is { } number)
        {
            parts.Add("number " + ValueText.Number(number) + (Ordinal ? " (ordinal)" : string.Empty));
        }

        if (Unit is not null)
        {
            parts.Add("unit " + Unit);
        }

        if (Dimension is { } dimension)
        {
            parts.Add("dimension " + JsonStyle.DimensionName(dimension));
        }

        if (Si is { } si)
        {
            parts.Add("si " + ValueText.Number(si));
        }

        if (Timex is not null)
        {
            parts.Add("timex " + Timex);
        }

        if (DateType is not null)
        {
            parts.Add("type " + DateType);
        }

        if (DateStart is not null || DateEnd is not null)
        {
            parts.Add("ends " + (DateStart ?? "?") + " .. " + (DateEnd ?? "?"));
        }

        if (DateMod is not null)
        {
            parts.Add("mod " + DateMod);
        }

        if (Count is { } count)
        {
            parts.Add("count " + count.ToString(CultureInfo.InvariantCulture));
        }

        if (Item is not null)
        {
            parts.Add("item " + Item);
        }

        return parts.Count == 0 ? "no field" : string.Join(", ", parts);
    }
}
