using FsCheck;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Gifts;

/// <summary>A generated gift sentence's parts: who, what, and the words as the text writes them.</summary>
/// <param name="Giver">The giver's full name.</param>
/// <param name="Recipient">The recipient's full name.</param>
/// <param name="Items">The items as written ("deux vases en porcelaine").</param>
/// <param name="ItemValues">The item values expected ("vase en porcelaine").</param>
internal sealed record GiftCase(string Giver, string Recipient, string[] Items, string[] ItemValues)
{
    /// <summary>The items joined as French lists them ("un vase, deux tableaux et une montre").</summary>
    public string ItemList => Items.Length == 1 ? Items[0] : string.Join(", ", Items[..^1]) + " et " + Items[^1];
}

/// <summary>
/// Generators of gift news sentences whose gold is known by construction: persons invented from real
/// French first names and made-up surnames, countries and cities, items with counts and modifiers.
/// </summary>
internal static class GiftSentenceGenerators
{
    private static readonly string[] FirstNames =
    [
        "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Laurent", "Julien", "Thomas", "François", "Olivier",
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Claire", "Camille", "Julie", "Valérie", "Hélène", "Aurélie",
    ];

    private static readonly string[] Syllables = ["bra", "ve", "lon", "mar", "ti", "dou", "ret", "gal", "lan", "cour", "bes", "son", "fer", "mi", "nard", "ro", "che", "vil"];

    private static readonly (string Singular, string Plural, bool Feminine)[] Nouns =
    [
        ("vase", "vases", false), ("tableau", "tableaux", false), ("sabre", "sabres", false), ("coffret", "coffrets", false),
        ("bracelet", "bracelets", false), ("tapis", "tapis", false), ("montre", "montres", true), ("sculpture", "sculptures", true),
        ("statue", "statues", true), ("horloge", "horloges", true), ("épée", "épées", true), ("lampe", "lampes", true),
    ];

    private static readonly string[] Modifiers = ["en porcelaine", "en argent", "en bois", "en or", "de chasse", "en cristal", "de collection", string.Empty];

    private static readonly (string Word, int Count)[] Counts = [("deux", 2), ("trois", 3), ("cinq", 5), ("dix", 10), ("4", 4), ("12", 12)];

    /// <summary>Countries as a subject ("Le Japon") and after "à" ("au Japon"), with the canonical name.</summary>
    public static readonly (string Subject, string After, string Name)[] Countries =
    [
        ("Le Japon", "au Japon", "Japon"), ("La France", "à la France", "France"), ("L'Allemagne", "à l'Allemagne", "Allemagne"),
        ("L'Italie", "à l'Italie", "Italie"), ("Le Canada", "au Canada", "Canada"), ("La Chine", "à la Chine", "Chine"),
        ("Le Brésil", "au Brésil", "Brésil"), ("L'Espagne", "à l'Espagne", "Espagne"), ("La Pologne", "à la Pologne", "Pologne"),
    ];

    public static readonly string[] Cities = ["Washington", "Lyon", "Marseille", "Berlin", "Madrid", "Rome", "Tokyo", "Toulouse"];

    /// <summary>A person: a real first name and an invented surname ("Camille Bravelon").</summary>
    public static Gen<string> Person() =>
        from first in Gen.Elements(FirstNames)
        from count in Gen.Choose(2, 3)
        from parts in Gen.Elements(Syllables).ArrayOf(count)
        let surname = char.ToUpperInvariant(parts[0][0]) + string.Concat(parts)[1..]
        select first + " " + surname;

    /// <summary>One item with its value: "deux vases en porcelaine" → "vase en porcelaine".</summary>
    public static Gen<(string Text, string Value)> Item() =>
        from noun in Gen.Elements(Nouns)
        from modifier in Gen.Elements(Modifiers)
        from plural in Gen.Elements(true, false)
        from count in Gen.Elements(Counts)
        let head = plural ? count.Word + " " + noun.Plural : (noun.Feminine ? "une " : "un ") + noun.Singular
        select (modifier.Length == 0 ? head : head + " " + modifier, modifier.Length == 0 ? noun.Singular : noun.Singular + " " + modifier);

    /// <summary>A giver, a different recipient and one to three items of different nouns.</summary>
    public static Gen<GiftCase> Case(int maxItems = 3) =>
        from giver in Person()
        from recipient in Person()
        where giver.Split(' ')[1] != recipient.Split(' ')[1]
        from count in Gen.Choose(1, maxItems)
        from items in Item().ArrayOf(count)
        where items.Select(i => i.Value.Split(' ')[0]).Distinct().Count() == items.Length
        select new GiftCase(giver, recipient, items.Select(i => i.Text).ToArray(), items.Select(i => i.Value).ToArray());

    /// <summary>Past tenses of "offrir" after a subject.</summary>
    public static Gen<string> Offered() => Gen.Elements("a offert", "avait offert", "a également offert", "offrait", "aurait offert");
}
