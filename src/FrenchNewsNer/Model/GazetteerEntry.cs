using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// A name a user adds to the extractor's gazetteers: "Ria Novosti" as an Organization, or "RPDC" as a
/// Location with canonical name "Corée du Nord". Matching ignores case and accents, except that a name
/// written with a capital only matches a capitalised word. An optional <see cref="Id"/> gives the entity's
/// identity in the user's own reference ("crm:1234", "wikidata:Q7747"): every mention of it in a document,
/// and every mention sharing its canonical, carries that id as <see cref="Entity.Id"/>.
/// </summary>
/// <param name="Kind">Person, Organization or Location.</param>
/// <param name="Name">The name as it appears in text.</param>
/// <param name="Canonical">The canonical name, or null for <paramref name="Name"/> itself.</param>
[JsonConverter(typeof(GazetteerEntryJsonConverter))]
public sealed record GazetteerEntry(EntityKind Kind, string Name, string? Canonical = null)
{
    /// <summary>The kinds a gazetteer entry may have.</summary>
    public static EntityKindSet SupportedKinds { get; } = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    /// <summary>
    /// The entity's id, or null: a scheme of ASCII letters, digits, '-' or '.', a colon, then a value without
    /// white space ("crm:1234", "wikidata:Q7747", "geonames:2988507"). Given to the mentions as
    /// <see cref="Entity.Id"/>; the builder rejects an id of another shape.
    /// </summary>
    public string? Id { get; init; }
}
