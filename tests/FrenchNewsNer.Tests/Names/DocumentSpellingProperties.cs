using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Canonical names are spelled as the document spells them, and ids are shared: a gazetteer name written
/// without its accents keeps the document's spelling and still gets the gazetteer's id; every mention of
/// one canonical carries one id.
/// </summary>
public class DocumentSpellingProperties
{
    private static readonly EntityExtractor BuiltIn = new EntityExtractorBuilder().Build();

    private static readonly string[] Accented = ["é", "è", "ï", "ô", "ü"];

    // An invented place with an accent, its spelling without it, and an id.
    private static Gen<(string Name, string Variant, string Id)> Place { get; } =
        from stem in NameTextGen.CapitalizedWord
        from accent in Gen.Elements(Accented)
        from number in Gen.Choose(1, 99999)
        let name = stem + accent + "a"
        select (name, stem + RemoveAccent(accent) + "a", "test:" + number);

    private static string RemoveAccent(string accent) => accent switch
    {
        "é" or "è" => "e",
        "ï" => "i",
        "ô" => "o",
        _ => "u",
    };

    [Property(MaxTest = 40)]
    public Property A_variant_spelling_keeps_the_document_spelling_and_the_gazetteer_id() =>
        Prop.ForAll(Place.ToArbitrary(), place =>
        {
            var extractor = new EntityExtractorBuilder().AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, place.Name) { Id = place.Id }).Build();
            var text = $"Les habitants de {place.Variant} manifestent. À {place.Variant}, le calme est revenu.";
            var mentions = extractor.Extract(text).Entities.Where(e => e.Text == place.Variant).ToList();
            return mentions.Count == 2 && mentions.All(e => e.Kind == EntityKind.Location && e.Canonical == place.Variant && e.Id == place.Id);
        });

    // Mentions of built-in places and organisations, long and short forms, in any order and number.
    private static readonly string[] Sentences =
    [
        "La Corée du Nord a tiré un missile.", "La RPDC dément.", "Pyongyang se tait.", "Le président a quitté Paris.",
        "L'Organisation mondiale de la santé (OMS) alerte.", "L'OMS publie un rapport.", "Séoul proteste.",
        "La Russie et l'Ukraine négocient.", "Moscou accuse Kiev.", "L'Otan se réunit à Bruxelles.",
    ];

    [Property(MaxTest = 60)]
    public Property Mentions_of_one_canonical_share_one_id() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Sentences)).Where(s => s.Length > 0).ToArbitrary(), sentences =>
        {
            var entities = BuiltIn.Extract(string.Join(' ', sentences)).Entities
                .Where(e => e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location);
            return entities.GroupBy(e => (e.Kind == EntityKind.Person, e.Canonical)).All(g => g.Select(e => e.Id).Distinct().Count() == 1);
        });

    [Fact]
    public void Built_in_places_carry_their_public_ids_and_the_document_spelling()
    {
        var entities = BuiltIn.Extract("La Corée du Nord, ou RPDC, menace Timisoara et Paris.").Entities;
        Assert.Equal(
            ["Corée du Nord|Corée du Nord|iso3166:KP", "RPDC|Corée du Nord|iso3166:KP", "Timisoara|Timisoara|geonames:665087", "Paris|Paris|geonames:2988507"],
            entities.Select(e => $"{e.Text}|{e.Canonical}|{e.Id}"));
    }

    [Fact]
    public void An_official_expansion_the_document_never_uses_is_not_the_canonical()
    {
        var cnes = BuiltIn.Extract("Le Cnes a lancé un satellite.").Entities.Single(e => e.Text == "Cnes");
        Assert.Equal((EntityKind.Organization, "Cnes"), (cnes.Kind, cnes.Canonical));
    }
}
