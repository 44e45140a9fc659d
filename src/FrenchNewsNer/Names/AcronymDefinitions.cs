using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Acronyms a document defines in brackets, then uses alone: "l'Assistance publique-Hôpitaux de Paris
/// (AP-HP) … l'AP-HP" and the reverse order "l'OMS (Organisation mondiale de la santé)". When the
/// initials of the words next to the brackets spell the acronym, those words are one name (an
/// organisation unless they open with a place designator or a recogniser already called them a place),
/// replacing the smaller names found inside them ("Paris"); the acronym in brackets and every other use
/// of it in the document are mentions of that name, with its canonical, so that the resolver makes them
/// one entity with one id.
/// </summary>
/// <remarks>
/// The initials follow the long form word by word, hyphen parts included ("publique-Hôpitaux" gives P, H);
/// a function word ("de", "la", "d'") may give its initial or none ("Électricité de France", EDF); a
/// content word must give one, so a common phrase of other words is no definition. A long form of
/// lower-case words ("le produit intérieur brut (PIB)"), or capitalised only because it starts a sentence
/// without a designator, is no name. Linear: each bracket looks at a bounded window of words, and the uses
/// are found in one pass over the tokens.
/// </remarks>
internal sealed class AcronymDefinitions : IDocumentStage
{
    // The long form has at most this many words more than the acronym has letters (function words).
    private const int ExtraWords = 4;

    private const int MaxAcronymLetters = 10;

    // Head nouns of long forms that name a thing, a document or a measure, not a body: "Plan de gestion des
    // risques (PGR)", "Autorisation de mise sur le marché (AMM)", "Zone d'aménagement concerté (ZAC)"; folded.
    private static readonly FoldedKeySet ThingNouns = FoldedKeySet.Of(
        "plan", "plans", "rapport", "rapports", "resume", "autorisation", "indice", "taux", "produit", "produits", "dose", "test", "tests",
        "essai", "essais", "etude", "systeme", "procedure", "certificat", "contrat", "loi", "directive", "reglement", "norme", "taxe",
        "impot", "syndrome", "virus", "maladie", "densite", "valeur", "evaluation", "analyse", "methode", "technique", "indicateur",
        "score", "zone", "prime", "allocation", "revenu", "salaire", "contribution", "document", "dossier", "formulaire", "accord",
        "traite", "pacte", "carte", "permis", "diplome", "brevet", "licence", "label", "protocole", "intervention", "infarctus");

    private readonly NameGazetteers _gazetteers;
    private readonly EntityKindSet _kinds;

    /// <summary>Creates the pass; it adds only entities of <paramref name="kinds"/>.</summary>
    public AcronymDefinitions(NameGazetteers gazetteers, EntityKindSet kinds)
    {
        _gazetteers = gazetteers;
        _kinds = kinds;
    }

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        if (document.Text.AsSpan().IndexOf('(') < 0)
        {
            return;
        }

        List<Definition>? definitions = null;
        var tokens = document.Tokens;
        for (var i = 1; i + 2 < tokens.Length; i++)
        {
            if (!document.IsChar(i, '('))
            {
                continue;
            }

            if (TryDefineBefore(document, i, out var definition) || TryDefineAfter(document, i, out definition))
            {
                (definitions ??= []).Add(definition);
            }
        }

