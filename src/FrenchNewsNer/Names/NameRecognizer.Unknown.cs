using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// The last resort: capitalised words in mid-sentence that no list and no cue explain, taken as a place after
/// a preposition of place, as a person when they look like a full name, as a company before a legal suffix.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Adjectives and nouns that take "à" for their complement ("relatives à X", "une allergie à X", "grâce à X"):
    // after them "à" introduces a thing, not a place, and an unknown capitalised word there is no town; folded.
    private static readonly FoldedKeySet RelationWords = Set(
        "relatif", "relative", "relatifs", "relatives", "allergie", "allergies", "allergique", "allergiques", "hypersensibilite",
        "sensibilite", "sensible", "sensibles", "intolerance", "resistance", "resistant", "resistante", "resistants", "resistantes",
        "identique", "identiques", "semblable", "semblables", "similaire", "similaires", "comparable", "comparables", "equivalent",
        "equivalente", "superieur", "superieure", "superieurs", "superieures", "inferieur", "inferieure", "inferieurs", "inferieures",
        "grace", "quant", "conformement", "contrairement", "rapport", "associe", "associee", "associes", "associees", "lie", "liee",
        "lies", "liees", "exposition", "expose", "exposee", "exposes", "exposees", "reponse", "recours", "acces", "consacre", "consacree");

    // The last resort: capitalised words in mid-sentence that are neither French words nor demonyms nor
    // known names are a name all the same; after "à", "en", "au" a place, otherwise most often a person.
    private Found? TryUnknownName(Document document, int i)
    {
        var tokens = document.Tokens;
        if (!IsCapitalizedWord(tokens[i]) || tokens[i].Has(TokenFlags.AllCaps) || StartsSentence(document, i))
        {
            return null;
        }

        // Alone, an unknown word is a name only after a preposition, before a company suffix or as a known
        // surname (see below). Most capitalised words are alone: those tests come before the word-list probes.
        var next = i + 1;
        var mayGoOn = next < tokens.Length && IsCapitalizedWord(tokens[next]) && !StartsSentence(document, next) && !tokens[next].Has(TokenFlags.AllCaps);
        if (!mayGoOn && !Is(PlacePrepositions, document, i - 1) && !Is(WeakPlacePrepositions, document, i - 1)
            && !(next < tokens.Length && tokens[next].Has(TokenFlags.Capitalized) && Is(CompanySuffixes, document, next))
            && !_gazetteers.Surnames.Contains(document.FoldedOf(i)))
        {
            return null;
        }

        // "La société Ressac SAS": a legal form in capitals right after the word names a company, whatever the
        // word means in French (a company may take any word for its name).
        if (next < tokens.Length && tokens[next].Has(TokenFlags.AllCaps) && Is(LegalForms, document, next))
        {
            return new Found(EntityKind.Organization, i, next + 1, null);
        }

        if (!IsUnknownWord(document, i))
        {
            return null;
        }

        var end = i + 1;
        while (end < tokens.Length && end - i < 4 && IsCapitalizedWord(tokens[end]) && !StartsSentence(document, end)
            && !tokens[end].Has(TokenFlags.AllCaps) && IsUnknownWord(document, end))
        {
            end++;
        }

        // "Salomon Brothers", "Gulf Oil", "First Boston Corp": a company's legal or trade suffix makes an organisation.
        var last = end - 1;
        if (end < tokens.Length && Is(CompanySuffixes, document, end) && tokens[end].Has(TokenFlags.Capitalized))
        {
            return new Found(EntityKind.Organization, i, end + 1, null);
        }

        if (end - i >= 2 && Is(CompanySuffixes, document, last))
        {
            return new Found(EntityKind.Organization, i, end, null);
        }

        var weak = Is(WeakPlacePrepositions, document, i - 1) && end - i == 1 && !IsKnownPersonWord(document, i) && IsWeakPlaceContext(document, i - 1);
        if ((weak || (Is(PlacePrepositions, document, i - 1) && !Is(RelationWords, document, i - 2))) && !(end - i >= 2 && IsFirstName(document, i)))
        {
            return new Found(EntityKind.Location, i, end, null, Origin: FoundOrigin.Guess);
        }

        // Alone, an unknown word is a person only when it is a known surname; two or more make a full name.
        return end - i >= 2 || _gazetteers.Surnames.Contains(document.FoldedOf(i)) ? new Found(EntityKind.Person, i, end, null, Origin: FoundOrigin.Guess) : null;
    }

    // "XIXe", "XXIe", "Ier", "IIIème": a century's or a monarch's ordinal in Roman numerals, no name.
    private static bool IsRomanOrdinal(ReadOnlySpan<char> folded)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["e", "er", "eme", "ieme"])
        {
            if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal) && IsRoman(folded[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUnknownWord(Document document, int k)
    {
        var folded = document.FoldedOf(k);
        return !IsRomanOrdinal(folded) && !_gazetteers.CommonWords.Contains(folded) && !_gazetteers.Demonyms.ContainsKey(folded) && !Is(Particles, document, k)
            && !_gazetteers.Titles.TryMatch(document, k, out _, out _) && !_gazetteers.Designators.TryMatch(document, k, out _, out _);
    }
}
