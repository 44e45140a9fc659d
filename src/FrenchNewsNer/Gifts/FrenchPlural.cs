namespace FrenchNewsNer.Gifts;

/// <summary>
/// The singular of a French noun or adjective, by the regular rules: "-aux" → "-al" ("spéciaux") but "-eaux" → "-eau" ("tableaux"),
/// "-eaux"/"-eux" lose the "x" ("cadeaux"), a final "s" goes ("drones"). Hyphenated compounds
/// ("pare-balles") and words that end in s in the singular too short to tell ("fils") are left as they are.
/// </summary>
internal static class FrenchPlural
{
    private static readonly HashSet<string> Invariant = new(StringComparer.OrdinalIgnoreCase)
    {
        "bras", "corps", "fois", "fils", "gaz", "nez", "pays", "poids", "prix", "repas", "tapis", "temps", "vers", "bois", "choix", "colis", "héros", "jus", "lys", "mois", "os", "palais", "puits", "radis", "relais", "souris",
    };

    public static string Singular(string word)
    {
        if (word.Contains('-') || word.Length <= 3 || Invariant.Contains(word))
        {
            return word;
        }

        if (word.EndsWith("aux", StringComparison.Ordinal) && !word.EndsWith("eaux", StringComparison.Ordinal))
        {
            return word[..^3] + "al";
        }

        if (word.EndsWith("eaux", StringComparison.Ordinal) || word.EndsWith("eux", StringComparison.Ordinal) || word.EndsWith("oux", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
