using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Organisations' names of every shape, in generated sentences whose gold is known by construction: a head
/// noun, its adjectives, complements in lower case or with an invented commune, coordinated complements,
/// followed by a verb that must end the name; capitalised institution nouns alone; role appositions between
/// commas; common-noun acronyms; agency credits; publishers. The names are invented, so the rules are tested,
/// not the lists.
/// </summary>
public sealed class OrganizationNamePropertyTests
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);
    private static readonly EntityExtractor Names = new EntityExtractorBuilder().WithKinds(NameKinds).Build();

    // Heads with their gender ("f" or "m") and the article that opens a sentence with them.
    private static readonly (string Head, bool Feminine)[] Heads =
    [
        ("Fédération", true), ("Caisse", true), ("Union", true), ("Association", true), ("Agence", true), ("Banque", true),
        ("Société", true), ("Compagnie", true), ("Fondation", true), ("Commission", true), ("Confédération", true),
        ("Syndicat", false), ("Office", false), ("Institut", false), ("Centre", false), ("Comité", false), ("Conseil", false),
        ("Groupe", false),
    ];

    private static readonly (string Feminine, string Masculine)[] Adjectives =
    [
        ("nationale", "national"), ("régionale", "régional"), ("interprofessionnelle", "interprofessionnel"), ("française", "français"),
        ("européenne", "européen"), ("fédérale", "fédéral"), ("centrale", "central"), ("supérieure", "supérieur"),
    ];

    private static readonly string[] LowerComplements =
    [
        "des travaux publics", "de la pêche artisanale", "du commerce extérieur", "des dépôts et consignations", "d'études maritimes",
        "de recherche sur les énergies marines", "des transports routiers", "de la propriété industrielle", "des producteurs de lait",
        "de l'économie et des finances", "de protection de l'enfance", "d'aide pour les réfugiés",
    ];

    // Invented communes: no list knows them.
    private static readonly string[] Communes = ["Trévillac", "Montbrésac", "Kerlouanec", "Saint-Aubrac-sur-Vire", "Vallorgues", "Brémontier"];

    // Verbs in the third person, some ending like adjectives would in "-e" ("compte", "publie").
    private static readonly string[] Verbs =
        ["a protesté", "compte 27 membres", "publie un rapport", "réclame des moyens", "dénonce la réforme", "a annoncé jeudi sa dissolution"];

    [Property(MaxTest = 300)]
    public Property A_head_with_adjectives_and_complements_is_one_organisation_that_the_verb_ends()
    {
        var cases =
            from head in Gen.Elements(Heads)
            from adjective in Gen.Elements(Adjectives).Select(a => head.Feminine ? a.Feminine : a.Masculine)
            from withAdjective in Gen.Elements(true, false)
            from complement in Gen.OneOf(
                Gen.Elements(LowerComplements),
                Gen.Elements(Communes).Select(c => "de " + c),
                from lower in Gen.Elements(LowerComplements) from commune in Gen.Elements(Communes) select lower + " de " + commune)
            from verb in Gen.Elements(Verbs)
            select (name: head.Head + (withAdjective ? " " + adjective : string.Empty) + " " + complement, head.Feminine, verb);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var article = "AEIOUÉ".Contains(c.name[0], StringComparison.Ordinal) ? "l'" : c.Feminine ? "la " : "le ";
            var text = $"Selon nos informations, {article}{c.name} {c.verb}.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_place_inside_an_organisations_name_is_the_organisations()
    {
        var cases =
            from head in Gen.Elements("Caisse régionale", "Centre hospitalier universitaire", "Tribunal administratif", "Université", "Chambre de commerce")
            from place in Gen.Elements("Rouen", "Lyon", "Bordeaux", "Genève", "Nantes")
            select (head, place);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var name = $"{c.head} de {c.place}";
            var text = $"Hier, le directeur a expliqué que le {name} a fermé.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 200)]
    public Property A_roles_organisation_is_kept_when_a_name_follows_between_commas()
    {
        var cases =
            from role in Gen.Elements("le porte-parole", "le directeur général", "la présidente", "le secrétaire général", "la directrice")
            from organisation in Gen.Elements(
                ("de la Fédération nationale des pêcheurs", "Fédération nationale des pêcheurs"),
                ("du Syndicat régional des transports routiers", "Syndicat régional des transports routiers"),
                ("de l'Institut de recherche sur les énergies marines", "Institut de recherche sur les énergies marines"),
                ("de la FNXT", "FNXT"),
                ("du Kremlin", "Kremlin"))
            from person in Gen.Elements("Martine Kerbrat", "Olivier Tamborini", "Luc de Vasselot", "Anne-Sophie Braquemont")
            from commas in Gen.Elements(true, false)
            select (role, organisation, person, commas);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = c.commas
                ? $"Jeudi, {c.role} {c.organisation.Item1}, {c.person}, a démenti."
                : $"Jeudi, {c.role} {c.organisation.Item1} {c.person} a démenti.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.organisation.Item2}", $"Person:{c.person}"])
                .Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_capitalised_institution_noun_alone_is_an_organisation_in_lower_case_it_is_no_name()
    {
        var cases =
            from noun in Gen.Elements(("la", "Commission"), ("le", "Parlement"), ("le", "Conseil"), ("l'", "Assemblée"), ("le", "Sénat"), ("la", "Cour"))
            from verb in Gen.Elements("a proposé une directive", "pense que le texte est prêt", "puisse trancher", "relie les deux dossiers")
            from capitalised in Gen.Elements(true, false)
            select (noun, verb, capitalised);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var word = c.capitalised ? c.noun.Item2 : c.noun.Item2.ToLowerInvariant();
            var separator = c.noun.Item1.EndsWith('\'') ? string.Empty : " ";
            var text = $"Hier, {c.noun.Item1}{separator}{word} {c.verb}.";
            var found = Find(text);
            var expected = c.capitalised ? [$"Organization:{word}"] : Array.Empty<string>();
            return found.SequenceEqual(expected).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_common_noun_acronym_is_no_organisation_an_unknown_acronym_after_an_article_is_one()
    {
        var cases =
            from common in Gen.Elements("PME", "TGV", "SMS", "PDG", "HLM", "PIB", "ONG", "IRM")
            from unknown in Gen.Elements("FNXT", "CGPR", "SNTQ", "UDRV")
            select (common, unknown);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon la {c.unknown}, le {c.common} reste la priorité de l'année.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.unknown}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 50)]
    public Property An_agency_credit_in_brackets_is_an_organisation_in_any_case()
    {
        var cases = Gen.Elements("afp", "AFP", "Reuters", "reuters");
        return Prop.ForAll(cases.ToArbitrary(), credit =>
        {
            var text = $"Le conseil municipal a voté le budget mardi soir. ({credit})";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{credit}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 50)]
    public Property A_name_after_a_publishing_word_is_a_house_not_a_person()
    {
        var cases =
            from verb in Gen.Elements("publié chez", "paru chez", "réédité chez", "traduit chez")
            from house in Gen.Elements("Vaultrain", "Marlière", "Jean Kerbrat", "Sorbiac")
            select (verb, house);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Son dernier roman, {c.verb} {c.house}, a été salué par la critique.";
            var found = Find(text);
            return found.SequenceEqual([$"Organization:{c.house}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 100)]
    public Property A_capitalised_towns_noun_is_its_council_in_lower_case_the_town_alone_is_a_place()
    {
        var cases =
            from noun in Gen.Elements("Ville", "Commune")
            from commune in Gen.Elements(Communes)
            from capitalised in Gen.Elements(true, false)
            select (noun, commune, capitalised);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var noun = c.capitalised ? c.noun : c.noun.ToLowerInvariant();
            var text = $"Le projet a été validé par la {noun} de {c.commune} mardi.";
            var found = Find(text);
            var expected = c.capitalised ? $"Organization:{noun} de {c.commune}" : $"Location:{c.commune}";
            return found.SequenceEqual([expected]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 50)]
    public Property A_roman_ordinal_after_a_preposition_is_no_name()
    {
        var cases = Gen.Elements("XIXe", "XXe", "XXIe", "XVIIIe", "IIIe");
        return Prop.ForAll(cases.ToArbitrary(), ordinal =>
        {
            var text = $"Ces idées remontent au {ordinal} siècle, selon les historiens.";
            var found = Find(text);
            return (found.Length == 0).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    [Property(MaxTest = 60)]
    public Property A_place_name_inside_a_persons_name_after_a_civility_is_the_persons()
    {
        var cases =
            from civility in Gen.Elements("M.", "Mme")
            from surname in Gen.Elements("Kerbrat", "Tamborini", "Braquemont", "Vasselot")
            // Towns that are no French word: "Tours" or "Valence" after a surname stay as ambiguous as any common word.
            from place in Gen.Elements("Lyon", "Genève", "Bâle", "Turin", "Milan")
            select (civility, name: surname + " " + place);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = $"Selon {c.civility} {c.name}, le projet avance.";
            var found = Find(text);
            return found.SequenceEqual([$"Person:{c.name}"]).Label($"'{text}' gave {string.Join(" | ", found)}");
        });
    }

    private static string[] Find(string text) =>
        Names.Extract(text).Entities.Where(e => NameKinds.Contains(e.Kind)).Select(e => $"{e.Kind}:{e.Text}").ToArray();
}
