using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>Per-document options: the publication date and the kinds wanted.</summary>
[JsonConverter(typeof(ExtractionOptionsJsonConverter))]
public sealed record ExtractionOptions
{
    /// <summary>The default options: no reference date, every kind.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The publication date. Relative dates ("hier", "mercredi", "cette semaine") resolve against it;
    /// without it they keep a partial TIMEX value.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The kinds to report; the extractor's own configuration may narrow them further.</summary>
    public EntityKindSet Kinds { get; init; } = EntityKindSet.All;
}
