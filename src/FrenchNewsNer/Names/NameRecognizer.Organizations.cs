using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// The grammar of organisations' names, the complement of a role, and the contexts that decide a name's kind:
/// a head noun and its adjectives take their complements up to the first word that cannot continue a name
/// ("la Fédération nationale des travaux publics", "la Caisse des dépôts et consignations", "le Centre de
/// recherche sur les énergies marines"), a capitalised institution noun alone is an institution ("la
/// Commission"), a role's complement keeps its names when a person follows ("le porte-parole du Kremlin,
/// Dmitri Peskov"), a dispatch's credit in brackets is its agency ("(afp)"), a house publishes books ("publié
/// chez X").
/// </summary>
internal sealed partial class NameRecognizer
{
    // At most this many tokens of complements after an organisation's head and adjectives.
    private const int MaxComplementTokens = 12;

    // Adjectives of organisations' names whose ending does not say "adjective" ("Cour suprême", "Haute
    // autorité", "Nations unies", "ministère des Affaires étrangères"); folded.
    private static readonly FoldedKeySet NameAdjectives = Set(
        "supreme", "supremes", "haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "etranger", "etrangere", "etrangers", "etrangeres",
        "uni", "unie", "unis", "unies", "libre", "libres", "autonome", "autonomes", "democrate", "democrates", "republicain", "republicaine",
        "republicains", "republicaines", "souverain", "souveraine", "public", "publics", "civil", "civile", "civils", "civiles",
        "grand", "grande", "grands", "grandes", "commun", "commune", "communs", "communes", "permanent", "permanente", "permanents",
        "permanentes", "rouge", "rouges", "vert", "verte", "verts", "vertes", "blanc", "blanche", "noir", "noire", "protestant", "protestante",
        "musulman", "musulmane", "humain", "humaine", "humains", "humaines", "hospitalier", "hospitaliere", "hospitaliers", "hospitalieres",
        "ouvrier", "ouvriere", "ouvriers", "ouvrieres", "financier", "financiere", "financiers", "financieres", "routier", "routiere",
        "petrolier", "petroliere", "immobilier", "immobiliere", "premier", "premiere", "nouveau", "nouvelle", "nouveaux", "nouvelles");

    // Adjectives that stand before their noun ("des nouveaux médias", "de la grande distribution"); folded.
    private static readonly FoldedKeySet Prenominals = Set(
        "nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles", "grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites",
        "premier", "premiers", "premiere", "premieres", "haut", "hauts", "haute", "hautes", "vieux", "vieil", "vieille", "vieilles", "jeune", "jeunes",
        "bon", "bons", "bonne", "bonnes", "mauvais", "mauvaise", "mauvaises", "gros", "grosse", "grosses", "ancien", "anciens", "ancienne", "anciennes");

    // Prepositions that may open a later complement of an organisation's name ("Centre de recherche sur les
    // énergies marines", "Haut-Commissariat des Nations unies pour les réfugiés"); folded.
    private static readonly FoldedKeySet ComplementPrepositions = Set("sur", "pour", "contre");

    // Articles after such a preposition ("pour les réfugiés", "contre le cancer"); folded.
    private static readonly FoldedKeySet ComplementArticles = Set("le", "la", "l'", "les");

    // Lower-case words that never head a complement of a name: determiners, pronouns, quantifiers and the
    // words of time ("la Commission de jeudi", "le Conseil des ministres de ce mois"); folded.
    private static readonly FoldedKeySet NonComplementWords = Set(
        "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "un", "une",
        "tout", "tous", "toute", "toutes", "plus", "moins", "nombreux", "nombreuses", "certains", "certaines", "plusieurs", "chaque",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "hier", "demain", "jour", "jours", "semaine", "semaines", "mois",
        "an", "ans", "annee", "annees", "matin", "soir", "siecle", "siecles", "fois", "temps", "heure", "heures", "debut", "fin", "milieu",
        "part", "cadre", "sein", "nom", "cas", "facon", "maniere", "suite", "lors", "pres", "loin", "autre", "autres", "meme", "memes",
        "qui", "que", "quoi", "dont", "ou", "il", "elle", "ils", "elles", "on", "nous", "vous", "y", "en", "se", "ne", "pas");

