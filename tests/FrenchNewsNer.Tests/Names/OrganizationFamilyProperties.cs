using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// The organisation families of issue 13 in generated news sentences whose gold is known by construction:
/// verbs whose "-nne" ending looks like an adjective's end a name; courts and town councils with their place
/// are organisations; a coordinated acronym is a second name; a company suffix takes the capitalised words
/// before it; a lone surname after a company's role is the company; a capitalised common noun with a known
/// place is an organisation, an event's is not; an agency's designator stays outside its name; a place inside an
/// organisation's name keeps its own canonical; a headline's capitals make no organisation; an acronym defined as
/// a thing ("Plan de gestion des risques (PGR)") is no organisation where it is used. Invented names where
/// the rule must not depend on a list.
/// </summary>
public sealed class OrganizationFamilyProperties
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    // Invented communes: no list knows them.
    private static readonly string[] Communes = ["Trévillac", "Montbrésac", "Kerlouanec", "Vallorgues", "Brémontier"];

    // No letter of a Roman numeral ("DDDD" reads as one).
    private static readonly char[] Consonants = "BFGKNPRSTZ".ToCharArray();


    // Known places of the built-in gazetteers.
    private static readonly string[] Places = ["Paris", "Lyon", "Bordeaux", "Nantes", "Marseille"];

    [Property(MaxTest = 150)]
    public Property A_verb_ending_like_an_adjective_ends_the_organisations_name()
    {
        var cases =
            from name in Gen.Elements("Parlement européen", "Conseil régional", "Union européenne", "Commission européenne", "Cour suprême")
            from verb in Gen.Elements("donne son accord", "abandonne le projet", "fonctionne mal", "tienne parole", "devienne plus ouvert",
                "soutienne la réforme", "mentionne le rapport", "ordonne une enquête")
            select (name, verb);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var article = c.name.StartsWith('U') ? "l'" : c.name.StartsWith("Commission", StringComparison.Ordinal) || c.name.StartsWith("Cour", StringComparison.Ordinal) ? "la " : "le ";
            var text = $"Il faut que {article}{c.name} {c.verb} avant l'été.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property An_appeal_court_or_a_town_hall_with_its_seat_is_an_organisation()
    {
        // First-instance courts, prosecutors and councils keep their town as the place (designators.tsv says why).
        var cases =
            from designator in Gen.Elements(("la", "cour d'appel"), ("la", "mairie"), ("la", "cour d'assises"))
            from place in Gen.OneOf(Gen.Elements(Communes), Gen.Elements(Places))
            from verb in Gen.Elements("a rendu sa décision", "a confirmé la sanction jeudi", "refuse de commenter")
            select (designator, place, verb);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var name = $"{c.designator.Item2} de {c.place}";
            var text = $"Selon nos informations, {c.designator.Item1} {name} {c.verb}.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_coordinated_acronym_is_a_second_organisation()
    {
        var cases =
            from head in Gen.Elements(("du", "Conseil de l'Europe"), ("de la", "Banque de France"), ("de la", "Fédération nationale des pêcheurs"),
                ("de l'", "Office des migrations"))
            // Consonants only: no French word ("la ZOZO" would be one).
            from a in Gen.Elements(Consonants)
            from b in Gen.Elements(Consonants)
            from c in Gen.Elements(Consonants)
            from d in Gen.Elements(Consonants)
            let acronym = $"{a}{b}{c}{d}"
            // Even consonants alone can spell a word ("BRRR" is the interjection "brrr"), which is no acronym.
            where !FrenchNewsNer.Tests.Text.CommonWordList.Folded.Contains(acronym.ToLowerInvariant())
            select (head, acronym);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var separator = c.head.Item1.EndsWith('\'') ? string.Empty : " ";
            var text = $"Les experts {c.head.Item1}{separator}{c.head.Item2} et de la {c.acronym} ont rendu leur avis.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.head.Item2}", $"Organization:{c.acronym}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_company_suffix_takes_the_capitalised_words_before_it()
    {
        var cases =
            from first in Gen.OneOf(NameTextGen.CapitalizedWord, Gen.Elements("Continental", "First", "Chevron", "Boston"))
            from second in Gen.OneOf(Gen.Constant(string.Empty), NameTextGen.CapitalizedWord.Select(w => " " + w), Gen.Elements(" Illinois", " Boston"))
            from suffix in Gen.Elements("Corporation", "Corp", "Oil", "Brothers", "Inc", "Holding")
            select $"{first}{second} {suffix}";

        return Prop.ForAll(cases.ToArbitrary(), name =>
        {
            var text = $"Hier, le conseil de {name} a annoncé une offre.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_lone_surname_after_a_companys_role_is_the_company_a_full_name_stays_a_person()
    {
        var cases =
            from role in Gen.Elements("l'ancien directeur", "le PDG", "les salariés", "les dirigeants", "le président", "les actionnaires")
            // Surnames of the built-in list that are no first name ("Girard" is both, and stays ambiguous).
            from surname in Gen.Elements("Lefebvre", "Thomson", "Dubois", "Garnier")
            from firstName in Gen.Elements(string.Empty, "Paul ", "Claire ")
            select (role, surname, firstName);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon {c.role} de {c.firstName}{c.surname}, le contrat est signé.";
            var found = Find(text);
            var expected = c.firstName.Length == 0 ? $"Organization:{c.surname}" : $"Person:{c.firstName}{c.surname}";
            return found.SequenceEqual([expected]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 150)]
    public Property A_capitalised_common_noun_with_a_place_is_an_organisation_an_events_place_stays_a_place()
    {
        var cases =
            from noun in Gen.Elements("Voies navigables", "Réseau ferré", "Gaz", "Aéroports", "Électricité", "Orchestre national")
            from place in Gen.Elements("France", "Paris", "Lyon")
            from atStart in Gen.Elements(true, false)
            from isEvent in Gen.Elements(false, false, true)
            select (noun, place, atStart, isEvent);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            if (c.isEvent)
            {
                var eventText = $"Les coureurs du Tour de {c.place} et de la Coupe de {c.place} attendent la pluie.";
                var events = Find(eventText);
                return events.SequenceEqual([$"Location:{c.place}", $"Location:{c.place}"]).Label($"'{eventText}' gave {string.Join(" | ", events)}");
            }

            // At a sentence's start only a noun with an adjective reads as a name.
            var withAdjective = c.noun.Contains(' ', StringComparison.Ordinal);
            var name = $"{c.noun} de {c.place}";
            var text = c.atStart && withAdjective ? $"{name} a publié son rapport annuel." : $"Selon {name}, le rapport annuel est publié.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 50)]
    public Property An_agencys_designator_stays_outside_its_name()
    {
        var cases = Gen.Elements("Reuters", "Bloomberg", "Yonhap", "Anadolu", "Associated Press");
        return Prop.ForAll(cases.ToArbitrary(), agency =>
        {
            var text = $"Selon l'agence {agency}, le sommet est reporté.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{agency}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 60)]
    public Property A_place_inside_an_organisations_name_keeps_its_own_canonical()
    {
        var cases =
            from designator in Gen.Elements("la mairie", "la cour d'assises", "la cour d'appel")
            from place in Gen.Elements(Places)
            select (designator, place);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon {c.designator} de {c.place}, les travaux reprennent. Le chantier de {c.place} reste ouvert.";
            var place = Names.Extract(text).Entities.Single(e => e.Kind == EntityKind.Location);
            return (place.Text == c.place && place.Canonical == c.place).Label($"'{text}' gave {place.Text} → {place.Canonical}");
        });
    }

    [Property(MaxTest = 60)]
    public Property A_headlines_capitals_make_no_organisation_of_a_designator_and_its_verb()
    {
        var cases =
            from designator in Gen.Elements("GOUVERNEMENT", "PARLEMENT", "CONSEIL", "SYNDICAT")
            from verb in Gen.Elements("REJETTE", "ADOPTE", "REFUSE", "APPROUVE")
            select (designator, verb);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"LE {c.designator} {c.verb} L'AVANT-PROJET. Les débats reprendront lundi.";
            var found = Find(text);
            return (found.Length == 0).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 80)]
    public Property An_acronym_defined_as_a_thing_is_no_organisation_where_it_is_used()
    {
        var cases =
            from thing in Gen.Elements(("le", "Plan de gestion des risques", "PGR"), ("la", "densité minérale osseuse", "DMO"),
                ("l'", "Autorisation de mise sur le marché", "AMM"), ("le", "Rapport périodique de sécurité", "RPS"),
                ("la", "zone d'aménagement concerté", "ZAC"))
            from determiner in Gen.Elements("le", "du", "au")
            select (thing, determiner);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var separator = c.thing.Item1.EndsWith('\'') ? string.Empty : " ";
            var text = $"Selon l'étude, {c.thing.Item1}{separator}{c.thing.Item2} ({c.thing.Item3}) est publié. On revient {c.determiner} {c.thing.Item3} demain.";
            var found = Find(text);
            return (found.Length == 0).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    private static string[] Find(string text) =>
        Names.Extract(text).Entities.Where(e => NameKinds.Contains(e.Kind)).Select(e => $"{e.Kind}:{e.Text}").ToArray();
}
