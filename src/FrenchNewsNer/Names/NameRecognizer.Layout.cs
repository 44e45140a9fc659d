using System.Buffers;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// The name rules that read the layout of a text rather than single cues: results lists ("1. Guidi (It).
/// 2. van Petegem (Be)."), country codes after an athlete, titles of works in quotation marks, house
/// numbers around a street, coordinated lists of places, and a civility before a name particle.
/// </summary>
/// <remarks>
/// Each is one bounded scan over the tokens (a look-ahead of at most a few tokens per position), so the
/// recogniser stays linear in the document whatever the input.
/// </remarks>
internal sealed partial class NameRecognizer
{
    // A results list needs at least this many ranked entries, each within MaxRankGap tokens of the last.
    private const int MinRankedEntries = 3;
    private const int MaxRankGap = 40;

    // The longest quoted title of a work ("Adieu de Slavianka"): longer quotations are speech, not titles.
    private const int MaxQuotedTitleTokens = 8;

    // The longest quoted name of a newspaper or a channel (« Le Courrier vaudois »).
    private const int MaxQuotedNameTokens = 5;

    // Words that open a numbered paragraph or sentence ("1. Le Conseil fédéral …"), never a competitor; folded.
    private static readonly FoldedKeySet EntryStopWords = Set(
        "le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous",
        "en", "au", "aux", "dans", "pour", "par", "sur", "avec", "sans", "puis", "et", "mais", "si", "depuis", "selon", "chez");

    // Words that may follow a competitor in a results line: "Moos à 44''", "Aebersold m. t." (même temps); folded.
    private static readonly FoldedKeySet EntryFollowers = Set("à", "a", "m", "mt", "tous", "même", "meme");

    // Words that join the members of a coordinated list ("la France, l'Italie et la Suisse"); folded.
    private static readonly FoldedKeySet ListConjunctions = Set("et", "ou", "ni");

    // Articles before a member of a list of places ("et la Suisse", "et l'Italie"); folded.
    private static readonly FoldedKeySet ListArticles = Set("le", "la", "les", "l'");

    private Layout ReadLayout(Document document, Scratch scratch) =>
        new(ReadResultsEntries(document, scratch.Entries, scratch.Chain), ReadQuotedTitles(document));

    // "1. Guidi (It, bonif. 12"). 2. van Petegem (Be, 8"). 3. Tchmil (Be, 4")": ranks, a full stop and a
    // short name, three or more close together. One entry alone ("1. Le Conseil fédéral …") proves nothing.
    // `entries` and `chain` are empty; `entries` is filled and returned.
    private Dictionary<int, Found> ReadResultsEntries(Document document, Dictionary<int, Found> entries, List<(int Rank, Found Entry)> chain)
    {
        var tokens = document.Tokens;
        for (var k = 0; k + 2 < tokens.Length; k++)
        {
            if (!IsRank(document, k) || ResultsEntryAt(document, k + 2) is not { } entry)
            {
                continue;
            }

            if (chain.Count > 0 && k - chain[^1].Rank > MaxRankGap)
            {
                Flush(chain, entries);
            }

            chain.Add((k, entry));
            k = entry.End - 1;
        }

        Flush(chain, entries);
        return entries;

        static void Flush(List<(int Rank, Found Entry)> chain, Dictionary<int, Found> entries)
        {
            if (chain.Count >= MinRankedEntries)
            {
                foreach (var (_, entry) in chain)
                {
                    entries[entry.Start] = entry;
                }
            }

            chain.Clear();
        }
    }

    // A rank: a short whole number and a full stop ("12."), not a decimal or a date's part.
    private static bool IsRank(Document document, int k)
    {
        var token = document.Tokens[k];
        return token.IsNumber && token.Length <= 3 && !token.Has(TokenFlags.DecimalComma) && document.IsChar(k + 1, '.')
            && document.Tokens[k + 2].Has(TokenFlags.SpaceBefore);
    }

