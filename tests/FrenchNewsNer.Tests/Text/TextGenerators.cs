using FsCheck;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Text;

/// <summary>Generators of hostile text: every space kind, CRLF, lone surrogates, combining accents, apostrophes.</summary>
internal static class TextGenerators
{
    private static readonly string[] Pieces =
    [
        "a", "é", "E", "É", "ç", "œ", "l'", "L’", "d’", "qu'", "aujourd'hui", "Kim", "Jong", "Un", "RPDC",
        "Artiom-Primorsky-1", "+Geran-25+", "8 000", "8\u00A0000", "8\u202F000", "8.000", "2,3", "1'000", "2019 300",
        "\u0301", "e\u0301", "\u0308", " ", "\u00A0", "\u202F", "\u2009", "\t", "\r\n", "\n", "\u2028",
        "«", "»", "“", "”", "\"", "'", "’", "-", "‑", "—", ".", "…", "!", "?", ",", ";", "(", ")",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\0", "\u0007", "\uFFFF", "\uFEFF", "M.", "Mme", "14h30", "13/09/2023", "35e", "km²",
    ];

    /// <summary>Concatenations of tricky pieces and arbitrary characters; they shrink by sentences, words, then characters.</summary>
    public static Arbitrary<string> HostileText()
    {
        var piece = Gen.OneOf(
            Gen.Elements(Pieces),
            ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()));
        return piece.ArrayOf().Select(parts => string.Concat(parts)).Shrinking();
    }
}
