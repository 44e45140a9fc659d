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
        "petrolier", "petroliere", "immobilier", "immobiliere", "premier", "premiere", "nouveau", "nouvelle", "nouveaux", "nouvelles",
        "marin", "marine", "marins", "marines", "urbain", "urbaine", "urbains", "urbaines", "alpin", "alpine", "alpins", "alpines",
        "agricole", "agricoles", "maritime", "maritimes", "moderne", "modernes", "contemporain", "contemporaine", "orthodoxe", "orthodoxes",
        "durable", "durables", "renouvelable", "renouvelables", "independant", "independante", "independants", "independantes");

    // Adjectives that stand before their noun ("des nouveaux médias", "de la grande distribution"); folded.
    private static readonly FoldedKeySet Prenominals = Set(
        "nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles", "grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites",
        "premier", "premiers", "premiere", "premieres", "haut", "hauts", "haute", "hautes", "vieux", "vieil", "vieille", "vieilles", "jeune", "jeunes",
        "bon", "bons", "bonne", "bonnes", "mauvais", "mauvaise", "mauvaises", "gros", "grosse", "grosses", "ancien", "anciens", "ancienne", "anciennes");

    // Subjunctives of tenir, venir, prendre and their compounds, whose "-nne" ending looks like an adjective's; folded.
    private static readonly FoldedKeySet VerbSubjunctives = Set(
        "tienne", "vienne", "obtienne", "soutienne", "maintienne", "appartienne", "retienne", "contienne", "detienne", "entretienne",
        "devienne", "revienne", "parvienne", "intervienne", "convienne", "provienne", "survienne", "previenne", "advienne",
        "prenne", "apprenne", "comprenne", "reprenne", "surprenne", "entreprenne");

    // Roles held in a company or a body: "le directeur de X", "les salariés de X" make X the employer; folded.
    private static readonly FoldedKeySet EmployerRoles = Set(
        "directeur", "directrice", "directeurs", "president", "presidente", "pdg", "dg", "ceo", "patron", "patronne", "patrons",
        "dirigeant", "dirigeante", "dirigeants", "fondateur", "fondatrice", "fondateurs", "cofondateur", "cofondatrice",
        "actionnaire", "actionnaires", "salarie", "salariee", "salaries", "employe", "employee", "employes", "administrateur",
        "administrateurs", "gerant", "gerante", "porte-parole", "filiale", "filiales", "usine", "usines", "siege");

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

    // Plural determiners: an unknown acronym after them is a kind of thing ("les SCA", "des PASO"), not an organisation; folded.
    private static readonly FoldedKeySet PluralDeterminers = Set("les", "des", "aux");

    // Definite articles before a name in mid-sentence ("la Juventus", "du Bivalent"); folded.
    private static readonly FoldedKeySet DefiniteArticles = Set("le", "la", "l'");

    // Prepositions before an article ("de la", "à la", "dans le", "sur le"); folded.
    private static readonly FoldedKeySet Prepositions = Set("de", "a", "dans", "sur", "sous", "vers", "pour", "par", "chez", "avec", "depuis", "entre", "contre", "apres", "avant", "pendant", "durant");

    // Determiners before an institution noun ("la Commission", "cette Assemblée"); folded.
    private static readonly FoldedKeySet InstitutionDeterminers = Set("le", "la", "les", "l'", "du", "des", "au", "aux", "cette", "ce", "cet");

    // Words after which "de X" names a place ("près de X", "les habitants de X", "originaire de X"); folded.
    private static readonly FoldedKeySet PlaceCueWords = Set(
        "pres", "loin", "autour", "originaire", "originaires", "natif", "native", "venu", "venue", "venus", "venues", "arrive", "arrivee",
        "parti", "partie", "provenance", "habitants", "habitant", "environs", "alentours", "banlieue", "periph", "peripherie", "nord", "sud",
        "est", "ouest", "centre", "maire", "depute", "deputee", "eveque", "archeveque", "prefet", "cure", "sortie", "entree", "route",
        "direction", "large", "proximite", "region", "territoire", "population", "gare", "port", "aeroport", "porte", "portes");

    // Past participles of publishing: after "publié chez", "paru aux éditions" the name is the publisher's; folded.
    private static readonly FoldedKeySet PublishingWords = Set(
        "publie", "publiee", "publies", "publiees", "paru", "parue", "parus", "parues", "edite", "editee", "edites", "editees",
        "reedite", "reeditee", "traduit", "traduite", "traduits", "imprime", "imprimee", "sorti", "sortie", "signe", "signee", "edition", "editions");

    // The end of an organisation's name whose head (and adjectives, and perhaps a first complement) ends
    // before token `end`: complements introduced by "de/des/du/d'" (an article after it), later ones by "sur",
    // "pour", "contre" and an article, coordinated ones by "et"; each complement is a capitalised name or a
    // lower-case noun, with its adjectives. The name ends before the first word that fits none of these.
    // `complemented`: the head already has a complement ("Centre de recherche"), so "sur", "pour", "contre" may
    // open the next one.
    private int OrganizationNameEnd(Document document, int end, bool complemented = false)
    {
        var tokens = document.Tokens;
        var limit = Math.Min(tokens.Length, end + MaxComplementTokens);
        var complements = complemented ? 1 : 0;
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
            else if (complements > 0 && !coordinated && Is(ComplementPrepositions, document, c) && Is(ComplementArticles, document, c + 1)
                && (!IsWord(document, c, "sur") || IsWord(document, c + 1, "les")))
            {
                // "sur le campus" says where; "sur les énergies marines" (a subject, plural) is the name's.
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

            // "le Conseil de l'Europe et de l'OSCE": a coordinated acronym or known organisation is a second name.
            if (coordinated && tokens[c].Has(TokenFlags.Capitalized) && (tokens[c].Has(TokenFlags.AllCaps) || _gazetteers.Organizations.TryMatch(document, c, out _, out _)))
            {
                break;
            }

            int next;
            // After a bare "et" only a lower-case noun goes on ("dépôts et consignations"); "X et Dupont" is a list.
            if (IsCapitalizedWord(tokens[c]) && !StartsSentence(document, c) && !(coordinated && !Is(Connectors, document, c - 1) && !Is(Articles, document, c - 1)))
            {
                // "de France", "des Nations unies": a proper name, and its adjectives; "des Amis de Benjamin
                // Constant": a person's name whole, whatever its words.
                var nameEnd = ProperNameEnd(document, c);
                if (IsFirstName(document, c))
                {
                    nameEnd = Math.Max(nameEnd, NameEnd(document, c, allowCommonFirst: true));
                }

                next = SkipNameAdjectives(document, nameEnd);
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

    // "publié chez Vaultrain", "paru aux éditions Marlière": capitalised words after a publishing word are a
    // house, even when no list knows them.
    private Found? TryPublisher(Document document, int i)
    {
        var tokens = document.Tokens;
        if (!IsCapitalizedWord(tokens[i]) || StartsSentence(document, i) || !IsPublishingContext(document, i - 1))
        {
            return null;
        }

        var end = ProperNameEnd(document, i);
        return end > i ? new Found(EntityKind.Organization, i, end, OrganizationCanonical(document, i, end)) : null;
    }

    // A publishing word right before token k+1, or "chez" after one ("publié chez").
    private static bool IsPublishingContext(Document document, int k) =>
        Is(PublishingWords, document, k) || (IsWord(document, k, "chez") && Is(PublishingWords, document, k - 1));

    // "publié chez Flammarion", "paru aux éditions Jean Dupont": after a publishing word the name is a house.
    private static Found AsPublisher(Document document, Found name)
    {
        if (name.Kind != EntityKind.Person || name.Source == GazetteerSource.User)
        {
            return name;
        }

        if (IsPublishingContext(document, name.Start - 1))
        {
            return name with { Kind = EntityKind.Organization, Canonical = null };
        }

        return name;
    }

    // "l'ancien directeur de Thomson", "PDG du Thomson CSF", "les salariés de Vaultrain": a lone surname-like word
    // after a company's role and "de" is the company (a person is named with a first name or a title there).
    private Found AsEmployer(Document document, Found name)
    {
        if (name.Kind != EntityKind.Person || name.End - name.Start != 1 || name.Source != GazetteerSource.Generated
            || !Is(Connectors, document, name.Start - 1) || IsFirstName(document, name.Start))
        {
            return name;
        }

        var role = name.Start - 2;
        if (!Is(EmployerRoles, document, role) && !(Is(EmployerRoles, document, role - 1) && IsWordToken(document, role) && IsAdjectiveLike(document, role)))
        {
            return name;
        }

        // "Thomson CSF": initials in capitals right after the name are the company's.
        var tokens = document.Tokens;
        var end = name.End;
        if (end < tokens.Length && tokens[end].IsWord && tokens[end].Has(TokenFlags.AllCaps) && tokens[end].Length is >= 2 and <= 5
            && !StartsSentence(document, end) && !NameWordLists.CommonAcronyms.Contains(document.FoldedOf(end)))
        {
            end++;
        }

        return new Found(EntityKind.Organization, name.Start, end, null);
    }

    private static bool IsWordToken(Document document, int k) => (uint)k < (uint)document.Tokens.Length && document.Tokens[k].IsWord;

    // "près de X", "les habitants de X", "originaire d'X": after "de" an unknown word is a place only when the
    // word before says "place"; "l'utilisation d'X", "la dose de X" name a product or a person as often.
    // The other weak prepositions ("depuis", "dans", "sur") say "place" on their own.
    private static bool IsWeakPlaceContext(Document document, int preposition)
    {
        if (!Is(Connectors, document, preposition))
        {
            return true;
        }

        var before = preposition - 1;
        return before < 0 || !document.Tokens[before].IsWord || Is(PlaceCueWords, document, before);
    }

    // "la Juventus", "le Bivalent": an unknown capitalised word (or several) after a definite article in
    // mid-sentence. Persons take no article in French and places with one are in the gazetteers, so what is
    // left is most often a company, a team, a newspaper: an organisation.
    private Found? TryArticleName(Document document, int i)
    {
        var tokens = document.Tokens;
        // After a preposition ("au Kursaal", "de la Vuelta") the article's noun is as often a building or an event.
        if (!IsCapitalizedWord(tokens[i]) || tokens[i].Has(TokenFlags.AllCaps) || StartsSentence(document, i) || !Is(DefiniteArticles, document, i - 1)
            || (i >= 2 && tokens[i - 2].IsWord && !tokens[i - 2].Has(TokenFlags.Capitalized) && IsPreposition(document, i - 2))
            || tokens[i].Length < 3 || tokens[i].Has(TokenFlags.Hyphenated) || !IsUnknownWord(document, i) || _gazetteers.Surnames.Contains(document.FoldedOf(i)) || IsFirstName(document, i))
        {
            return null;
        }

        var end = i + 1;
        while (end < tokens.Length && end - i < 4 && IsCapitalizedWord(tokens[end]) && !StartsSentence(document, end)
            && !tokens[end].Has(TokenFlags.AllCaps) && IsUnknownWord(document, end))
        {
            end++;
        }

        return new Found(EntityKind.Organization, i, end, null, Origin: FoundOrigin.Guess);
    }

    // "Milan AC", "Lausanne HC": a place followed by a club's initials is the club, also when the place's name
    // is a first name too and a person's rule took the initials for a surname ("Milan FC").
    private Found WithClubInitials(Document document, Found name)
    {
        var tokens = document.Tokens;
        if (name.Kind == EntityKind.Location && IsClubInitials(document, name.End))
        {
            return new Found(EntityKind.Organization, name.Start, name.End + 1, null);
        }

        return name.Kind == EntityKind.Person && name.End - name.Start == 2 && IsClubInitials(document, name.End - 1)
            && _gazetteers.Places.TryMatchExact(document, name.Start, 1, out _)
            ? new Found(EntityKind.Organization, name.Start, name.End, null)
            : name;

        bool IsClubInitials(Document document, int k) =>
            k < tokens.Length && tokens[k].IsWord && tokens[k].Has(TokenFlags.AllCaps) && !StartsSentence(document, k) && ClubInitials.Initials.Contains(document.FoldedOf(k));
    }

    // "Continental Illinois Corporation", "First Boston Corp": capitalised words in mid-sentence that a company
    // suffix ends are a company, whatever their words mean alone.
    private static Found? TryCompanyName(Document document, int i)
    {
        if (!IsCapitalizedWord(document.Tokens[i]) || StartsSentence(document, i))
        {
            return null;
        }

        var end = CompanySuffixEnd(document, i + 1);
        return end > 0 ? new Found(EntityKind.Organization, i, end, null) : null;
    }

    // "la firme Chevron Oil", "le groupe First Boston Corp": a name (a known company, a place, a guess) that a
    // company suffix follows, perhaps after more capitalised words, is one company with it.
    private static Found WithCompanyName(Document document, Found name)
    {
        if (name.Source == GazetteerSource.User || name.Kind == EntityKind.Person && name.Source != GazetteerSource.Generated)
        {
            return name;
        }

        var end = CompanySuffixEnd(document, name.End);
        return end > 0 ? new Found(EntityKind.Organization, name.Start, end, null) : name;
    }

    // The end of the company suffix that ends the capitalised words from token k on (at most three before it:
    // "Boston Corp", "Illinois Corporation", "Oil"), or -1.
    private static int CompanySuffixEnd(Document document, int k)
    {
        var tokens = document.Tokens;
        for (var j = k; j < tokens.Length && j - k < 4 && IsCapitalizedWord(tokens[j]) && !StartsSentence(document, j); j++)
        {
            if (Is(CompanySuffixes, document, j))
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static bool IsPreposition(Document document, int k) => Is(Prepositions, document, k);

    private static bool IsWord(Document document, int k, string folded) =>
        (uint)k < (uint)document.Tokens.Length && document.Tokens[k].IsWord && document.FoldedOf(k).SequenceEqual(folded);
}
