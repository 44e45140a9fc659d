using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Numbered districts: "le 3e arrondissement de Paris", "le XVe arrondissement", "la 2e circonscription du Rhône".
/// The ordinal is the district's name, so it belongs in the Location's span (left alone it would be a Number and
/// the place would lose what tells it from the city's other districts).
/// </summary>
internal sealed partial class NameRecognizer
{
    // Nouns of a city's or a country's numbered subdivisions; folded.
    private static readonly FoldedKeySet NumberedDistricts = Set("arrondissement", "arrondissements", "circonscription", "secteur", "district");

    // `name` found at token i: a district noun right after an ordinal takes the ordinal into its span.
    private Found WithDistrictOrdinal(Document document, int i, Found name) =>
        name.Kind == EntityKind.Location && name.Start == i && IsDistrictAfterOrdinal(document, i) ? name with { Start = OrdinalStart(document, i - 1), Canonical = null } : name;

    // "le 3e arrondissement" with no name after it: the ordinal and the noun are the place.
    private Found? TryBareDistrict(Document document, int i) =>
        IsDistrictAfterOrdinal(document, i) ? new Found(EntityKind.Location, OrdinalStart(document, i - 1), i + 1, null) : null;

    // Tried at most words: the token before (a capitalised Roman numeral, or a suffix glued to a number) is
    // tested on its flags before the word is looked up.
    private bool IsDistrictAfterOrdinal(Document document, int i)
    {
        var tokens = document.Tokens;
        if (i < 1 || tokens[i].Has(TokenFlags.Capitalized) || !tokens[i - 1].IsWord)
        {
            return false;
        }

        var before = tokens[i - 1];
        var glued = i >= 2 && tokens[i - 2].IsNumber && tokens[i - 2].End == before.Start;
        return (glued || before.Has(TokenFlags.Capitalized)) && before.Length <= 8 && Is(NumberedDistricts, document, i) && OrdinalStart(document, i - 1) >= 0;
    }

    // The first token of an ordinal ending at token k ("XVe"; "3e", which the tokenizer reads as a number and a
    // glued suffix), or -1.
    private int OrdinalStart(Document document, int k)
    {
        var tokens = document.Tokens;
        var folded = document.FoldedOf(k);
        if (k > 0 && tokens[k - 1].IsNumber && tokens[k - 1].End == tokens[k].Start && folded is "e" or "er" or "eme" or "ieme" or "re")
        {
            return k - 1;
        }

        return IsOrdinal(folded) && IsWrittenRoman(document.OriginalOf(k)) ? k : -1;
    }

    // A Roman ordinal as written: its numeral in capitals, and more than one letter unless I, V or X ("Le", "Ce",
    // "De", "Me" read as L, C, D, M with a suffix are words: an article is never a numeral).
    private static bool IsWrittenRoman(ReadOnlySpan<char> original)
    {
        var letters = 0;
        while (letters < original.Length && char.IsAsciiLetterUpper(original[letters]))
        {
            letters++;
        }

        return letters > 1 || (letters == 1 && original[0] is 'I' or 'V' or 'X');
    }

    // "3e", "1er", "12ème", "XVe", "IIIème": an ordinal in figures or Roman numerals (folded).
    private static bool IsOrdinal(ReadOnlySpan<char> folded)
    {
        var digits = 0;
        while (digits < folded.Length && char.IsAsciiDigit(folded[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return IsRomanOrdinal(folded);
        }

        var suffix = folded[digits..];
        return suffix is "e" or "er" or "eme" or "ieme" or "re";
    }
}