    // The competitor after a rank: an optional initial ("L. Jalabert") or civility ("M. Zberg", which stays
    // out), name particles ("van Petegem") and a person's name, followed by what a results line puts there.
    private Found? ResultsEntryAt(Document document, int e)
    {
        var tokens = document.Tokens;
        var start = e;
        var nameStart = e;
        if (_gazetteers.Titles.TryMatch(document, e, out var titleCount, out var title) && title.Category == TitleCategory.Civility)
        {
            start = nameStart = e + titleCount;
        }
        else if (tokens[e].IsWord && tokens[e].Length == 1 && tokens[e].Has(TokenFlags.Capitalized) && document.IsChar(e + 1, '.'))
        {
            nameStart = e + 2;
        }

        while (nameStart < tokens.Length && nameStart - start < 3 && Is(Particles, document, nameStart) && !tokens[nameStart].Has(TokenFlags.Capitalized))
        {
            nameStart++;
        }

        if (nameStart >= tokens.Length || !IsCapitalizedWord(tokens[nameStart]) || Is(EntryStopWords, document, nameStart)
            || IsTitleOrDesignator(document, nameStart))
        {
            return null;
        }

        var end = NameEnd(document, nameStart, allowCommonFirst: true);
        if (end <= nameStart)
        {
            return null;
        }

        // The name must end where a results line goes on: "(", a full stop, a comma, a time, "à", "m. t.".
        var followedByCode = document.IsChar(end, '(');
        var followed = end >= tokens.Length || followedByCode || tokens[end].IsNumber || Is(EntryFollowers, document, end)
            || document.IsChar(end, '.') || document.IsChar(end, ',') || document.IsChar(end, ';');
        if (!followed)
        {
            return null;
        }

        // A single French word ("Chanteur", "Paradis") is a competitor only with a country code, a time or a gap after it.
        if (end - nameStart == 1 && IsCommon(document, nameStart) && !IsKnownPersonWord(document, nameStart)
            && !(followedByCode || Is(EntryFollowers, document, end) || (end < tokens.Length && tokens[end].IsNumber)))
        {
            return null;
        }

        return new Found(EntityKind.Person, start, end, null);
    }

    // A results entry that a gazetteer knows as an organisation, a country or a place of several words is
    // a team or a stage town, not a competitor.
    private bool IsKnownNonPersonEntry(Document document, Found entry)
    {
        if (_gazetteers.Persons.TryMatch(document, entry.Start, out _, out _))
        {
            return false;
        }

        if (_gazetteers.Organizations.TryMatch(document, entry.Start, out var count, out _) && count >= entry.End - entry.Start)
        {
            return true;
        }

        return _gazetteers.Places.TryMatch(document, entry.Start, out count, out var place) && count >= entry.End - entry.Start
            && (count >= 2 || place.Primary.Type is PlaceType.Country or PlaceType.Territory or PlaceType.Area);
    }

    // "Olano (Esp)", "Federer (SUI, tête de série)": a sports country code in parentheses right after a name.
    private static bool TryCountryCode(Document document, int k, out Found code)
    {
        code = default;
        var tokens = document.Tokens;
        if (!document.IsChar(k, '(') || k + 2 >= tokens.Length || !tokens[k + 1].IsWord || !tokens[k + 1].Has(TokenFlags.Capitalized)
            || !(document.IsChar(k + 2, ')') || document.IsChar(k + 2, ','))
            || !SportsCountryCodes.Codes.TryGetValue(document.FoldedOf(k + 1), out var country))
        {
            return false;
        }

        code = new Found(EntityKind.Location, k + 1, k + 2, country);
        return true;
    }

    // "M. de Gaulle", "Mme van der Berg": particles and a capitalised name that is no title ("M. le Président").
    private Found? TryParticleName(Document document, int j)
    {
        var tokens = document.Tokens;
        var k = j;
        while (k < tokens.Length && k - j < 3 && Is(Particles, document, k) && !tokens[k].Has(TokenFlags.Capitalized))
        {
            k++;
        }

        if (k == j || k >= tokens.Length || !IsCapitalizedWord(tokens[k]) || IsTitleOrDesignator(document, k) || StartsNonPersonName(document, k))
        {
            return null;
        }

        var end = NameEnd(document, k, allowCommonFirst: true);
        return end > k ? PersonAt(document, j, end) : null;
    }

