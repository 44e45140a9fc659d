using System.Buffers;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Finds persons, organisations and places: gazetteer names (user entries over the built-in data), then
/// rules that reach names no list holds — a title or role cue before capitalised words ("le gouverneur X"),
/// a known first name before capitalised words, a designator with a proper name ("cosmodrome de X",
/// "l'agence X", "ministère de X"), an acronym in capitals — and last an in-document propagation pass:
/// a later capitalised word of a name already found takes that name's kind ("Ria" after "Ria Novosti").
/// The rules that read a text's layout (results lists, country codes, club initials, quoted titles, house
/// numbers, OCR dashes and line-end hyphens, coordinated lists, match lines) are in NameRecognizer.Layout.cs;
/// the person rules in .Persons.cs, designator phrases in .Designators.cs, the grammar of organisations'
/// names and the contexts that decide a name's kind in .Organizations.cs, town clubs in .Sports.cs, the
/// last-resort guess in .Unknown.cs.
/// </summary>
/// <remarks>
/// One left-to-right pass over the tokens plus one propagation pass; every test is a hash probe on a
/// folded token span (<see cref="NameIndex{T}"/>, <see cref="FoldedMap{TValue}"/>), so time is linear in
/// the document. A capitalised common word ("Selon", "Puis", "Lors") is never a name on its own: only a
/// gazetteer entry or a cue makes it one.
/// </remarks>
internal sealed partial class NameRecognizer : IEntityRecognizer
{
    // Name particles that may sit between capitalised parts of a person's name ("Charles de Gaulle",
    // "Ursula von der Leyen", "Ben Ali"); folded.
    private static readonly FoldedKeySet Particles = Set("de", "du", "des", "d'", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "le", "la", "ben", "bin", "ibn", "al", "el");

    // Words that link a designator to its proper name ("gare d'Artiom", "région de Primorye"); folded.
    private static readonly FoldedKeySet Connectors = Set("de", "d'", "du", "des");

    // Articles that may follow a connector ("de la Défense", "de l'Intérieur"); folded.
    private static readonly FoldedKeySet Articles = Set("la", "l'", "les");

    // Prepositions that announce a place before an unknown capitalised word ("à Montreux", "en Valais"); folded.
    private static readonly FoldedKeySet PlacePrepositions = Set("à", "en", "au", "aux", "vers");

    // Adjectives that carve a region out of a country or continent ("Europe centrale", "Suisse romande");
    // demonyms do the same ("Afrique noire" aside) and come from the demonym list.
    private static readonly FoldedKeySet RegionAdjectives = Set(
        "centrale", "central", "orientale", "oriental", "occidentale", "occidental", "septentrionale", "septentrional",
        "méridionale", "méridional", "romande", "alémanique", "continentale", "insulaire", "australe", "boréale");

    // Prepositions after which an unknown capitalised word is more often a place than a person ("de Coppet"),
    // unless it is a known surname or first name.
    private static readonly FoldedKeySet WeakPlacePrepositions = Set("de", "d'", "du", "depuis", "dans", "sur");

    // Words that end a company's name ("Chevron Oil", "RJR Nabisco Inc", "Nestlé SA"); folded.
    private static readonly FoldedKeySet CompanySuffixes = Set(
        "corp", "corporation", "inc", "ltd", "sa", "ag", "gmbh", "brothers", "company", "co", "group", "holding", "oil", "motors", "airlines", "bank",
        "sas", "sasu", "sarl", "eurl", "snc", "sca", "gie", "llc", "plc", "nv", "bv");

    // Legal forms written in capitals after a company's name ("Ressac SAS", "Martin SARL", "Siemens AG"):
    // they make the word before an organisation even when it is also a French word; folded.
    private static readonly FoldedKeySet LegalForms = Set("sa", "sas", "sasu", "sarl", "eurl", "snc", "sca", "gie", "llc", "plc", "ag", "gmbh", "nv", "bv");

    // Determiners that introduce an organisation's acronym ("la CGT", "du FMI", "l'OTAN"); folded.
    private static readonly FoldedKeySet Determiners = Set("le", "la", "les", "l'", "du", "des", "au", "aux");

    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    private readonly NameGazetteers _gazetteers;

