using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.News;

/// <summary>
/// Generators of realistic French news sentences with planted entities, so that the gold is known by
/// construction: invented surnames after real first names, invented organisations of several shapes,
/// invented communes, facilities with their designator, role appositions, place pairs, quantities in
/// French formats, absolute and relative dates. Invented names are built from syllables, so no gazetteer
/// can know them: the rules must. Each family is a generator of its own, so that a property can take the
/// families that work today and a later capability can add its templates here.
/// </summary>
internal static class NewsGenerators
{
    private static readonly string[] FirstNames =
    [
        "Jean", "Marie", "Sophie", "Thomas", "Nicolas", "Isabelle", "Pierre", "Camille", "Julien", "Nathalie", "François", "Élise",
        "Antoine", "Claire", "Olivier", "Hélène", "Mathieu", "Aurélie", "Philippe", "Léa",
    ];

    private static readonly string[] Onsets = ["B", "Br", "C", "Ch", "D", "F", "G", "Gr", "L", "M", "N", "P", "R", "S", "T", "V", "Tr"];

    private static readonly string[] Vowels = ["a", "e", "i", "o", "ou", "au", "é", "ai"];

    private static readonly string[] Codas = ["rnaud", "llet", "ssac", "rvier", "nchon", "rdel", "ubert", "mbrac", "lvic", "ttrel", "zanne"];

    private static readonly string[] RoleNouns =
    [
        "le porte-parole du gouvernement", "la maire de la commune", "le directeur de l'hôpital", "la présidente du conseil régional",
        "le procureur de la République", "la secrétaire générale du syndicat",
    ];

    private static readonly string[] Members = ["apiculteurs", "viticulteurs", "boulangers", "pêcheurs", "transporteurs", "infirmiers", "éleveurs"];

    private static readonly string[] Cities = ["Paris", "Tokyo", "Lyon", "Marseille", "Berlin", "Madrid", "Rome", "Moscou", "Londres", "Montréal"];

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>An invented surname: syllables no gazetteer holds ("Bressolet", "Vaurnaud").</summary>
    public static Gen<string> Surname() =>
        from onset in Gen.Elements(Onsets)
        from vowel in Gen.Elements(Vowels)
        from middle in Gen.Elements("", "r", "s", "l")
        from coda in Gen.Elements(Codas)
        select onset + vowel + middle + coda;

    /// <summary>A real first name and an invented surname.</summary>
    public static Gen<string> PersonName() =>
        from first in Gen.Elements(FirstNames)
        from last in Surname()
        select first + " " + last;

    /// <summary>An invented commune, "Saint-…-sur-…".</summary>
    public static Gen<string> Commune() =>
        from saint in Surname()
        from river in Surname()
        from link in Gen.Elements("-sur-", "-lès-", "-en-")
        select "Saint-" + saint + link + river;

    private static Planted Person(string name) => new(EntityKind.Person, name, name, null, "invented person");

    /// <summary>A person, alone before a verb: "Sophie Bressolet a déclaré mardi que …".</summary>
    public static Gen<NewsSentence> PersonSentence() =>
        from name in PersonName()
        from verb in Gen.Elements(" a déclaré", " a annoncé", " a assuré")
        select new NewsSentence([
            new Plant(Person(name)), new Words(verb), new Words(" devant la presse", Droppable: true),
            new Words(" que le projet avançait"), new Words(" comme prévu", Droppable: true), new Words("."),
        ]);

    /// <summary>A role apposition: "Le porte-parole du gouvernement, Jean Vaurnaud, a annoncé …".</summary>
    public static Gen<NewsSentence> RoleApposition() =>
        from role in Gen.Elements(RoleNouns)
        from name in PersonName()
        select new NewsSentence([
            new Words(char.ToUpperInvariant(role[0]) + role[1..] + ", "), new Plant(Person(name)),
            new Words(", a annoncé la mesure"), new Words(" jeudi soir", Droppable: true), new Words("."),
        ]);

    /// <summary>Organisations of several shapes: a union of members, a company with its legal form, a federation whose acronym is then reused.</summary>
    public static Gen<NewsSentence> OrganizationSentence()
    {
        var union =
            from kind in Gen.Elements(("l'", "Union nationale des "), ("la ", "Fédération française des "), ("le ", "Syndicat national des "))
            from members in Gen.Elements(Members)
            select new NewsSentence([
                new Words("Selon " + kind.Item1), new Plant(new Planted(EntityKind.Organization, kind.Item2 + members, null, null, "organisation of members")),
                new Words(", la réforme"), new Words(" annoncée hier", Droppable: true), new Words(" reste floue."),
            ]);
        var company =
            from name in Surname()
            from form in Gen.Elements(" SA", " SAS", " SARL")
            select new NewsSentence([
                new Words("La société "), new Plant(new Planted(EntityKind.Organization, name + form, null, null, "company with legal form")),
                new Words(" a licencié"), new Words(" une partie de", Droppable: true), new Words(" ses salariés."),
            ]);
        // As in news, the acronym spells the name's initials ("Fédération régionale des infirmiers" → FRI),
        // without accents; its mentions take the long name as their canonical (docs/FORMAT.md).
        var acronym =
            from head in Gen.Elements(("La ", "Fédération régionale des ", "FR"), ("L'", "Union nationale des ", "UN"), ("La ", "Confédération générale des ", "CG"))
            from members in Gen.Elements(Members)
            let name = head.Item2 + members
            let letters = head.Item3 + char.ToUpperInvariant(members.Normalize(System.Text.NormalizationForm.FormD)[0])
            select new NewsSentence([
                new Words(head.Item1), new Plant(new Planted(EntityKind.Organization, name, name, null, "organisation with acronym")),
                new Words(" ("), new Plant(new Planted(EntityKind.Organization, letters, name, null, "acronym in brackets")), new Words(") proteste. " + head.Item1),
                new Plant(new Planted(EntityKind.Organization, letters, name, null, "acronym reused")), new Words(" demande une réunion"),
                new Words(" au plus vite", Droppable: true), new Words("."),
            ]);
        return Gen.OneOf(union, company, acronym);
    }