    // Words that continue a name in coordination ("dépôts et consignations", "de l'économie et des finances"); folded.
    private static readonly FoldedKeySet Coordinators = Set("et");

    // Determiners before an institution noun ("la Commission", "cette Assemblée"); folded.
    private static readonly FoldedKeySet InstitutionDeterminers = Set("le", "la", "les", "l'", "du", "des", "au", "aux", "cette", "ce", "cet");

    // Past participles of publishing: after "publié chez", "paru aux éditions" the name is the publisher's; folded.
    private static readonly FoldedKeySet PublishingWords = Set(
        "publie", "publiee", "publies", "publiees", "paru", "parue", "parus", "parues", "edite", "editee", "edites", "editees",
        "reedite", "reeditee", "traduit", "traduite", "traduits", "imprime", "imprimee", "sorti", "sortie", "signe", "signee", "edition", "editions");

    // The end of an organisation's name whose head (and adjectives, and perhaps a first complement) ends
    // before token `end`: complements introduced by "de/des/du/d'" (an article after it), later ones by "sur",
    // "pour", "contre" and an article, coordinated ones by "et"; each complement is a capitalised name or a
    // lower-case noun, with its adjectives. The name ends before the first word that fits none of these.
    private int OrganizationNameEnd(Document document, int end)
    {
        var tokens = document.Tokens;
        var limit = Math.Min(tokens.Length, end + MaxComplementTokens);
        var complements = 0;
        while (end < limit)
        {
            var c = end;
            var coordinated = false;
            if (complements > 0 && Is(Coordinators, document, c))
            {
                c++;
                coordinated = true;
            }

            var bare = false;
            if (Is(Connectors, document, c))
            {
                c++;
                bare = true;
                if (Is(Articles, document, c))
                {
                    c++;
                    bare = false;
                }
            }
            else if (complements > 0 && !coordinated && Is(ComplementPrepositions, document, c) && Is(ComplementArticles, document, c + 1))
            {
                c += 2;
            }
            else if (!coordinated)
            {
                break;
            }

            if (c >= limit || !tokens[c].IsWord || tokens[c].Has(TokenFlags.Elision) || tokens[c].Has(TokenFlags.HasDigit))
            {
                break;
            }

            int next;
            if (IsCapitalizedWord(tokens[c]) && !StartsSentence(document, c))
            {
                // "de France", "des Nations unies": a proper name, and its adjectives.
                next = SkipNameAdjectives(document, ProperNameEnd(document, c));
            }
            else if (!tokens[c].Has(TokenFlags.Capitalized) && IsComplementNoun(document, c) && !(bare && IsInfinitiveLike(document, c)))
            {
                // "des travaux publics", "d'émission", "et consignations"; "des nouveaux médias": an adjective before
                // its noun takes the noun.
                next = c + 1;
                if (Prenominals.Contains(document.FoldedOf(c)))
                {
                    if (!(next < limit && tokens[next].IsWord && !tokens[next].Has(TokenFlags.Capitalized) && IsComplementNoun(document, next)))
                    {
                        break;
                    }

                    next++;
                }

                next = SkipNameAdjectives(document, next);
            }
            else
            {
                break;
            }

            end = Math.Min(next, limit);
            complements++;
        }

        return end;
    }

    // "de revoir", "de faire": after a bare "de" a word with an infinitive's ending is a verb, not a complement.
    private static bool IsInfinitiveLike(Document document, int k)
    {
        var folded = document.FoldedOf(k);
        return folded.EndsWith("er", StringComparison.Ordinal) || folded.EndsWith("ir", StringComparison.Ordinal) || folded.EndsWith("dre", StringComparison.Ordinal);
    }

    // A lower-case word that may head a complement in a name: a French word, not a function word or a word of time.
    private bool IsComplementNoun(Document document, int k)
    {
        var folded = document.FoldedOf(k);
        return folded.Length >= 3 && !NonComplementWords.Contains(folded) && !Is(Particles, document, k) && _gazetteers.CommonWords.Contains(folded);
    }

