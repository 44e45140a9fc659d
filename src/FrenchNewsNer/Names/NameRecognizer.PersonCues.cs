using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// The evidence that lets a person's name be made of French words ("Isabelle Boulanger", "Francis Mer", "le
/// caporal Lechat"), and the persons a plural title announces ("les juges Pons et Portelli"). French surnames are
/// very often common words (the common-word list holds every inflected form: "lechat", "verges", "ferry"), so
/// the word alone proves nothing; the rules read where the words stand instead.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Closed-class words (pronouns, determiners, prepositions, conjunctions, sentence adverbs): capitalised, they
    // start a sentence or a heading, never a name, even when a first-name list holds them ("Elle", "Ange"); folded.
    private static readonly FoldedKeySet FunctionWords = Set(
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "ceci", "cela", "ça", "celui", "celle", "ceux", "celles",
        "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre",
        "nos", "votre", "vos", "leur", "leurs", "cet", "cette", "ces", "quel", "quelle", "quels", "quelles", "tout", "toute", "tous", "toutes",
        "de", "d'", "à", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "entre", "contre", "selon", "depuis",
        "pendant", "avant", "après", "et", "ou", "ni", "mais", "donc", "or", "car", "que", "qu'", "qui", "quoi", "dont", "où", "si",
        "comme", "puis", "lors", "ainsi", "aussi", "alors", "encore", "déjà", "ici", "là", "oui", "non", "ne", "pas", "plus", "moins");

    // "au", "aux": a complement after a capitalised word ("le ministre Délégué aux Transports"); folded. ("à" is
    // left out: folded, it is also the verb "a".)
    private static readonly FoldedKeySet ContractedArticles = Set("au", "aux");

    // Words after which a person's name may start with a first name that is a French word ("selon Isabelle
    // Boulanger", "avec Jules Ferry"): prepositions and conjunctions. A determiner before it ("le Soleil Levant",
    // "la Rose Blanche") or a common noun ("le collectif Soleil Levant") makes the words a thing's name; folded.
    private static readonly FoldedKeySet PersonOpeners = Set(
        "de", "d'", "à", "par", "pour", "avec", "sans", "chez", "contre", "entre", "selon", "et", "ou", "ni", "mais", "que", "qu'",
        "comme", "dont", "envers", "auprès", "nommé", "nommée", "dit", "dite");

    // A first name and a word that is also a common noun or adjective, both capitalised ("Isabelle Boulanger",
    // "Marc Blondel", "Francis Mer"): a person when nothing else explains the capitals — the second word does not
    // start a sentence and is no function word, title or designator with its complement, and what stands before
    // the first name is a sentence start, punctuation or a preposition, not an article or a noun.
    private bool IsCommonWordFullName(Document document, int first, int second)
    {
        var tokens = document.Tokens;
        if (tokens[second].Has(TokenFlags.AllCaps) || Is(FunctionWords, document, first) || Is(FunctionWords, document, second)
            || _gazetteers.Titles.TryMatch(document, second, out _, out _) || !OpensPersonName(document, first))
        {
            return false;
        }

        return !IsDesignatorWithComplement(document, second);
    }

    // "Marie Gare de Lyon", "Pierre Mer du Nord": a designator with its complement names a place; alone
    // ("Francis Mer,") it may be a surname.
    private bool IsDesignatorWithComplement(Document document, int k)
    {
        var after = k + 1;
        return _gazetteers.Designators.TryMatch(document, k, out _, out _)
            && (Is(Connectors, document, after) || Is(Articles, document, after) || (after < document.Tokens.Length && IsCapitalizedWord(document.Tokens[after])));
    }

    // After an office's "de"/"du" (at `k`, its article skipped), lower-case words then a first name and a capitalised
    // word ("du conseil régional Michel Giraud"): the index of the first name, or -1.
    private int LowerCaseComplementEnd(Document document, int k)
    {
        var tokens = document.Tokens;
        for (var limit = k + 5; k < tokens.Length && k < limit; k++)
        {
            if (IsCapitalizedWord(tokens[k]))
            {
                return !StartsSentence(document, k) && k + 1 < tokens.Length && IsCapitalizedWord(tokens[k + 1]) && IsFirstName(document, k) ? k : -1;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    // What stands before token k lets a person's name start there: a sentence start, punctuation, or a
    // preposition or conjunction.
    private bool OpensPersonName(Document document, int k)
    {
        var tokens = document.Tokens;
        if (StartsSentence(document, k))
        {
            return true;
        }

        // "son successeur Francis Mer": a role noun announces a person too.
        var before = k - 1;
        // After a dash or an opening quote the words are rather a title's ("« Blanche Neige »").
        return tokens[before].IsPunctuation ? !document.IsChar(before, '-') && !IsOpeningQuote(document, before)
            : Is(PersonOpeners, document, before) || (_gazetteers.Titles.TryMatch(document, before, out var count, out _) && count == 1);
    }

    // After a title or role ("le caporal Lechat", "Maître Vergès", "notre collègue Vitorino") a capitalised word in
    // mid-sentence is a surname even when it is also a French word — unless it is a function word, a title or
    // designator, a demonym, or takes a complement ("le directeur Général de …", "le ministre Délégué aux …").
    private bool IsSurnameAfterTitle(Document document, int j)
    {
        var tokens = document.Tokens;
        if (tokens[j].Has(TokenFlags.AllCaps) || tokens[j].Length < 3 || Is(FunctionWords, document, j) || IsTitleOrDesignator(document, j)
            || _gazetteers.Demonyms.ContainsKey(document.FoldedOf(j)))
        {
            return false;
        }

        // Right after the title, not after a bracket or a comma ("le gouverneur (Adieu Russie)"), and not before a
        // place's or organisation's name.
        var after = j + 1;
        return tokens[j - 1].IsWord && !Is(Connectors, document, after) && !Is(Articles, document, after) && !Is(ContractedArticles, document, after)
            && !(after < tokens.Length && IsCapitalizedWord(tokens[after]) && StartsNonPersonName(document, after));
    }

    // "les juges Pons et Portelli", "MM. Duff et Voggenhuber", "les généraux Charles Mast et Revers": the persons a
    // plural title announces go on after a comma or "et". Adds them to `found` and returns the token after the last.
    // After a plural title the coordinated names are announced persons, so a one-word place there is a surname
    // ("les juges Bardel et Pessac"); a longer place or an organisation still ends the list.
    private bool IsOneWordPlace(Document document, int k) =>
        !_gazetteers.Organizations.TryMatch(document, k, out _, out _) && _gazetteers.Places.TryMatch(document, k, out var count, out _) && count == 1;

    private int AddCoordinatedPersons(Document document, int i, List<Found> found)
    {
        var tokens = document.Tokens;
        while (i + 1 < tokens.Length && (document.IsChar(i, ',') || Is(ListConjunctions, document, i)))
        {
            var last = !document.IsChar(i, ',');
            var start = i + 1;
            if (!IsCapitalizedWord(tokens[start]) || tokens[start].Has(TokenFlags.AllCaps) || StartsSentence(document, start)
                || Is(FunctionWords, document, start) || IsTitleOrDesignator(document, start) || (StartsNonPersonName(document, start) && !IsOneWordPlace(document, start))
                || (IsCommon(document, start) && !IsKnownPersonWord(document, start) && !IsSurnameAfterTitle(document, start)))
            {
                break;
            }

            var end = Math.Max(NameEnd(document, start, allowCommonFirst: true), start + 1);
            found.Add(PersonAt(document, start, end));
            i = end;
            if (last)
            {
                break;
            }
        }

        return i;
    }
}
