using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Designator phrases: a noun that, with a proper name, forms a place ("cosmodrome de Vostotchny", "salle X")
/// or an organisation ("ministère de la Défense", "l'agence Ria Novosti"), the proper name after it, and the
/// adjectives that qualify it.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Designator phrases: "cosmodrome de Vostotchny", "région de Primorye", "île Rousski" (Location, with
    // the designator); "l'agence Ria Novosti", "l'agence de presse officielle nord-coréenne KCNA" (the
    // name alone); "ministère de la Défense", "Université fédérale d'Extrême-Orient" (with the designator).
    private Found? TryDesignator(Document document, int i, int hash)
    {
        if (!_gazetteers.Designators.TryMatch(document, i, hash, out var count, out var designator))
        {
            return null;
        }

        var tokens = document.Tokens;
        var capitalized = tokens[i].Has(TokenFlags.Capitalized) && !StartsSentence(document, i);
        var j = i + count;
        var adjectives = 0;
        while (j < tokens.Length && tokens[j].IsWord && !tokens[j].Has(TokenFlags.Capitalized) && !tokens[j].Has(TokenFlags.Elision)
            && !Is(Connectors, document, j) && adjectives < 3 && IsAdjectiveLike(document, j))
        {
            j++;
            adjectives++;
        }

        if (designator.Category is "agency" or "media" && IsOpeningQuote(document, j) && QuotedNameEnd(document, j) is var quotedEnd && quotedEnd > 0)
        {
            // "le quotidien « Le Courrier »", "le journal \"Tribune libre\"": the quoted title is the organisation.
            return new Found(EntityKind.Organization, j + 1, quotedEnd, OrganizationCanonical(document, j + 1, quotedEnd));
        }

        var connected = false;
        var nameStart = j;
        if (Is(Connectors, document, j))
        {
            connected = true;
            nameStart = j + 1;
            if (Is(Articles, document, nameStart))
            {
                nameStart++;
            }
        }

        // "LE GOUVERNEMENT REJETTE": in capitals, a French word straight after the designator is a headline's verb.
        var hasName = nameStart < tokens.Length && IsCapitalizedWord(tokens[nameStart]) && !StartsSentence(document, nameStart)
            && !(tokens[nameStart].Has(TokenFlags.AllCaps) && NameWordLists.CommonAcronyms.Contains(document.FoldedOf(nameStart)))
            && !(!connected && tokens[nameStart].Has(TokenFlags.AllCaps) && IsCommon(document, nameStart) && !IsAdjectiveLike(document, nameStart));
        var nameEnd = hasName ? ProperNameEnd(document, nameStart) : nameStart;
        if (hasName && nameEnd == nameStart)
        {
            hasName = false;
        }

        if (designator.Kind == EntityKind.Location)
        {
            // "la place de Melchior Mauri" (his rank), not a square: a person's name is no place's.
            if (!hasName || _gazetteers.Persons.TryMatch(document, nameStart, out _, out _)
                || (nameEnd - nameStart >= 2 && IsFirstName(document, nameStart) && !_gazetteers.Places.TryMatch(document, nameStart, out _, out _)))
            {
                return null;
            }

            // "la Ville de Paris", "la Commune de X": a settlement's noun with a capital in mid-sentence is its council.
            if (designator.Category == "settlement" && capitalized && connected && count == 1)
            {
                return new Found(EntityKind.Organization, i, nameEnd, OrganizationCanonical(document, i, nameEnd));
            }

            // "ville de X", "frontière de X", "région de la Russie": the designator says what the name is, not
            // part of it; a country keeps its own name.
            if (designator.Category == "settlement" || IsBareBorder(designator) || IsCountry(document, nameStart, nameEnd))
            {
                return IsCommon(document, nameStart) && !_gazetteers.Places.TryMatch(document, nameStart, out _, out _)
                    ? null
                    : LocationAt(document, nameStart, nameEnd);
            }

            // A street's name may be a capitalised adjective ("place Fédérale", "rue Centrale").
            if (!connected && IsCommon(document, nameStart) && !tokens[i].Has(TokenFlags.Capitalized) && designator.Category != "street")
            {
                return null;
            }

            return new Found(EntityKind.Location, i, nameEnd, null, Origin: designator.Category == "street" ? FoundOrigin.Street : FoundOrigin.Rule);
        }

        var agency = designator.Category is "agency" or "media";
        if (hasName && !connected && (agency || !capitalized))
        {
            // "l'agence TASS", "le groupe Wagner": the name alone is the organisation ("l'Agence de X" names itself whole).
            if (IsCommon(document, nameStart) && !tokens[nameStart].Has(TokenFlags.AllCaps))
            {
                return null;
            }

            return new Found(EntityKind.Organization, nameStart, nameEnd, OrganizationCanonical(document, nameStart, nameEnd));
        }

        if (capitalized || tokens[i].Has(TokenFlags.Capitalized))
        {
            // "Université fédérale d'Extrême-Orient", "Banque mondiale", "Ministère de la Défense"; a capitalised
            // designator with a name straight after it names itself too ("Galerie Potterat", "GALERIE MEUSA").
            // A letter or a number is a rank, not a name ("Groupe B", "Ligue A").
            // After an adjective a capitalised word starts something else ("Conseil constitutionnel Jean Dupont").
            var named = hasName && (connected || (capitalized && adjectives == 0 && tokens[nameStart].Length >= 2));
            if (!named && count == 1 && tokens[i].Has(TokenFlags.AllCaps) && NameWordLists.CommonAcronyms.Contains(document.FoldedOf(i)))
            {
                // "des ONG locales": a designator that is a kind of thing in capitals names nothing alone.
                return null;
            }

            var end = named ? SkipNameAdjectives(document, nameEnd) : j;
            if (capitalized || connected)
            {
                // "Fédération nationale des travaux publics", "Caisse des dépôts et consignations": a capitalised head
                // takes its complements in lower case as the French write organisations' names.
                end = OrganizationNameEnd(document, end, complemented: named || count > 1 && Is(Connectors, document, i + 1));
            }

            if (end - i < 2 || (!capitalized && !(connected && end > j)))
            {
                return null;
            }

            return new Found(EntityKind.Organization, i, end, OrganizationCanonical(document, i, end));
        }

        if (hasName && connected)
        {
            if (TrySeatNamedInstitution(document, i, designator, nameEnd) is { } seat)
            {
                return seat;
            }

            // "ministère de la Défense", "flotte russe du Pacifique"; but "gouvernement de la Russie" is Russie.
            if (_gazetteers.Places.TryMatch(document, nameStart, out var placeCount, out _) && nameStart + placeCount >= nameEnd
                && designator.Category is not ("education" or "finance" or "military-unit"))
            {
                return null;
            }

            // In lower case only a ministry, a school, a bank or an armed force names itself this way; a
            // "comité de X" or "direction de X" is a common noun with a complement.
            if (designator.Category is not ("education" or "finance" or "military-unit") && !IsMinistry(designator))
            {
                return null;
            }

            // "ministère des Affaires étrangères": the name's adjectives and further complements are the ministry's.
            var end = IsMinistry(designator) ? OrganizationNameEnd(document, SkipNameAdjectives(document, nameEnd)) : nameEnd;
            return new Found(EntityKind.Organization, i, end, OrganizationCanonical(document, i, end));
        }

        if (connected && !hasName && IsMinistry(designator))
        {
            // "le ministère de la justice", "du ministère de l'économie et des finances": a ministry is one in any case.
            var end = OrganizationNameEnd(document, j);
            return end > j ? new Found(EntityKind.Organization, i, end, OrganizationCanonical(document, i, end)) : null;
        }

        return null;
    }

    // The end of a proper name after a designator: a gazetteer name if one starts here, else capitalised
    // words (hyphenated, with digits: "Artiom-Primorsky-1").
    private int ProperNameEnd(Document document, int start)
    {
        var tokens = document.Tokens;
        var bestGazetteer = 0;
        if (_gazetteers.Places.TryMatch(document, start, out var count, out _))
        {
            bestGazetteer = count;
        }

        if (_gazetteers.Organizations.TryMatch(document, start, out count, out _) && count > bestGazetteer)
        {
            bestGazetteer = count;
        }

        var k = start;
        while (k < tokens.Length && k - start < 4 && IsCapitalizedWord(tokens[k]) && (k == start || !StartsSentence(document, k)))
        {
            if (k > start && IsCommon(document, k) && !tokens[k].Has(TokenFlags.AllCaps))
            {
                break;
            }

            k++;
        }

        return Math.Max(k, start + bestGazetteer);
    }

    private static bool IsMinistry(DesignatorInfo designator) =>
        TextFolding.Fold(designator.Designator).StartsWith("minist", StringComparison.Ordinal)
        || TextFolding.Fold(designator.Designator).StartsWith("secretariat", StringComparison.Ordinal);

    // "la frontière de la Russie" names the country, not a place called "frontière de …"; a
    // "poste-frontière de Khassan" is a facility and keeps its designator.
    private static bool IsBareBorder(DesignatorInfo designator) =>
        designator.Category == "border" && TextFolding.Fold(designator.Designator).StartsWith("frontiere", StringComparison.Ordinal);

    private bool IsCountry(Document document, int start, int end) =>
        _gazetteers.Places.TryMatchExact(document, start, end - start, out var place)
        && place.Primary.Type is PlaceType.Country or PlaceType.Territory;

    // A lower-case word after a designator that qualifies it ("aérienne", "fédérale", "nord-coréenne"),
    // as opposed to a verb or a function word: a demonym, or a common word with an adjective ending.
    private bool IsAdjectiveLike(Document document, int j)
    {
        var folded = document.FoldedOf(j);
        if (_gazetteers.Demonyms.ContainsKey(folded))
        {
            return true;
        }

        if (folded.Length < 5)
        {
            return false;
        }

        if (NameAdjectives.Contains(folded))
        {
            return true;
        }

        // "Office indochinois", "Académie suédoise": a people's adjective that the demonym list lacks ("-fois" is an adverb).
        if ((folded.EndsWith("ois", StringComparison.Ordinal) || folded.EndsWith("oise", StringComparison.Ordinal) || folded.EndsWith("oises", StringComparison.Ordinal))
            && !folded.EndsWith("fois", StringComparison.Ordinal) && _gazetteers.CommonWords.Contains(folded))
        {
            return true;
        }

        // Adjective endings only: a bare "-e" is as often a verb that ends the name ("l'Union européenne compte").
        ReadOnlySpan<string> endings = ["ale", "al", "aux", "ique", "ienne", "ien", "elle", "el", "aire", "ive", "if", "ales", "iques", "aires", "nne", "nnes", "iste", "istes", "ieur", "ieure", "ieurs", "ieures", "els", "elles", "iens", "ifs", "ives", "ier", "iers", "iere", "ieres"];
        foreach (var ending in endings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal) && !folded.EndsWith("ent", StringComparison.Ordinal))
            {
                return folded[^1] != 't' && _gazetteers.CommonWords.Contains(folded) && !IsVerbLikeNne(folded);
            }
        }

        return false;
    }

    // "le Parlement européen donne", "qu'il tienne": a verb form with an adjective's "-nne" ending ends the name.
    // "-onne", "-enne", "-anne" whose stem takes the infinitive's "r" ("donne": donner) is a verb; so are the
    // subjunctives of tenir, venir and prendre ("tienne", "devienne", "comprenne").
    private bool IsVerbLikeNne(ReadOnlySpan<char> folded)
    {
        if (!folded.EndsWith("nne", StringComparison.Ordinal) || folded.Length > 32)
        {
            return false;
        }

        if (folded.EndsWith("tienne", StringComparison.Ordinal) || folded.EndsWith("vienne", StringComparison.Ordinal)
            || folded.EndsWith("prenne", StringComparison.Ordinal))
        {
            // Subjunctives are short or prefixed verbs; adjectives in "-tienne" are longer and most are demonyms.
            return VerbSubjunctives.Contains(folded);
        }

        Span<char> infinitive = stackalloc char[folded.Length + 1];
        folded.CopyTo(infinitive);
        infinitive[^1] = 'r';
        return _gazetteers.CommonWords.Contains(infinitive);
    }
}