        if (definitions is not null)
        {
            Apply(document, resolved.Entities, definitions);
        }
    }

    // "Long Form (ACR)": the acronym alone in the brackets, the long form right before them.
    private bool TryDefineBefore(Document document, int open, out Definition definition)
    {
        definition = default;
        var acronym = open + 1;
        Span<char> buffer = stackalloc char[MaxAcronymLetters];
        if (!document.IsChar(acronym + 1, ')') || !IsAcronym(document, acronym, buffer, out var letterCount))
        {
            return false;
        }

        var letters = buffer[..letterCount];
        var first = MatchBackwards(document, open - 1, Math.Max(0, open - letterCount - ExtraWords), letters, mustStartAt: -1);
        if (first < 0)
        {
            return false;
        }

        // "la densité minérale osseuse (DMO)", "le Plan de gestion des risques (PGR)": the acronym of a thing is
        // a common noun in this document (unless a sentence's capital hides a name: no definition then).
        // A body in lower case ("la commission des affaires sociales (CAS)") opens with an organisation's designator.
        var thing = ThingNouns.Contains(document.FoldedOf(first))
            || (!document.Tokens[first].Has(TokenFlags.Capitalized) && !(_gazetteers.Designators.TryMatch(document, first, out _, out var designator) && designator.Kind == EntityKind.Organization));
        if (!thing && !IsNameStart(document, first))
        {
            return false;
        }

        definition = new Definition(first, open, acronym, thing);
        return true;
    }

    // "ACR (Long Form)": the acronym right before the brackets, the long form alone in them.
    private bool TryDefineAfter(Document document, int open, out Definition definition)
    {
        definition = default;
        var acronym = open - 1;
        Span<char> buffer = stackalloc char[MaxAcronymLetters];
        if (!IsAcronym(document, acronym, buffer, out var letterCount))
        {
            return false;
        }

        var letters = buffer[..letterCount];

        var close = -1;
        var limit = Math.Min(document.Tokens.Length, open + 1 + letterCount + ExtraWords + 1);
        for (var j = open + 1; j < limit; j++)
        {
            if (document.IsChar(j, ')'))
            {
                close = j;
                break;
            }
        }

        if (close < open + 2 || !document.Tokens[open + 1].Has(TokenFlags.Capitalized)
            || MatchBackwards(document, close - 1, open + 1, letters, mustStartAt: open + 1) < 0)
        {
            return false;
        }

        definition = new Definition(open + 1, close, acronym, ThingNouns.Contains(document.FoldedOf(open + 1)));
        return true;
    }

    // The first word of the shortest run of words ending at `last` (and starting no lower than `floor`, or exactly
    // at `mustStartAt` when that is not -1) whose initials spell `letters`, or -1. Each content word gives the
    // initials of its hyphen parts ("publique-Hôpitaux": P, H); a function word gives its initial or none
    // ("Électricité de France", EDF; "Organisation mondiale de la santé", OMS); the run starts with a content
    // word. The states are the sets of letters still to spell, as bits: no backtracking, a dozen words at most.
    private static int MatchBackwards(Document document, int last, int floor, ReadOnlySpan<char> letters, int mustStartAt)
    {
        // Bit k set: letters[0..k] remain to be spelled (k = -1, all spelled, is checked as it happens).
        var states = 1 << (letters.Length - 1);
        for (var j = last; j >= floor && states != 0; j--)
        {
            if (!document.Tokens[j].IsWord)
            {
                return -1;
            }

            var word = document.FoldedOf(j);
            var function = IsFunctionWord(word);
            var next = 0;
            for (var k = letters.Length - 1; k >= 0; k--)
            {
                if ((states & (1 << k)) == 0)
                {
                    continue;
                }

                if (function)
                {
                    next |= 1 << k; // gives no letter
                    if (k > 0 && word[0] == letters[k])
                    {
                        next |= 1 << (k - 1);
                    }

                    continue;
                }

                var remaining = SpellBackwards(word, letters, k);
                if (remaining == -1 && (mustStartAt < 0 || mustStartAt == j))
                {
                    return j;
                }

                if (remaining >= 0)
                {
                    next |= 1 << remaining;
                }
            }

            states = next;
        }

        return -1;
    }

    // The index of the letter still due after a content word gives the initials of its hyphen parts, right to
    // left, from letters[k]; -1 when it gives the last of them; -2 when its initials are not the letters due.
    private static int SpellBackwards(ReadOnlySpan<char> word, ReadOnlySpan<char> letters, int k)
    {
        var end = word.Length;
        while (end > 0)
        {
            var start = word[..end].LastIndexOf('-') + 1;
            if (start < end)
            {
                if (k < 0 || word[start] != letters[k])
                {
                    return -2;
                }

                k--;
            }

            end = start - 1;
        }

        return k;
    }

    // An acronym: a word of 2 to 10 letters (hyphens and '&' allowed) with at least two capitals and no lower-case
    // letter after its second capital ("AP-HP", "OMS", "CNES"); its folded capitals, written into `buffer`, are its letters.
    private static bool IsAcronym(Document document, int index, Span<char> buffer, out int count)
    {
        count = 0;
        if ((uint)index >= (uint)document.Tokens.Length || !document.Tokens[index].IsWord)
        {
            return false;
        }

        var original = document.OriginalOf(index);
        if (original.Length < 2 || original.Length > MaxAcronymLetters + 3 || !char.IsUpper(original[0]))
        {
            return false;
        }

        foreach (var c in original)
        {
            if (char.IsUpper(c))
            {
                if (count == MaxAcronymLetters)
                {
                    return false;
                }

                buffer[count++] = CharFolding.Fold(c);
            }
            else if (char.IsLower(c))
            {
                if (count >= 2)
                {
                    return false;
                }
            }
            else if (c != '-' && c != '&')
            {
                return false;
            }
        }

        return count >= 2;
    }

    // Whether the long form starting at token `first` is written as a name: capitalised, and not only because a
    // sentence starts there (then it needs a designator: "Société des …", "Agence …").
    private bool IsNameStart(Document document, int first)
    {
        ref readonly var token = ref document.Tokens[first];
        if (!token.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        return !token.Has(TokenFlags.SentenceStart) || _gazetteers.Designators.TryMatch(document, first, out _, out _);
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word switch
    {
        "de" or "du" or "des" or "la" or "le" or "les" or "l'" or "d'" or "et" or "en" or "a" or "au" or "aux" or "pour" or "sur" or "sous" => true,
        _ => false,
    };

    private void Apply(Document document, List<Entity> entities, List<Definition> definitions)
    {
        var tokens = document.Tokens;
        var added = new List<Entity>();
        var acronyms = new Dictionary<string, (EntityKind Kind, string Canonical)>(StringComparer.Ordinal);
        var removed = new HashSet<int>();
        var inside = new List<int>();
        var longForms = new List<(int Start, int End)>();
        HashSet<string>? things = null;
        foreach (var definition in definitions)
        {
            var start = tokens[definition.First].Start;
            var end = tokens[definition.End - 1].End;
            var acronymText = document.OriginalOf(definition.Acronym).ToString();
            if (definition.Thing)
            {
                // A known organisation's acronym stays one whatever the text calls it.
                if (!acronyms.ContainsKey(acronymText) && !_gazetteers.Organizations.ContainsSingleToken(document.FoldedOf(definition.Acronym)))
                {
                    (things ??= new HashSet<string>(StringComparer.Ordinal)).Add(acronymText);
                    RemoveOrganizationAt(entities, start, end, removed);
                }

                continue;
            }

            if (things?.Contains(acronymText) == true || acronyms.ContainsKey(acronymText) || Overlaps(longForms, start, end)
                || !TryKindOf(document, entities, definition, start, end, out var kind, out var canonical, inside) || !_kinds.Contains(kind))
            {
                continue; // the first definition of an acronym holds
            }

            removed.UnionWith(inside);
            acronyms[acronymText] = (kind, canonical);
            longForms.Add((start, end));
            added.Add(new Entity(kind, start, end, document.Text[start..end], canonical));
        }

        if (acronyms.Count == 0 && things is null)
        {
            if (removed.Count > 0)
            {
                Merge(entities, added, removed);
            }

            return;
        }

        // Every use of a defined acronym: a word in its exact spelling that no longer name covers.
        var e = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (!token.IsWord || token.Length < 2 || token.Length > MaxAcronymLetters + 3 || !char.IsUpper(document.Text[token.Start])
                || !char.IsUpper(document.Text[token.Start + 1]) || Overlaps(longForms, token.Start, token.End))
            {
                continue;
            }

            while (e < entities.Count && entities[e].End <= token.Start)
            {
                e++;
            }

            var text = document.Text.AsSpan(token.Start, token.Length);
            if (things is not null && things.Contains(text.ToString()))
            {
                // "le PGR", "la DMO": a thing's acronym taken for an organisation is none.
                if (e < entities.Count && entities[e].Start == token.Start && entities[e].End == token.End && entities[e].Kind == EntityKind.Organization)
                {
                    removed.Add(e);
                }

                continue;
            }

            if (acronyms.Count == 0 || !acronyms.TryGetValue(document.Text.Substring(token.Start, token.Length), out var meaning))
            {
                continue;
            }

            if (e < entities.Count && entities[e].Start < token.End)
            {
                var covering = entities[e];
                if (!IsName(covering.Kind) || covering.Start != token.Start || covering.End != token.End)
                {
                    continue; // inside a longer name, a date or a number: not this acronym
                }

                removed.Add(e);
            }

            added.Add(new Entity(meaning.Kind, token.Start, token.End, document.Text.Substring(token.Start, token.Length), meaning.Canonical));
        }

        Merge(entities, added, removed);
    }

    // The kind and canonical of a long form, marking the names inside it for removal; false when it overlaps what
    // it must not (a person, a date, a number, a name running out of it).
    private bool TryKindOf(Document document, List<Entity> entities, Definition definition, int start, int end, out EntityKind kind, out string canonical, List<int> inside)
    {
        kind = EntityKind.Organization;
        canonical = document.Text[start..end];
        inside.Clear();
        for (var e = 0; e < entities.Count && entities[e].Start < end; e++)
        {
            var entity = entities[e];
            if (entity.End <= start)
            {
                continue;
            }

            // A place or organisation running into the long form from outside ("la Union" read as the town
            // La Unión) gives way to it: the initials are the stronger evidence. A person or a value does not.
            if (!IsName(entity.Kind) || entity.Kind == EntityKind.Person || entity.End > end)
            {
                return false;
            }

            if (entity.Start == start && entity.End == end)
            {
                kind = entity.Kind;
                canonical = entity.Canonical;
            }

            inside.Add(e);
        }

        if (inside.Count == 0 || !(entities[inside[0]].Start == start && entities[inside[0]].End == end))
        {
            // A new name: a place only when it opens with a place designator ("Région …").
            kind = document.Tokens[definition.First].Has(TokenFlags.Capitalized) && StartsWithPlaceDesignator(document, definition.First)
                ? EntityKind.Location
                : EntityKind.Organization;
        }

        return true;
    }

    private bool StartsWithPlaceDesignator(Document document, int first) =>
        _gazetteers.Designators.TryMatch(document, first, out _, out var designator) && designator.Kind == EntityKind.Location;

    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        foreach (var span in spans)
        {
            if (span.Start < end && start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    // Marks for removal the organisation that spans exactly [start, end), if any.
    private static void RemoveOrganizationAt(List<Entity> entities, int start, int end, HashSet<int> removed)
    {
        for (var e = 0; e < entities.Count && entities[e].Start <= start; e++)
        {
            if (entities[e].Start == start && entities[e].End == end && entities[e].Kind == EntityKind.Organization)
            {
                removed.Add(e);
            }
        }
    }

    private static bool IsName(EntityKind kind) => kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location;

    // The entities without the removed ones, with the added ones, in order of start (none overlap).
    private static void Merge(List<Entity> entities, List<Entity> added, HashSet<int> removed)
    {
        var kept = new List<Entity>(entities.Count + added.Count);
        for (var e = 0; e < entities.Count; e++)
        {
            if (!removed.Contains(e))
            {
                kept.Add(entities[e]);
            }
        }

        kept.AddRange(added);
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        entities.Clear();
        entities.AddRange(kept);
    }

    // A definition: the long form is tokens [First, End), the acronym token Acronym.
    // Thing: the long form names a thing, so the acronym is a common noun, no organisation.
    private readonly record struct Definition(int First, int End, int Acronym, bool Thing);
}
