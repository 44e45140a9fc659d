namespace FrenchNewsNer;

/// <summary>
/// The normalised value of an entity: <see cref="QuantityValue"/>, <see cref="DateValue"/>,
/// <see cref="NumberValue"/> or <see cref="GiftValue"/>. Persons, organisations and places have none.
/// </summary>
public abstract record EntityValue
{
    // Only this assembly defines value kinds, so consumers can switch over them exhaustively.
    private protected EntityValue()
    {
    }
}

/// <summary>The physical dimension of a quantity (FORMAT.md names).</summary>
public enum QuantityDimension
{
    /// <summary>Length; SI unit metre.</summary>
    Length,

    /// <summary>Mass; SI unit kilogram.</summary>
    Mass,

    /// <summary>Area; SI unit square metre.</summary>
    Area,

    /// <summary>Volume; SI unit cubic metre.</summary>
    Volume,

    /// <summary>Speed; SI unit metre per second.</summary>
    Speed,

    /// <summary>Duration; SI unit second.</summary>
    Duration,

    /// <summary>Temperature; SI unit kelvin.</summary>
    Temperature,

    /// <summary>A percentage, kept as written (3,7 % → 3.7).</summary>
    Percentage,

    /// <summary>A currency amount, kept in its own currency.</summary>
    Currency,

    /// <summary>An age, in years.</summary>
    Age,

    /// <summary>Any other measure.</summary>
    Other,
}

/// <summary>
/// The value of a Quantity: "2,3 milliards d'euros" → Number 2300000000, Unit "EUR",
/// Dimension Currency, Si 2300000000.
/// </summary>
/// <param name="Number">The amount in the stated unit, scale words included.</param>
/// <param name="Unit">The unit symbol (m, km, kg, %, °C, km/h, …) or an ISO 4217 currency code.</param>
/// <param name="Dimension">The physical dimension.</param>
/// <param name="Si">The amount in the dimension's base unit (m, kg, m2, m3, m/s, s, K); see <see cref="QuantityDimension"/>.</param>
/// <param name="Approximate">True when a hedge ("environ", "près de", "plus de") qualifies the amount.</param>
public sealed record QuantityValue(double Number, string Unit, QuantityDimension Dimension, double Si, bool Approximate) : EntityValue;

/// <summary>The value of a Date: a TIMEX3 value such as "2023-09-17", "2023-W37", "XXXX-09-17" or "PAST_REF".</summary>
/// <param name="Timex">The TIMEX3 value.</param>
public sealed record DateValue(string Timex) : EntityValue;

/// <summary>The value of a Number: "12 millions" → 12000000; "35e" → 35, ordinal.</summary>
/// <param name="Number">The numeric value.</param>
/// <param name="Ordinal">True for an ordinal ("quatrième", "1er").</param>
public sealed record NumberValue(double Number, bool Ordinal = false) : EntityValue;

/// <summary>The value of a Gift item: "cinq drones explosifs" → Count 5, Item "drone explosif".</summary>
/// <param name="Count">The stated count ("un" → 1), or null when none is stated ("des").</param>
/// <param name="Item">The head noun with its modifiers, in the singular.</param>
public sealed record GiftValue(int? Count, string Item) : EntityValue;