    // Past the adjectives (at most three) that follow a name at token k ("Affaires étrangères", "travaux publics").
    private int SkipNameAdjectives(Document document, int k)
    {
        var tokens = document.Tokens;
        var start = k;
        while (k < tokens.Length && k - start < 3 && tokens[k].IsWord && !tokens[k].Has(TokenFlags.Capitalized) && !tokens[k].Has(TokenFlags.Elision)
            && !Is(Connectors, document, k) && IsAdjectiveLike(document, k))
        {
            k++;
        }

        return k;
    }

    // "la Commission a proposé", "le Parlement a voté", "l'Union": an institution noun with a capital in
    // mid-sentence, after a determiner and alone, is the institution the text has in mind.
    private Found? TryInstitution(Document document, int i)
    {
        var tokens = document.Tokens;
        if (!IsCapitalizedWord(tokens[i]) || tokens[i].Has(TokenFlags.AllCaps) || StartsSentence(document, i)
            || !Is(InstitutionDeterminers, document, i - 1) || !NameWordLists.InstitutionNouns.Contains(document.FoldedOf(i)))
        {
            return null;
        }

        var next = i + 1;
        return next < tokens.Length && IsCapitalizedWord(tokens[next]) && !StartsSentence(document, next)
            ? null
            : new Found(EntityKind.Organization, i, OrganizationNameEnd(document, SkipNameAdjectives(document, next)), null);
    }

    // "(afp)", "(Reuters)", "(AFP/Reuters)": a known organisation alone in brackets, in any case, is the
    // dispatch's credit (written in capitals it is found as a name already).
    private Found? TryAgencyCredit(Document document, int i)
    {
        var tokens = document.Tokens;
        if (!tokens[i].IsWord || tokens[i].Length < 2 || !(document.IsChar(i - 1, '(') || document.IsChar(i - 1, '/'))
            || !(document.IsChar(i + 1, ')') || document.IsChar(i + 1, '/')) || !_gazetteers.Organizations.ContainsSingleToken(document.FoldedOf(i)))
        {
            return null;
        }

        // The bracket opens at most two credits before ("(afp/reuters)").
        var open = i - 1;
        while (open > 0 && open > i - 5 && document.IsChar(open, '/'))
        {
            open -= 2;
        }

        return document.IsChar(open, '(') ? new Found(EntityKind.Organization, i, i + 1, null) : null;
    }

    // The names inside tokens [from, to) that a rule skipped to reach a person ("du Kremlin" in "le porte-parole
    // du Kremlin, Dmitri Peskov"): each taken as the main pass would, if it ends inside the range.
    private void AddNamesBetween(Document document, int from, int to, Layout layout, List<NameMatch> matches, List<Found> found)
    {
        var tokens = document.Tokens;
        var k = from;
        while (k < to)
        {
            if (tokens[k].IsWord && !tokens[k].Has(TokenFlags.Elision) && FindAt(document, k, layout, matches, out var name)
                && name.Start >= k && name.End <= to && name.Kind != EntityKind.Person)
            {
                found.Add(name);
                k = name.End;
            }
            else
            {
                k++;
            }
        }
    }

    // "publié chez Flammarion", "paru aux éditions Jean Dupont": after a publishing word the name is a house.
    private static Found AsPublisher(Document document, Found name)
    {
        if (name.Kind != EntityKind.Person || name.Source == GazetteerSource.User)
        {
            return name;
        }

        var before = name.Start - 1;
        if (Is(PublishingWords, document, before) || (IsWord(document, before, "chez") && Is(PublishingWords, document, before - 1)))
        {
            return name with { Kind = EntityKind.Organization, Canonical = null };
        }

        return name;
    }

    private static bool IsWord(Document document, int k, string folded) =>
        (uint)k < (uint)document.Tokens.Length && document.Tokens[k].IsWord && document.FoldedOf(k).SequenceEqual(folded);
}
