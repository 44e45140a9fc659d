using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Places in generated sentences whose gold is known by construction: venues and facilities with their
/// designator and an invented proper name, pairs of places joined by a hyphen ("la ligne Lyon-Turin"), a
/// town followed by a club's initials ("Lausanne HC") in sport. The venues' names are invented.
/// </summary>
public sealed class PlaceNamePropertyTests
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    private static readonly string[] Designators =
    [
        "salle", "zoo", "centre commercial", "maison de quartier", "stade", "lycée", "piscine", "médiathèque", "hôpital", "gymnase",
        "place", "rue", "aéroport", "parc", "esplanade",
    ];

    // Invented proper names, hyphenated or not, as venues are named after people, places or things.
    private static readonly string[] VenueNames = ["Brémontier", "Quatre-Vents", "Kerlouanec", "Roche-Aiguë", "Vallorgues", "Grand-Clos", "Sorbiac"];

    private static readonly string[] Cities = ["Lyon", "Turin", "Marseille", "Lille", "Bordeaux", "Nantes", "Genève", "Milan", "Madrid", "Berlin", "Tokyo", "Paris"];

    [Property(MaxTest = 300)]
    public Property A_venue_is_one_location_with_its_designator()
    {
        var cases =
            from designator in Gen.Elements(Designators)
            from name in Gen.Elements(VenueNames)
            from connector in Gen.Elements(string.Empty, "de ", "des ")
            select (designator, name, connector);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var venue = $"{c.designator} {c.connector}{c.name}";
            var text = $"La réunion publique aura lieu jeudi soir au {venue}.";
            var found = Find(text);
            return found.SequenceEqual([$"Location:{venue}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 200)]
    public Property A_pair_of_places_is_two_locations_each_with_its_own_canonical()
    {
        var cases =
            from cue in Gen.Elements("la ligne", "le vol", "l'axe", "la liaison", "le TGV")
            from first in Gen.Elements(Cities)
            from second in Gen.Elements(Cities)
            where first != second
            select (cue, first, second);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon la direction, {c.cue} {c.first}-{c.second} coûtera cher.";
            var found = Names.Extract(text).Entities.Where(e => NameKinds.Contains(e.Kind)).Select(e => $"{e.Kind}:{e.Text}={e.Canonical}").ToArray();
            return found.SequenceEqual([$"Location:{c.first}={c.first}", $"Location:{c.second}={c.second}"])
                .Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_town_followed_by_a_clubs_initials_is_the_club()
    {
        var cases =
            from town in Gen.Elements("Lausanne", "Lugano", "Genève", "Milan", "Fribourg")
            from initials in Gen.Elements("HC", "FC", "AC")
            select (town, initials);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var club = $"{c.town} {c.initials}";
            var text = $"Samedi, le {club} a battu son rival sur le score de 3 à 1.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{club}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_town_is_its_club_beside_a_sports_cue_with_a_score_and_a_place_otherwise()
    {
        var cases =
            from home in Gen.Elements("Lyon", "Marseille", "Lille", "Toulouse", "Nantes")
            from away in Gen.Elements("Lyon", "Marseille", "Lille", "Toulouse", "Nantes")
            where home != away
            from pattern in Gen.Elements("{0} a battu {1} 2-1 samedi soir.", "{0} s'est imposé face à {1} (3-0) dimanche.", "Dimanche, {0} a concédé le nul contre {1} (1-1).")
            select (home, away, pattern);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var match = string.Format(System.Globalization.CultureInfo.InvariantCulture, c.pattern, c.home, c.away);
            var trip = $"Il a quitté {c.home} pour {c.away} hier.";
            var found = Find(match + " " + trip);
            return found.SequenceEqual([$"Organization:{c.home}", $"Organization:{c.away}", $"Location:{c.home}", $"Location:{c.away}"])
                .Label($"'{match} {trip}' gave {string.Join(" | ", found)}");
        });
    }

    private static string[] Find(string text) =>
        Names.Extract(text).Entities.Where(e => NameKinds.Contains(e.Kind)).Select(e => $"{e.Kind}:{e.Text}").ToArray();
}