    // "12, avenue de la Gare", "7. avenue du Théâtre", "rue du Rhône 12": a street takes its house number.
    private static Found WithHouseNumber(Document document, Found name, List<Found> found)
    {
        if (name.Origin != FoundOrigin.Street)
        {
            return name;
        }

        var tokens = document.Tokens;
        var start = name.Start;
        var before = start - 1;
        if (document.IsChar(before, ',') || document.IsChar(before, '.'))
        {
            before--;
        }

        var previousEnd = found.Count > 0 ? found[^1].End : 0;
        if (before >= previousEnd && before >= 0 && IsHouseNumber(tokens[before]))
        {
            start = before;
        }

        var end = name.End;
        // A number followed by a word in lower case is a count or a measure ("rue du Rhône 12 fois", "3 km").
        if (end < tokens.Length && IsHouseNumber(tokens[end])
            && !(end + 1 < tokens.Length && tokens[end + 1].IsWord && !tokens[end + 1].Has(TokenFlags.Capitalized) && !tokens[end + 1].Has(TokenFlags.NewlineBefore)))
        {
            end++;
        }

        return name with { Start = start, End = end };
    }

    private static bool IsHouseNumber(Token token) =>
        token.IsNumber && token.Length <= 3 && !token.Has(TokenFlags.DecimalComma);

    // "la France, l'Italie et la Suisse", "à Windisch, Hochdorf et Lucerne": in a coordinated list where a
    // member is a known place, guessed or unknown capitalised members are places too.
    private void PropagateAcrossLists(Document document, List<Found> found, Scratch scratch)
    {
        if (found.Count == 0)
        {
            return;
        }

        // The name starting at each token, as its index in `found` plus one (0: none): an array probe per token
        // rather than a dictionary lookup; the last name at a start wins, as a dictionary's assignment did.
        // Both per-token arrays are pooled (a token-sized array per document would double this pass's allocation).
        var length = document.Tokens.Length;
        var byStart = ArrayPool<int>.Shared.Rent(length);
        var covered = ArrayPool<bool>.Shared.Rent(length);
        try
        {
            Array.Clear(byStart, 0, length);
            Array.Clear(covered, 0, length);
            PropagateAcrossLists(document, found, byStart, covered, scratch.Added, scratch.Members);
            scratch.Added.Clear();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(byStart);
            ArrayPool<bool>.Shared.Return(covered);
        }
    }

