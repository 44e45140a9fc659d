namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// Generators of invented names for the names properties: words made of syllables that are neither French
/// words nor names of the built-in gazetteers, so a property tests the rules, not the data.
/// </summary>
internal static class NameTextGen
{
    private static readonly string[] Onsets = ["br", "pl", "v", "z", "gr", "tr", "m", "n", "k", "dr"];
    private static readonly string[] Vowels = ["a", "o", "u", "i", "ou"];
    private static readonly string[] Codas = ["x", "lt", "rn", "sk", "b"];

    /// <summary>An invented lower-case word of three syllables ending with a consonant ("zoubrakix").</summary>
    public static Gen<string> Word { get; } =
        from a in Gen.Elements(Onsets)
        from b in Gen.Elements(Vowels)
        from c in Gen.Elements(Onsets)
        from d in Gen.Elements(Vowels)
        from e in Gen.Elements(Codas)
        select a + b + c + d + e;

    /// <summary>The same word with a capital.</summary>
    public static Gen<string> CapitalizedWord { get; } = Word.Select(Capitalize);

    public static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