    /// <summary>An invented commune, and a facility named with its designator in it.</summary>
    public static Gen<NewsSentence> PlaceSentence() =>
        from commune in Commune()
        from designator in Gen.Elements("gare de ", "base aérienne de ", "port de ")
        from shape in Gen.Choose(0, 1)
        select shape == 0
            ? new NewsSentence([
                new Words("Les pompiers sont intervenus à "), new Plant(new Planted(EntityKind.Location, commune, null, null, "invented commune")),
                new Words(" dans la nuit", Droppable: true), new Words("."),
            ])
            : new NewsSentence([
                new Words("Le convoi a quitté la "), new Plant(new Planted(EntityKind.Location, designator + commune, null, null, "facility with designator")),
                new Words(" vers midi", Droppable: true), new Words("."),
            ]);

    /// <summary>A place pair: "le vol Paris-Tokyo" holds two Locations.</summary>
    public static Gen<NewsSentence> PlacePair() =>
        from first in Gen.Elements(Cities)
        from second in Gen.Elements(Cities).Where(c => c != first)
        let pair = (Item1: first, Item2: second)
        from vehicle in Gen.Elements("le vol ", "la liaison ", "le train ")
        select new NewsSentence([
            new Words(char.ToUpperInvariant(vehicle[0]) + vehicle[1..]),
            new Plant(new Planted(EntityKind.Location, pair.Item1, null, null, "place pair")), new Words("-"),
            new Plant(new Planted(EntityKind.Location, pair.Item2, null, null, "place pair")),
            new Words(" a été annulé"), new Words(" sans explication", Droppable: true), new Words("."),
        ]);

    /// <summary>A quantity in a French format: digit groups with any separator, decimal comma, unit word or symbol.</summary>
    public static Gen<NewsSentence> QuantitySentence()
    {
        var units = Gen.Elements<(string Surface, string Unit, QuantityDimension Dimension, double Factor)>(
            ("kilomètres", "km", QuantityDimension.Length, 1000.0),
            ("km", "km", QuantityDimension.Length, 1000.0),
            ("tonnes", "t", QuantityDimension.Mass, 1000.0),
            ("hectares", "ha", QuantityDimension.Area, 10_000.0),
            ("euros", "EUR", QuantityDimension.Currency, 1.0),
            ("%", "%", QuantityDimension.Percentage, 1.0));
        return
            from n in Gen.Frequency((3, Gen.Choose(2, 999)), (3, Gen.Choose(1_000, 999_999)), (1, Gen.Choose(1_000_000, 99_999_999)))
            from separator in Gen.Elements(" ", ".", "\u00A0", "\u202F")
            from hundredths in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(1, 99)))
            from unit in units
            let number = hundredths < 0 ? n : (double)(n + (hundredths / 100m))
            let written = DigitGrouping.Group(n, separator) + (hundredths < 0 ? string.Empty : "," + hundredths.ToString("00", CultureInfo.InvariantCulture))
                + (unit.Surface == "%" ? "\u00A0" : " ") + unit.Surface
            select new NewsSentence([
                new Words("Le bilan fait état de "),
                new Plant(new Planted(EntityKind.Quantity, written, null, new QuantityValue(number, unit.Unit, unit.Dimension, number * unit.Factor, false), "quantity")),
                new Words(" pour l'ensemble de l'année", Droppable: true), new Words("."),
            ]);
    }

    /// <summary>An absolute date ("13 septembre 2023", reference-free) or a relative day resolved against the reference.</summary>
    public static Gen<NewsSentence> DateSentence(DateOnly reference) =>
        Gen.OneOf(
            from day in Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
            let written = $"{(day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture))} {Months[day.Month - 1]} {day.Year}"
            select new NewsSentence([
                new Words("L'accord a été signé le "),
                new Plant(new Planted(EntityKind.Date, written, null, new DateValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "absolute date")),
                new Words(" à Genève", Droppable: true), new Words("."),
            ]),
            from relative in Gen.Elements(("hier", -1), ("avant-hier", -2))
            select new NewsSentence([
                new Words("Le ministre est arrivé "),
                new Plant(new Planted(EntityKind.Date, relative.Item1, null,
                    new DateValue(reference.AddDays(relative.Item2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "relative date")),
                new Words(" en fin de journée", Droppable: true), new Words("."),
            ]));

    /// <summary>A neutral sentence: no entity, no cue for any rule.</summary>
    public static Gen<NewsSentence> NeutralSentence() =>
        Gen.Elements(
            "La pluie est tombée sans discontinuer.", "Les habitants ont été invités à rester chez eux.",
            "Le débat a duré toute la soirée.", "Rien ne laissait prévoir un tel revirement.")
            .Select(s => new NewsSentence([new Words(s)]));

    /// <summary>A reference date for a document.</summary>
    public static Gen<DateOnly> Reference() =>
        Gen.Choose(new DateOnly(1995, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>One to five sentences of the given families, shrinking by sentences then droppable words.</summary>
    public static Arbitrary<NewsDocument> Documents(params Func<DateOnly, Gen<NewsSentence>>[] families) =>
        Arb.From(
            from reference in Reference()
            from count in Gen.Choose(1, 5)
            from sentences in Gen.OneOf(families.Select(f => f(reference))).ArrayOf(count)
            select new NewsDocument(sentences, reference),
            document => document.Shrink());
}
