using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// One mention found in a document. <see cref="Start"/> and <see cref="End"/> are UTF-16 indices
/// into the caller's original string (end exclusive), and <see cref="Text"/> is exactly that substring.
/// </summary>
[JsonConverter(typeof(EntityJsonConverter))]
public sealed record Entity
{
    /// <summary>Creates an entity; prefer the extractor, which guarantees the invariants.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="start">Start offset, inclusive.</param>
    /// <param name="end">End offset, exclusive.</param>
    /// <param name="text">The mention as written.</param>
    /// <param name="canonical">The name the mention refers to; null means the mention's own text.</param>
    /// <param name="value">The normalised value, or null.</param>
    public Entity(EntityKind kind, int start, int end, string text, string? canonical = null, EntityValue? value = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(start >= 0 && end >= start, nameof(start), "Offsets must satisfy 0 <= start <= end.");
        Preconditions.CheckArgument(text.Length == end - start, nameof(text), "Text length must equal end - start.");
        Kind = kind;
        Start = start;
        End = end;
        Text = text;
        Canonical = canonical ?? text;
        Value = value;
    }

    /// <summary>The entity kind.</summary>
    public EntityKind Kind { get; }

    /// <summary>UTF-16 start offset, inclusive.</summary>
    public int Start { get; }

    /// <summary>UTF-16 end offset, exclusive.</summary>
    public int End { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The mention exactly as it stands in the text.</summary>
    public string Text { get; }

    /// <summary>
    /// The name shared by every mention of the same entity in the document ("M. Kim" → "Kim Jong Un");
    /// the mention's own text when nothing better is known.
    /// </summary>
    public string Canonical { get; init; }

    /// <summary>
    /// The entity's identity in a public reference, when the data knows it: "geonames:2013348",
    /// "iso3166:KP", "iso3166-2:RU-PRI", "wikidata:Q7747", or a user gazetteer's own id. Mentions with
    /// one canonical share one id; null when nothing is known.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The normalised value (quantity, date, number, gift), or null.</summary>
    public EntityValue? Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}[{Start},{End}) \"{Text}\"";
}
