using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Organisations named by a capitalised common noun, its adjectives and a place: "Voies navigables de France",
/// "Réseau ferré de France", "Gaz de France", "Aéroports de Paris". Without this rule only the place inside
/// ("France", "Paris") was found.
/// </summary>
internal sealed partial class NameRecognizer
{
    // At most this many lower-case adjectives between the noun and "de" ("Voies navigables", "Santé publique").
    private const int MaxCommonNounAdjectives = 2;

    // Nouns of events, treaties and wars: "Tour d'Italie", "Coupe de France", "Traité de Rome", "Festival de
    // Cannes" name no organisation, and the place inside them stays a place; folded.
    private static readonly FoldedKeySet EventNouns = Set(
        "tour", "coupe", "coupes", "championnat", "championnats", "festival", "salon", "rallye", "open", "marathon", "trophee", "biennale",
        "exposition", "foire", "jeux", "prix", "traite", "traites", "accord", "accords", "sommet", "bataille", "guerre", "siege", "revolution",
        "edit", "paix", "conference", "congres", "concile", "proces", "affaire", "boucles", "classique", "semaine", "journee", "journees",
        "nuit", "fete", "fetes", "carnaval", "grand-prix", "criterium", "course", "regate", "derby", "match", "finale");

    // "Voies navigables de France a publié", "selon Gaz de France": a capitalised common noun, perhaps with
    // adjectives, then "de" and a known place. In mid-sentence the capital says "name"; at a sentence's start,
    // where every word has one, an adjective must follow the noun ("Voies navigables"), as "Nord de la France"
    // or "Habitants de Paris" have none. A title, a designator or a word of direction ("le Nord de la France")
    // is left to its own rules, and so is a word that is no noun ("Cette", "Dans", "Extrême") or a first name
    // ("Richard"); "du Nord" is a direction, no place.
    private Found? TryCommonNounName(Document document, int i)
    {
        var tokens = document.Tokens;
        var next = i + 1;
        if (next >= tokens.Length || !tokens[next].IsWord || tokens[next].Has(TokenFlags.Capitalized) || tokens[i].Has(TokenFlags.AllCaps)
            || tokens[i].Length < 3 || tokens[i].Has(TokenFlags.Elision))
        {
            return null;
        }

        // Most capitalised words (every sentence's first) have no "de" within reach: find it first, by length and
        // then by spelling, before any word list is probed.
        var connector = next;
        while (connector < tokens.Length && connector - next <= MaxCommonNounAdjectives && !(tokens[connector].Length <= 3 && Is(Connectors, document, connector)))
        {
            if (!tokens[connector].IsWord || tokens[connector].Has(TokenFlags.Capitalized))
            {
                return null;
            }

            connector++;
        }

        if (connector >= tokens.Length || connector - next > MaxCommonNounAdjectives || (connector == next && StartsSentence(document, i)))
        {
            return null;
        }

        for (var q = next; q < connector; q++)
        {
            if (!IsNameQualifier(document, q))
            {
                return null;
            }
        }

        var c = connector;

        c++;
        if (Is(Articles, document, c))
        {
            c++;
        }

        if (c >= tokens.Length || !IsCapitalizedWord(tokens[c]) || StartsSentence(document, c) || !_gazetteers.Places.TryMatch(document, c, out var count, out _)
            || Is(PlaceCueWords, document, c) || !IsComplementNoun(document, i) || IsPreposition(document, i) || IsAdjectiveLike(document, i)
            || IsFirstName(document, i) || Is(PlaceCueWords, document, i) || Is(EventNouns, document, i) || _gazetteers.Titles.TryMatch(document, i, out _, out _)
            || _gazetteers.Designators.TryMatch(document, i, out _, out _) || _gazetteers.Places.TryMatch(document, i, out _, out _))
        {
            return null;
        }

        return new Found(EntityKind.Organization, i, c + count, null);
    }

    // A lower-case word that qualifies the noun of a name: an adjective ("publique", "nationale") or a
    // participle or "-able" adjective ("ferré", "navigables").
    private bool IsNameQualifier(Document document, int k)
    {
        if (IsAdjectiveLike(document, k))
        {
            return true;
        }

        var folded = document.FoldedOf(k);
        ReadOnlySpan<string> endings = ["able", "ables", "ible", "ibles", "e", "ee", "es", "ees"];
        foreach (var ending in endings)
        {
            // Folded text has no accents: "ferré" is "ferre"; a participle's "-é" shows as "-re", "-se", "-te"…
            // so only "-able"/"-ible" and a participle known as a word pass.
            if (folded.Length > ending.Length + 3 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return ending.Length >= 4 ? _gazetteers.CommonWords.Contains(folded) : IsParticiple(document, k);
            }
        }

        return false;
    }

    // "ferré", "unis", "associées": the token as written ends in "é", "ée", "és", "ées".
    private static bool IsParticiple(Document document, int k)
    {
        var text = document.Text.AsSpan(document.Tokens[k].Start, document.Tokens[k].Length);
        return text.EndsWith("é", StringComparison.Ordinal) || text.EndsWith("ée", StringComparison.Ordinal)
            || text.EndsWith("és", StringComparison.Ordinal) || text.EndsWith("ées", StringComparison.Ordinal);
    }
}
