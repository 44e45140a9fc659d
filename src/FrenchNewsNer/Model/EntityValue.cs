using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// The normalised value of an entity: <see cref="QuantityValue"/>, <see cref="DateValue"/>,
/// <see cref="NumberValue"/> or <see cref="GiftValue"/>. Persons, organisations and places have none.
/// </summary>
[JsonConverter(typeof(EntityValueJsonConverter<EntityValue>))]
public abstract record EntityValue
{
    // Only this assembly defines value kinds, so consumers can switch over them exhaustively.
    private protected EntityValue()
    {
    }
}

/// <summary>The physical dimension of a quantity (names as in docs/FORMAT.md).</summary>
[JsonConverter(typeof(QuantityDimensionJsonConverter))]
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
[JsonConverter(typeof(EntityValueJsonConverter<QuantityValue>))]
public sealed record QuantityValue(double Number, string Unit, QuantityDimension Dimension, double Si, bool Approximate) : EntityValue;

/// <summary>
/// The value of a Date, in the shape of Recognizers-Text's datetimeV2 resolution: a TIMEX3 value
/// ("2023-09-17", "2023-W37", "XXXX-09-17", "PAST_REF", a range "(2023-09-10,2023-09-13,P3D)", a set
/// "XXXX-WXX-1"), its <see cref="Type"/>, the TIMEX3 of each end of a range and a modifier.
/// </summary>
/// <param name="Timex">The TIMEX3 value.</param>
[JsonConverter(typeof(EntityValueJsonConverter<DateValue>))]
public sealed record DateValue(string Timex) : EntityValue
{
    /// <summary>What the value denotes (a date, a range, a set, …), as Recognizers-Text types it; null when not typed.</summary>
    public DateValueType? Type { get; init; }

    /// <summary>The TIMEX3 of a range's first end (inclusive), or null for a point or an open start.</summary>
    public string? Start { get; init; }

    /// <summary>The TIMEX3 of a range's last end (exclusive, as Recognizers-Text gives it), or null for a point or an open end.</summary>
    public string? End { get; init; }

    /// <summary>A modifier written with the date ("avant", "depuis", "vers", "mi-", "fin"), or null.</summary>
    public DateModifier? Mod { get; init; }
}

/// <summary>The type of a <see cref="DateValue"/>, in Recognizers-Text's datetimeV2 vocabulary (JSON: lower case).</summary>
[JsonConverter(typeof(DateValueTypeJsonConverter))]
public enum DateValueType
{
    /// <summary>A calendar day, or a day with unknown parts ("13 septembre", "hier"): <c>date</c>.</summary>
    Date,

    /// <summary>A time of day ("à 17 h", "midi et demi"): <c>time</c>.</summary>
    Time,

    /// <summary>A day with a time ("lundi à 9 h"): <c>datetime</c>.</summary>
    DateTime,

    /// <summary>A span of days: a week, month, year, decade, or "du 10 au 13 septembre": <c>daterange</c>.</summary>
    DateRange,

    /// <summary>A span of time within a day ("de 9 h à 17 h"): <c>timerange</c>.</summary>
    TimeRange,

    /// <summary>A span of date-times, or a part of a day ("ce soir"): <c>datetimerange</c>.</summary>
    DateTimeRange,

    /// <summary>A recurring time ("chaque lundi", "tous les matins"): <c>set</c>.</summary>
    Set,
}

/// <summary>A modifier of a <see cref="DateValue"/>, in Recognizers-Text's vocabulary (JSON: lower case).</summary>
[JsonConverter(typeof(DateModifierJsonConverter))]
public enum DateModifier
{
    /// <summary>Before the date ("avant le 15 mars"): <c>before</c>.</summary>
    Before,

    /// <summary>After the date ("après le 15 mars"): <c>after</c>.</summary>
    After,

    /// <summary>From the date on ("depuis le 1er janvier"): <c>since</c>.</summary>
    Since,

    /// <summary>Up to the date ("jusqu'au 30 septembre", "d'ici 2030"): <c>until</c>.</summary>
    Until,

    /// <summary>About the date ("vers 17 h", "aux alentours de"): <c>approx</c>.</summary>
    Approx,

    /// <summary>The start of the period ("début mars"): <c>start</c>.</summary>
    Start,

    /// <summary>The middle of the period ("mi-septembre"): <c>mid</c>.</summary>
    Mid,

    /// <summary>The end of the period ("fin 2023"): <c>end</c>.</summary>
    End,
}

/// <summary>The value of a Number: "12 millions" → 12000000; "35e" → 35, ordinal.</summary>
/// <param name="Number">The numeric value.</param>
/// <param name="Ordinal">True for an ordinal ("quatrième", "1er").</param>
[JsonConverter(typeof(EntityValueJsonConverter<NumberValue>))]
public sealed record NumberValue(double Number, bool Ordinal = false) : EntityValue;

/// <summary>The value of a Gift item: "cinq drones explosifs" → Count 5, Item "drone explosif".</summary>
/// <param name="Count">The stated count ("un" → 1), or null when none is stated ("des").</param>
/// <param name="Item">The head noun with its modifiers, in the singular.</param>
[JsonConverter(typeof(EntityValueJsonConverter<GiftValue>))]
public sealed record GiftValue(int? Count, string Item) : EntityValue;