    // `byStart` and `covered` are cleared arrays at least as long as the document's tokens; `added` and
    // `members` are empty lists to work in.
    private void PropagateAcrossLists(Document document, List<Found> found, int[] byStart, bool[] covered, List<Found> added, List<(int Start, int End, int Index)> members)
    {
        var tokens = document.Tokens;
        for (var f = 0; f < found.Count; f++)
        {
            byStart[found[f].Start] = f + 1;
            for (var t = found[f].Start; t < found[f].End; t++)
            {
                covered[t] = true;
            }
        }

        var pos = 0;
        while (pos < tokens.Length)
        {
            // A word no name starts at begins a list only if it may be a member (an uncovered capitalised word)
            // and a comma or a conjunction follows it; alone it changes nothing. This is tested before
            // TryListMember's word-list probes.
            if (byStart[pos] == 0 && (covered[pos] || !IsCapitalizedWord(tokens[pos]) || !(document.IsChar(pos + 1, ',') || Is(ListConjunctions, document, pos + 1))))
            {
                pos++;
                continue;
            }

            if (!TryListMember(document, pos, byStart, covered, found, out var member))
            {
                pos++;
                continue;
            }

            members.Clear();
            members.Add(member);
            var next = member.End;
            while (true)
            {
                var k = next;
                if (document.IsChar(k, ','))
                {
                    k++;
                }

                if (Is(ListConjunctions, document, k))
                {
                    k++;
                }

                if (k == next)
                {
                    break;
                }

                if (Is(ListArticles, document, k))
                {
                    k++;
                }

                if (!TryListMember(document, k, byStart, covered, found, out member))
                {
                    break;
                }

                members.Add(member);
                next = member.End;
            }

            if (members.Count >= 2 && ListKind(members, found) is { } kind)
            {
                foreach (var (start, end, index) in members)
                {
                    if (index < 0)
                    {
                        added.Add(new Found(kind, start, end, null, Origin: FoundOrigin.Guess));
                    }
                    else if (found[index].Kind != kind)
                    {
                        found[index] = found[index] with { Kind = kind, Canonical = null };
                    }
                }
            }

            pos = Math.Max(pos + 1, next);
        }

        if (added.Count > 0)
        {
            found.AddRange(added);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // A member: a name found here, or one capitalised word no rule took that is neither French nor a person's.
    private bool TryListMember(Document document, int k, int[] byStart, bool[] covered, List<Found> found, out (int Start, int End, int Index) member)
    {
        member = default;
        if (k >= document.Tokens.Length)
        {
            return false;
        }

        if (byStart[k] is > 0 and var named)
        {
            var index = named - 1;
            member = (k, found[index].End, index);
            return true;
        }

        var token = document.Tokens[k];
        if (covered[k] || !IsCapitalizedWord(token) || token.Has(TokenFlags.AllCaps) || StartsSentence(document, k)
            || !IsUnknownWord(document, k) || IsKnownPersonWord(document, k))
        {
            return false;
        }

        member = (k, k + 1, -1);
        return true;
    }

    // The kind of a coordinated list: most members are places (or persons) a rule or gazetteer is sure of
    // ("Lausanne, Brenzikon et Genève"; "Jacques Fath, Valtorni et Pierre Cardin"), and every other found
    // member is a one-word guess. One known name beside one unknown word ("Zemblanie et Ruritanie") is too
    // little to say what the other is; null when the list says nothing.
    private static EntityKind? ListKind(List<(int Start, int End, int Index)> members, List<Found> found)
    {
        EntityKind? kind = null;
        var known = 0;
        var unknown = 0;
        foreach (var (_, _, index) in members)
        {
            if (index < 0)
            {
                unknown++;
                continue;
            }

            var name = found[index];
            if (name.Origin == FoundOrigin.Guess && name.End - name.Start == 1)
            {
                unknown++;
            }
            else if (name.Origin != FoundOrigin.Guess && name.Kind is EntityKind.Location or EntityKind.Person && (kind is null || kind == name.Kind))
            {
                kind = name.Kind;
                known++;
            }
            else
            {
                return null;
            }
        }

        return known > unknown ? kind : null;
    }

    // Tokens inside a short quotation that opens on a capitalised word: the title of a work ("Adieu de
    // Slavianka", « Lauda Sion »), whose unknown words are no person's or place's name.
    private static bool[]? ReadQuotedTitles(Document document)
    {
        var tokens = document.Tokens;
        bool[]? inside = null;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            if (!IsOpeningQuote(document, k) || !IsCapitalizedWord(tokens[k + 1]))
            {
                continue;
            }

            var close = -1;
            for (var m = k + 2; m < tokens.Length && m - k <= MaxQuotedTitleTokens + 1; m++)
            {
                if (IsClosingQuote(document, m))
                {
                    close = m;
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            if (inside is null)
            {
                // Pooled (returned by Layout.Return): a token-sized array per document is a large allocation.
                inside = ArrayPool<bool>.Shared.Rent(tokens.Length);
                Array.Clear(inside, 0, tokens.Length);
            }

            for (var m = k + 1; m < close; m++)
            {
                inside[m] = true;
            }

            k = close;
        }

        return inside;
    }

    // Callers probe the token after a phrase, which may be past the last token: out of range is no quote.
    private static bool IsOpeningQuote(Document document, int k) =>
        (uint)k < (uint)document.Tokens.Length && document.Tokens[k].IsPunctuation && document.Tokens[k].Length == 1 && document.Text[document.Tokens[k].Start] is '«' or '“' or '"' or '„' or '‹' or '<';

    private static bool IsClosingQuote(Document document, int k) =>
        (uint)k < (uint)document.Tokens.Length && document.Tokens[k].IsPunctuation && document.Tokens[k].Length == 1 && document.Text[document.Tokens[k].Start] is '»' or '”' or '"' or '›' or '>';

    // The end (exclusive) of a short quoted title opening at token `open` whose first word is capitalised
    // (« Le Courrier vaudois »), or 0 when the quotation is longer, empty or not closed.
    private static int QuotedNameEnd(Document document, int open)
    {
        var tokens = document.Tokens;
        if (open + 1 >= tokens.Length || !IsCapitalizedWord(tokens[open + 1]))
        {
            return 0;
        }

        for (var m = open + 2; m < tokens.Length && m - open <= MaxQuotedNameTokens + 1; m++)
        {
            if (IsClosingQuote(document, m))
            {
                return m;
            }

            if (!tokens[m].IsWord && !document.IsChar(m, '-'))
            {
                return 0;
            }
        }

        return 0;
    }

    // "Flavio Cotti-le plus francophile", "Jean Winiger-18.00": a dash that OCR glued to the next word or time
    // leaves a person's last token with a tail in lower case or digits; the name ends before the dash.
    // Returns that character offset, or 0 when the last token is whole (hyphenated names have capitals: "Jean-Pierre").
    private int GluedDashEnd(Document document, int start, int end)
    {
        var last = document.Tokens[end - 1];
        if (end - 1 < start || !last.Has(TokenFlags.Hyphenated))
        {
            return 0;
        }

        var original = document.OriginalOf(end - 1);
        var folded = document.FoldedOf(end - 1);
        var dash = original.LastIndexOf('-');
        var foldedDash = folded.LastIndexOf('-');
        if (dash <= 0 || dash == original.Length - 1 || foldedDash <= 0)
        {
            return 0;
        }

        var tail = original[(dash + 1)..];
        var digits = true;
        foreach (var c in tail)
        {
            digits &= char.IsAsciiDigit(c);
        }

        // East Asian given names keep their lower-case second syllable after a short first one ("Moon Jae-in").
        var head = original[..dash];
        var lastHyphen = head.LastIndexOf('-');
        var headLength = head.Length - lastHyphen - 1;
        var lowerWord = char.IsLower(tail[0]) && headLength >= 4
            && (tail.Length == 1 || _gazetteers.CommonWords.Contains(folded[(foldedDash + 1)..]));
        return digits || lowerWord ? last.Start + dash : 0;
    }

    // "la France-affirme Chirac-n'a pas", "le Tessin-néglige-t-elle": a known name with a dash that OCR glued to
    // the next word. The head before the first hyphen that opens a French word in lower case is looked up alone.
    private Found? TryGluedHead(Document document, int i)
    {
        var token = document.Tokens[i];
        if (!token.Has(TokenFlags.Hyphenated) || !IsCapitalizedWord(token) || token.Has(TokenFlags.AllCaps))
        {
            return null;
        }

        var original = document.OriginalOf(i);
        var folded = document.FoldedOf(i);
        var dash = original.IndexOf('-');
        var foldedDash = folded.IndexOf('-');
        if (dash < 4 || foldedDash < 0 || dash + 1 >= original.Length || !char.IsLower(original[dash + 1]))
        {
            return null;
        }

        if (_gazetteers.CommonWords.Contains(folded))
        {
            // "Celle-ci", "Lui-même", "Peut-être": a French word whole is no name with a word glued to it.
            return null;
        }

        var tail = folded[(foldedDash + 1)..];
        var tailEnd = tail.IndexOf('-');
        var firstTailWord = tailEnd < 0 ? tail : tail[..tailEnd];
        if (firstTailWord.Length != 1 && !_gazetteers.CommonWords.Contains(firstTailWord))
        {
            return null;
        }

        var head = folded[..foldedDash];
        var charEnd = token.Start + dash;
        if (_gazetteers.Places.ContainsSingleToken(head))
        {
            return new Found(EntityKind.Location, i, i + 1, null, CharEnd: charEnd);
        }

        if (_gazetteers.Persons.ContainsSingleToken(head) || _gazetteers.Surnames.Contains(head))
        {
            return new Found(EntityKind.Person, i, i + 1, null, CharEnd: charEnd);
        }

        return _gazetteers.Organizations.ContainsSingleToken(head) ? new Found(EntityKind.Organization, i, i + 1, null, CharEnd: charEnd) : null;
    }

    // "FC Sion", "HC Davos", "H. C. Lausanne": a club's initials in capitals (with or without full stops) and
    // the proper name after them are one organisation. "H. C. Lausanne-H. C. Chaux-de-Fonds" (a match line
    // whose dash OCR glued) ends the first club before the second one's initial.
    private Found? TryClub(Document document, int i)
    {
        var tokens = document.Tokens;
        var token = tokens[i];
        Span<char> letters = stackalloc char[4];
        var count = 0;
        int nameStart;
        if (token.IsWord && token.Length is >= 2 and <= 4 && !token.Has(TokenFlags.Hyphenated) && CountUpper(document.OriginalOf(i)) >= 2)
        {
            var folded = document.FoldedOf(i);
            folded.CopyTo(letters);
            count = folded.Length;
            nameStart = i + 1;
        }
        else
        {
            var k = i;
            while (count < letters.Length && k + 1 < tokens.Length && tokens[k].IsWord && tokens[k].Length == 1
                && tokens[k].Has(TokenFlags.Capitalized) && document.IsChar(k + 1, '.'))
            {
                letters[count++] = document.FoldedOf(k)[0];
                k += 2;
            }

            nameStart = k;
            if (count < 2)
            {
                return null;
            }
        }

        if (count > letters.Length || !ClubInitials.Initials.Contains(letters[..count]) || nameStart >= tokens.Length
            || !IsCapitalizedWord(tokens[nameStart]) || IsTitleOrDesignator(document, nameStart))
        {
            return null;
        }

        // In a line of capitals every word looks like initials ("LES SIX SUR" read "ES SIX SUR"): there the
        // name must be a known place, as most clubs' names are.
        if (tokens[nameStart].Has(TokenFlags.AllCaps) && !_gazetteers.Places.TryMatch(document, nameStart, out _, out _))
        {
            return null;
        }

        var end = ProperNameEnd(document, nameStart);
        var last = tokens[end - 1];
        var charEnd = 0;
        var original = document.OriginalOf(end - 1);
        var dash = original.LastIndexOf('-');
        if (last.Has(TokenFlags.Hyphenated) && dash > 0 && dash == original.Length - 2 && char.IsUpper(original[^1]) && document.IsChar(end, '.'))
        {
            charEnd = last.Start + dash;
        }

        return new Found(EntityKind.Organization, i, end, null, CharEnd: charEnd);
    }

    private static int CountUpper(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                count++;
            }
        }

        return count;
    }

    // "Lau- sanne", "Neu-\nchâtel", "Dupont-\nMoretti": a word that a line break hyphenated, the hyphen glued to
    // the first half and the second half after white space, in lower case or on the next line.
    private static bool IsBrokenWord(Document document, int k)
    {
        var tokens = document.Tokens;
        return k + 2 < tokens.Length && document.IsChar(k + 1, '-') && !tokens[k + 1].Has(TokenFlags.SpaceBefore)
            && tokens[k + 2].IsWord && tokens[k + 2].Has(TokenFlags.SpaceBefore) && !tokens[k + 2].Has(TokenFlags.Elision)
            && (!tokens[k + 2].Has(TokenFlags.Capitalized) || tokens[k + 2].Has(TokenFlags.NewlineBefore));
    }

    // A known name broken by a line-end hyphen ("à Lau- sanne"): its two halves joined are looked up as one word;
    // the span keeps the hyphen and the break, the canonical name is the word whole.
    private Found? TryBrokenWord(Document document, int i)
    {
        var tokens = document.Tokens;
        if (!IsCapitalizedWord(tokens[i]) || !IsBrokenWord(document, i) || tokens[i + 2].Has(TokenFlags.Capitalized))
        {
            return null;
        }

        var joined = string.Concat(document.FoldedOf(i), document.FoldedOf(i + 2));
        var canonical = string.Concat(document.OriginalOf(i), document.OriginalOf(i + 2));
        if (_gazetteers.Places.ContainsSingleToken(joined))
        {
            return new Found(EntityKind.Location, i, i + 3, canonical);
        }

        if (_gazetteers.Organizations.ContainsSingleToken(joined))
        {
            return new Found(EntityKind.Organization, i, i + 3, canonical);
        }

        if (_gazetteers.Persons.ContainsSingleToken(joined) || _gazetteers.Surnames.Contains(joined))
        {
            return new Found(EntityKind.Person, i, i + 3, canonical);
        }

        return null;
    }

    // "Servette - Bâle 2-1", "Lausanne – Berne 3:2": two names on either side of a spaced dash and a score
    // after them are the teams of a match, so places there are the clubs named after them.
    private static void MarkMatchTeams(Document document, List<Found> found)
    {
        var tokens = document.Tokens;
        for (var f = 0; f + 1 < found.Count; f++)
        {
            var home = found[f];
            var away = found[f + 1];
            if (away.Start != home.End + 1 || !IsSpacedDash(document, home.End) || !IsScore(document, away.End)
                || home.Kind == EntityKind.Person || away.Kind == EntityKind.Person)
            {
                continue;
            }

            found[f] = home with { Kind = EntityKind.Organization, Canonical = home.Kind == EntityKind.Organization ? home.Canonical : null };
            found[f + 1] = away with { Kind = EntityKind.Organization, Canonical = away.Kind == EntityKind.Organization ? away.Canonical : null };
        }

        static bool IsSpacedDash(Document document, int k) =>
            k + 1 < document.Tokens.Length && document.Tokens[k].IsPunctuation && document.Tokens[k].Has(TokenFlags.SpaceBefore)
            && document.Tokens[k + 1].Has(TokenFlags.SpaceBefore) && (document.IsChar(k, '-') || document.Text[document.Tokens[k].Start] is '–' or '—');

        // "2-1", "2 - 1", "3:2": a small number, a dash or colon, a small number.
        static bool IsScore(Document document, int k)
        {
            var tokens = document.Tokens;
            if (k >= tokens.Length || tokens[k].Length > 2 && !tokens[k].Has(TokenFlags.Hyphenated))
            {
                return false;
            }

            var text = document.OriginalOf(k);
            var dash = text.IndexOfAny('-', ':');
            if (dash > 0 && dash < text.Length - 1 && IsDigits(text[..dash]) && IsDigits(text[(dash + 1)..]))
            {
                return true;
            }

            return tokens[k].IsNumber && (document.IsChar(k + 1, '-') || document.IsChar(k + 1, ':'))
                && k + 2 < tokens.Length && tokens[k + 2].IsNumber && tokens[k].Length <= 2 && tokens[k + 2].Length <= 2;
        }

        static bool IsDigits(ReadOnlySpan<char> text) => text.Length is > 0 and <= 2 && !text.ContainsAnyExceptInRange('0', '9');
    }

    // "Arosa-Lausanne", "France-Suisse", "Alcudia-Alcudia": one hyphenated word of two known places that is no
    // place itself (a match, a stage, a route) names both places, each with its own span.
    private bool TrySplitPlaces(Document document, int i, out Found first, out Found second)
    {
        first = second = default;
        var token = document.Tokens[i];
        if (!token.Has(TokenFlags.Hyphenated) || !IsCapitalizedWord(token) || token.Has(TokenFlags.AllCaps))
        {
            return false;
        }

        var original = document.OriginalOf(i);
        var folded = document.FoldedOf(i);
        var dash = original.IndexOf('-');
        var foldedDash = folded.IndexOf('-');
        if (dash <= 0 || foldedDash <= 0 || original[(dash + 1)..].Contains('-') || dash + 1 >= original.Length || !char.IsUpper(original[dash + 1]))
        {
            return false;
        }

        if (!_gazetteers.Places.ContainsSingleToken(folded[..foldedDash]) || !_gazetteers.Places.ContainsSingleToken(folded[(foldedDash + 1)..]))
        {
            return false;
        }

        first = new Found(EntityKind.Location, i, i + 1, null, CharEnd: token.Start + dash);
        second = new Found(EntityKind.Location, i, i + 1, null, CharStart: token.Start + dash + 1);
        return true;
    }

    // A blank line before token k: a new paragraph, whose first word starts a sentence whatever came before.
    private static bool IsParagraphStart(Document document, int k)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var newlines = 0;
        for (var c = tokens[k - 1].End; c < tokens[k].Start; c++)
        {
            if (text[c] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }

        return false;
    }

    // What the layout scans found in one document.
    private readonly struct Layout(Dictionary<int, Found> entries, bool[]? quotedTitles)
    {
        // Results-list entries by their first token.
        public Dictionary<int, Found> Entries { get; } = entries;

        public bool InQuotedTitle(int k) => quotedTitles is not null && quotedTitles[k];

        // Returns the pooled quoted-title array; the layout is not read after.
        public void Return()
        {
            if (quotedTitles is not null)
            {
                ArrayPool<bool>.Shared.Return(quotedTitles);
            }
        }
    }
}