    /// <summary>Creates the recogniser over <paramref name="gazetteers"/> (built-in data with the user's entries over it).</summary>
    public NameRecognizer(NameGazetteers gazetteers) => _gazetteers = gazetteers;

    public EntityKindSet Produces => NameKinds;

    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var layout = ReadLayout(document, scratch);
        try
        {
            Recognize(document, context, output, layout, scratch);
        }
        finally
        {
            // The layout's per-token array is pooled.
            layout.Return();
            if (scratch.Clear())
            {
                t_scratch = scratch;
            }
        }
    }

    private void Recognize(Document document, RecognitionContext context, List<Candidate> output, Layout layout, Scratch scratch)
    {
        var tokens = document.Tokens;
        var found = scratch.Found;
        var matches = scratch.Matches;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].IsWord || tokens[i].Has(TokenFlags.Elision))
            {
                i++;
                continue;
            }

            var has = FindAt(document, i, layout, matches, out var best);
            if (!has && tokens[i].Has(TokenFlags.Capitalized) && TrySplitPlaces(document, i, out var first, out var second))
            {
                // "le match Arosa-Lausanne", "l'étape Alcudia-Alcudia": two places joined by a hyphen.
                found.Add(first);
                found.Add(second);
                i++;
                continue;
            }

            if (!has && TryBareDistrict(document, i) is { } district)
            {
                best = district;
                has = true;
            }

            if (has)
            {
                best = WithDistrictOrdinal(document, i, best);
                best = WithClubInitials(document, WithCompanyName(document, WithCompanySuffix(document, best)));
                best = WithHouseNumber(document, best, found);
                if (best.Kind == EntityKind.Person)
                {
                    best = best with { CharEnd = GluedDashEnd(document, best.Start, best.End) };
                }

                if (best.Start > i + 1)
                {
                    // "le porte-parole du Kremlin, Dmitri Peskov": the role's complement, skipped on the way to the
                    // person, may hold names of its own.
                    AddNamesBetween(document, i + 1, best.Start, layout, matches, found);
                }

                best = AsEmployer(document, AsPublisher(document, best));
                found.Add(best);
                i = best.End;
                if (best.Origin == FoundOrigin.PluralTitle)
                {
                    i = AddCoordinatedPersons(document, i, found);
                }

                if (best.Kind == EntityKind.Person && TryCountryCode(document, i, out var code))
                {
                    found.Add(code);
                    i = code.End;
                }
            }
            else
            {
                i++;
            }
        }

        PropagateAcrossLists(document, found, scratch);
        MarkMatchTeams(document, found);
        MarkTownTeams(document, found);
        Propagate(document, found, scratch.WordKinds, scratch.Added);
        foreach (var name in found)
        {
            if (context.Kinds.Contains(name.Kind))
            {
                var start = name.CharStart > 0 ? name.CharStart : tokens[name.Start].Start;
                var end = name.CharEnd > 0 ? name.CharEnd : tokens[name.End - 1].End;
                output.Add(new Candidate(name.Kind, start, end, Canonical: name.Canonical));
            }
        }
    }

    // The best name starting at token i (a word, not an elided article), by every rule: the one reaching furthest.
    private bool FindAt(Document document, int i, Layout layout, List<NameMatch> matches, out Found best)
    {
        var tokens = document.Tokens;
        best = default;
        var has = false;
        if (layout.Entries.Count > 0 && layout.Entries.TryGetValue(i, out var entry) && !IsKnownNonPersonEntry(document, entry))
        {
            // A results-list entry ("3. Tchmil (Be)", "9. L. Jalabert") is a competitor, whatever its words look like.
            best = entry;
            has = true;
        }
        else
        {
            // The token is looked up in the name, title and designator indexes that may hold a name starting
            // with it (for most lower-case words, none): hash it once for them.
            var indexes = _gazetteers.IndexesStartingAt(document, i);
            var hash = document.HashOf(i);
            if ((indexes & NameIndexes.Names) != 0)
            {
                Consider(TryGazetteer(document, i, hash, matches), ref best, ref has);
            }

            if ((indexes & NameIndexes.Titles) != 0)
            {
                Consider(TryTitle(document, i, hash), ref best, ref has);
            }

            // The rules but the club's (a capital inside: "HCD") find nothing at a token without a capital.
            var cased = (tokens[i].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != 0;
            if (cased)
            {
                Consider(TryFirstName(document, i), ref best, ref has);
            }

            if ((indexes & NameIndexes.Designators) != 0)
            {
                Consider(TryDesignator(document, i, hash), ref best, ref has);
            }

            if (cased)
            {
                Consider(TryAcronym(document, i), ref best, ref has);
                Consider(TryInitial(document, i), ref best, ref has);
            }

            // Without a capital, only initials of two to four letters with capitals inside can be a club's.
            if (cased || tokens[i].Length is >= 2 and <= 4)
            {
                Consider(TryClub(document, i), ref best, ref has);
            }

            if (cased && (!has || best.End == i + 1))
            {
                Consider(TryBrokenWord(document, i), ref best, ref has);
            }

            if (cased && !has)
            {
                Consider(TryGluedHead(document, i), ref best, ref has);
            }

            if (cased && !has && !layout.InQuotedTitle(i))
            {
                Consider(TryPublisher(document, i), ref best, ref has);
                Consider(TryCompanyName(document, i), ref best, ref has);
                Consider(TryCommonNounName(document, i), ref best, ref has);
                Consider(TryArticleName(document, i), ref best, ref has);
                Consider(TryUnknownName(document, i), ref best, ref has);
            }

            if (cased && (!has || (best.End == i + 1 && best.Source == GazetteerSource.Generated && best.Kind != EntityKind.Organization))
                && TryInstitution(document, i) is { } institution)
            {
                // "la Commission", "l'Union": the institution outranks a one-word place or person of that spelling.
                best = institution;
                has = true;
            }

            if (!has && !cased)
            {
                Consider(TryAgencyCredit(document, i), ref best, ref has);
            }
        }

        return has;
    }

    // "Salomon Brothers", "Gulf Oil", "First Boston Corp": a capitalised company suffix at the end of a name, or
    // right after it, makes the whole an organisation — whatever the first words looked like.
    private static Found WithCompanySuffix(Document document, Found name)
    {
        if (name.Source != GazetteerSource.Generated || name.Kind == EntityKind.Organization && name.Canonical is not null)
        {
            return name;
        }

        var tokens = document.Tokens;
        if (name.End < tokens.Length && IsCapitalizedWord(tokens[name.End]) && Is(CompanySuffixes, document, name.End) && !StartsSentence(document, name.End))
        {
            return new Found(EntityKind.Organization, name.Start, name.End + 1, null);
        }

        return name.End - name.Start >= 2 && Is(CompanySuffixes, document, name.End - 1) && tokens[name.End - 1].Has(TokenFlags.Capitalized)
            ? name with { Kind = EntityKind.Organization, Canonical = null }
            : name;
    }

    // Keeps the candidate reaching furthest; at equal reach the earlier rule (gazetteer first) stays.
    private static void Consider(Found? candidate, ref Found best, ref bool has)
    {
        if (candidate is { } c && (!has || c.End > best.End))
        {
            best = c;
            has = true;
        }
    }

    // `hash` is FoldedHash.Of token i's folded form.
    private Found? TryGazetteer(Document document, int i, int hash, List<NameMatch> matches)
    {
        matches.Clear();
        _gazetteers.MatchAll(document, i, hash, matches);
        NameMatch? best = null;
        foreach (var m in matches)
        {
            if (best is null || m.TokenCount > best.Value.TokenCount || (m.TokenCount == best.Value.TokenCount && m.Source > best.Value.Source))
            {
                best = m;
            }
        }

        if (best is not { } match)
        {
            return null;
        }

        var token = document.Tokens[i];

        // A generated one-word name that is also a common word ("Puis", "Nice", "Lors") is only trusted
        // in mid-sentence, where its capital says it is a name.
        if (match.TokenCount == 1 && match.Source == GazetteerSource.Generated
            && (StartsSentenceOrItem(document, i) || !token.Has(TokenFlags.Capitalized)) && IsCommon(document, i))
        {
            return null;
        }

        // A word in capitals inside a line of capitals is a headline, not an acronym.
        if (match.TokenCount == 1 && match.Source != GazetteerSource.User && token.Has(TokenFlags.AllCaps)
            && IsShoutedLine(document, i) && IsCommon(document, i))
        {
            return null;
        }

        // Three-letter or shorter French words ("Un", "Mon", "Sur") are towns somewhere, but far more often words.
        if (match.TokenCount == 1 && match.Source == GazetteerSource.Generated && token.Length < 4 && IsCommon(document, i))
        {
            return null;
        }

        // "Suisse romande", "Afrique noire": a country or region with a demonym-like adjective is a region of it.
        var end = i + match.TokenCount;
        if (match.Kind == EntityKind.Location && match.Place is { Primary.Type: PlaceType.Country or PlaceType.Area } && end < document.Tokens.Length
            && document.Tokens[end].IsWord && !document.Tokens[end].Has(TokenFlags.Capitalized)
            && (_gazetteers.Demonyms.ContainsKey(document.FoldedOf(end)) || Is(RegionAdjectives, document, end))
            && !_gazetteers.Places.TryMatchExact(document, i, match.TokenCount + 1, out _))
        {
            return new Found(EntityKind.Location, i, end + 1, null);
        }

        return new Found(match.Kind, i, end, match.Canonical, match.Source);
    }

    // An acronym in capitals no gazetteer knows ("la CGT", "le FMI") is most often an organisation.
    private Found? TryAcronym(Document document, int i)
    {
        var token = document.Tokens[i];
        if (!token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.HasDigit) || token.Length > 8)
        {
            return null;
        }

        // An unknown acronym needs a determiner before it ("la CGT", "du FMI"): alone, capitals are as often
        // a heading, an abbreviation or an OCR fragment.
        var folded = document.FoldedOf(i);
        if (token.Length < 3 || IsRoman(folded) || IsShoutedLine(document, i) || !Is(Determiners, document, i - 1) || Is(PluralDeterminers, document, i - 1)
            || _gazetteers.CommonWords.Contains(folded) || NameWordLists.CommonAcronyms.Contains(folded))
        {
            return null;
        }

        return new Found(EntityKind.Organization, i, i + 1, null);
    }

    // The second pass: a capitalised word that no rule took but that is a word of a name found in this
    // document takes that name's kind; a word seen in a person's name makes its one-word mentions persons.
    // `kinds` is the thread's reused word table; `added` is an empty list to collect the new names in.
    private void Propagate(Document document, List<Found> found, NameWordKinds kinds, List<Found> added)
    {
        if (found.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        // Name words and their kind, person first (no string built per name word); at most one word per token
        // of the names found.
        var capacity = 0;
        foreach (var name in found)
        {
            capacity += name.End - name.Start;
        }

        kinds.Reset(capacity);
        // Pooled: a token-sized array per document was a large share of this recogniser's allocation.
        var covered = ArrayPool<bool>.Shared.Rent(tokens.Length);
        try
        {
            Array.Clear(covered, 0, tokens.Length);
            Propagate(document, found, kinds, covered, added);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }
    }

    // The body of Propagate; `covered` is a cleared array at least as long as the document's tokens.
    private void Propagate(Document document, List<Found> found, NameWordKinds kinds, bool[] covered, List<Found> added)
    {
        var tokens = document.Tokens;
        foreach (var name in found)
        {
            for (var t = name.Start; t < name.End; t++)
            {
                covered[t] = true;
                // Only a name written with a capital propagates: "comité de l'Action" says nothing about "Action".
                if (name.End - name.Start < 2 || !IsCapitalizedWord(tokens[name.Start]) || !IsCapitalizedWord(tokens[t]) || Is(Particles, document, t))
                {
                    continue;
                }

                kinds.Add(document.FoldedOf(t), name.Kind);
            }
        }

        if (kinds.Count == 0)
        {
            return;
        }

        // One-word gazetteer names of another kind that are a word of a person's name here become persons.
        for (var f = 0; f < found.Count; f++)
        {
            var name = found[f];
            if (name.End - name.Start == 1 && name.Kind != EntityKind.Person && name.Source != GazetteerSource.User
                && kinds.TryGetValue(document.FoldedOf(name.Start), out var kind) && kind == EntityKind.Person)
            {
                found[f] = name with { Kind = EntityKind.Person, Canonical = null };
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            // A capitalised French word ("Un", "Banque") only follows a name in mid-sentence and when not tiny.
            // The document's small table of name words is probed before the large common-word list.
            if (covered[t] || !IsCapitalizedWord(tokens[t]) || !kinds.TryGetValue(document.FoldedOf(t), out var kind)
                || ((StartsSentence(document, t) || tokens[t].Length < 3) && IsCommon(document, t)))
            {
                continue;
            }

            added.Add(new Found(kind, t, t + 1, null));
        }

        if (added.Count > 0)
        {
            found.AddRange(added);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private Found PersonAt(Document document, int start, int end)
    {
        string? canonical = null;
        if (_gazetteers.UserNames.TryMatchExact(document, start, end - start, out var user) && user.Kind == EntityKind.Person)
        {
            canonical = user.Canonical ?? user.Name;
        }
        else if (_gazetteers.Persons.TryMatchExact(document, start, end - start, out var person))
        {
            canonical = person.Canonical;
        }

        return new Found(EntityKind.Person, start, end, canonical);
    }

    private Found LocationAt(Document document, int start, int end)
    {
        string? canonical = null;
        if (_gazetteers.UserNames.TryMatchExact(document, start, end - start, out var user) && user.Kind == EntityKind.Location)
        {
            canonical = user.Canonical ?? user.Name;
        }
        else if (_gazetteers.Places.TryMatchExact(document, start, end - start, out var place))
        {
            canonical = place.Primary.Canonical;
        }

        return new Found(EntityKind.Location, start, end, canonical);
    }

    private string? OrganizationCanonical(Document document, int start, int end)
    {
        if (_gazetteers.UserNames.TryMatchExact(document, start, end - start, out var user) && user.Kind == EntityKind.Organization)
        {
            return user.Canonical ?? user.Name;
        }

        return _gazetteers.Organizations.TryMatchExact(document, start, end - start, out var organization) ? organization.Canonical : null;
    }

    // A place or organisation name starts here and no person name does.
    // A generated one-word place that is also a French word ("Un", a town in India) does not count.
    private bool StartsNonPersonName(Document document, int k)
    {
        if (_gazetteers.Persons.TryMatch(document, k, out _, out _))
        {
            return false;
        }

        if (_gazetteers.Organizations.TryMatch(document, k, out _, out _))
        {
            return true;
        }

        return _gazetteers.Places.TryMatch(document, k, out var count, out var place)
            && !(count == 1 && place.Primary.Source == GazetteerSource.Generated && IsCommon(document, k));
    }

    private bool IsKnownPersonWord(Document document, int k)
    {
        var folded = document.FoldedOf(k);
        return _gazetteers.Surnames.Contains(folded) || _gazetteers.Persons.ContainsSingleToken(folded) || _gazetteers.FirstNames.ContainsKey(folded);
    }

    private bool IsTitleOrDesignator(Document document, int k) =>
        _gazetteers.Titles.TryMatch(document, k, out _, out _) || _gazetteers.Designators.TryMatch(document, k, out _, out _);

    private bool IsFirstName(Document document, int i)
    {
        var folded = document.FoldedOf(i);
        if (_gazetteers.FirstNames.ContainsKey(folded))
        {
            return true;
        }

        // "Jean-Pierre", "Marie-Hélène": hyphenated first names whose parts are first names.
        var hyphen = folded.IndexOf('-');
        return hyphen > 0 && _gazetteers.FirstNames.ContainsKey(folded[..hyphen]) && _gazetteers.FirstNames.ContainsKey(folded[(hyphen + 1)..]);
    }

    private int SkipDemonyms(Document document, int j)
    {
        var tokens = document.Tokens;
        while (j < tokens.Length && tokens[j].IsWord && !tokens[j].Has(TokenFlags.Capitalized) && _gazetteers.Demonyms.ContainsKey(document.FoldedOf(j)))
        {
            j++;
        }

        return j;
    }

    // A sentence starts here: the tokenizer also marks every line start, but a line that follows a word
    // (a wrapped line, "Jacques\nChirac") goes on with the same sentence, so its capital still says "name".
    private static bool StartsSentence(Document document, int k)
    {
        var tokens = document.Tokens;
        if (k <= 0)
        {
            return true;
        }

        // After a blank line a paragraph starts, even when the line before ends with a word (a heading).
        var token = tokens[k];
        return token.Has(TokenFlags.SentenceStart)
            && (!token.Has(TokenFlags.NewlineBefore) || (tokens[k - 1].IsPunctuation && !document.IsChar(k - 1, ',') && !document.IsChar(k - 1, ';'))
                || IsParagraphStart(document, k));
    }

    // A sentence or a list item starts here: after an item's dash or bullet at a sentence start ("- Gardez cette
    // notice") a capital says no more than at the sentence start. (Only for a word's common reading: a name
    // after the dash, "- Jean-Paul Alègre,", is still read as one.)
    private static bool StartsSentenceOrItem(Document document, int k)
    {
        if (StartsSentence(document, k))
        {
            return true;
        }

        var dash = k - 1;
        var tokens = document.Tokens;
        return tokens[dash].IsPunctuation && tokens[dash].Has(TokenFlags.SentenceStart) && StartsSentence(document, dash)
            && (document.IsChar(dash, '-') || document.IsChar(dash, '–') || document.IsChar(dash, '—') || document.IsChar(dash, '•'));
    }

    private bool IsCommon(Document document, int k) => _gazetteers.CommonWords.Contains(document.FoldedOf(k));

    private static bool IsCapitalizedWord(Token token) => token.IsWord && token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.Elision);

    // Several words in capitals in a row: a headline or a shouted line, where capitals say nothing.
    private static bool IsShoutedLine(Document document, int i)
    {
        var tokens = document.Tokens;
        return (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Has(TokenFlags.AllCaps))
            || (i + 1 < tokens.Length && tokens[i + 1].IsWord && tokens[i + 1].Has(TokenFlags.AllCaps));
    }

    private static bool IsRoman(ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'))
            {
                return false;
            }
        }

        return folded.Length > 0;
    }

    private static bool Is(FoldedKeySet set, Document document, int index) =>
        (uint)index < (uint)document.Tokens.Length && document.Tokens[index].IsWord && set.Contains(document.FoldedOf(index), document.HashOf(index));

    private static FoldedKeySet Set(params string[] words) => FoldedKeySet.Of(words);

    // A name found in the document, in token indexes (end exclusive).
    // Source: where a gazetteer name came from (rules leave it Generated: any rule's guess may be overridden).
    // Origin: which kind of rule made it, where a later pass needs to know (a guess may change kind, a street
    // may take its house number).
    // CharEnd: when positive, the name ends there, inside its last token ("Cotti" of "Cotti-le", a dash glued by OCR).
    // CharStart: when positive, the name starts there, inside its first token ("Lausanne" of "Arosa-Lausanne").
    private readonly record struct Found(EntityKind Kind, int Start, int End, string? Canonical, GazetteerSource Source = GazetteerSource.Generated, FoundOrigin Origin = FoundOrigin.Rule, int CharEnd = 0, int CharStart = 0);

    private enum FoundOrigin : byte
    {
        // A gazetteer entry or a cue-based rule.
        Rule,

        // The last-resort guess on unknown capitalised words (TryUnknownName).
        Guess,

        // A street designator with its name ("avenue du Théâtre").
        Street,

        // A person after a plural title ("les juges Pons"): more may follow ("et Portelli").
        PluralTitle,
    }
}
