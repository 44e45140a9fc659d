using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Gives every mention of one person, organisation or place in a document the same canonical name,
/// spelled as the document spells it, and the same id. Mentions are grouped into entities: names the
/// recognisers gave one gazetteer canonical are one entity ("RPDC", "Corée du nord" and "Corée du Nord"),
/// a short mention joins a longer one that contains its words ("Kim", "M. Kim" → "Kim Jong Un"; "Ria" →
/// "Ria Novosti"), and an acronym the name whose initials it spells. When several longer names fit ("Zorbec"
/// with both "Paul Zorbec" and "Anne Zorbec"), the nearest one mentioned before wins, else the nearest after;
/// but a person's first word alone ("Emmanuel" with "Emmanuel Macron") joins a longer name only when one
/// person of the document bears it.
/// The entity's canonical is one of its own mentions: the one written as the gazetteer's common name if
/// the document writes it ("Corée du Nord", in the document's spelling), else the fullest (most words;
/// a word in capitals last) — never a gazetteer spelling or expansion the document does not use ("RPR"
/// stays "RPR", "Zelenskiy" stays "Zelenskiy"). Its id is the one the gazetteers give any of its mentions
/// (<see cref="NameIds"/>).
/// </summary>
/// <remarks>
/// Work is per distinct name, not per pair of mentions: names are indexed by their words and
/// initials, so a long document with many mentions stays near linear.
/// Nothing is allocated per mention: a mention's words are the document's folded token spans, and the
/// mentions, names and their indexes live in per-thread arrays reused from one document to the next
/// (<see cref="Scratch"/>). Only the entities whose canonical name changes are new.
/// </remarks>
internal sealed partial class CanonicalNameResolver : IDocumentStage
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    // How many longer names sharing a mention's word are examined for it, nearest first (see NearestFitting).
    private const int MaxCandidates = 64;

    // A document with more mentions than this leaves its (large) scratch arrays to the GC rather than to the thread.
    private const int MaxPooledMentions = 1 << 16;

    // The arrays of the last document resolved on this thread; taken out of the slot while in use.
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly NameIds _ids;

    /// <summary>Creates the resolver; <paramref name="ids"/> gives the mentions their ids.</summary>
    public CanonicalNameResolver(NameIds ids) => _ids = ids;

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        try
        {
            Resolve(document, resolved.Entities, scratch, _ids);
        }
        finally
        {
            if (scratch.Clear(MaxPooledMentions))
            {
                t_scratch = scratch;
            }
        }
    }

    private static void Resolve(Document document, List<Entity> entities, Scratch s, NameIds ids)
    {
        CollectMentions(document, entities, s, ids);
        if (s.MentionCount == 0)
        {
            return;
        }

        // Distinct names (by kind and folded words) in the order of their first mention. The key is the kind
        // followed by the words joined by spaces, as written into a reused buffer: no string per mention.
        s.NameKeys.Reset(s.MentionCount);
        for (var m = 0; m < s.MentionCount; m++)
        {
            ref var mention = ref s.Mentions[m];
            var key = s.KeyBuffer(1 + mention.WordCount * 2);
            var length = 0;
            key[length++] = (char)mention.Kind;
            for (var w = 0; w < mention.WordCount; w++)
            {
                // Room for the separating space too: a word that exactly fills the buffer leaves none for it.
                var word = document.FoldedOf(s.Words[mention.FirstWord + w]);
                var needed = length + (w > 0 ? 1 : 0) + word.Length;
                if (needed > key.Length)
                {
                    key = s.GrowKeyBuffer(length, needed + ((mention.WordCount - w) * 2));
                }

                if (w > 0)
                {
                    key[length++] = ' ';
                }

                word.CopyTo(key.AsSpan(length));
                length += word.Length;
            }

            var nameIndex = s.NameKeys.GetOrAdd(key.AsSpan(0, length), out var added);
            if (added)
            {
                s.AddName(new Name(mention.Kind, m));
            }

            s.Names[nameIndex].PositionCount++;
            mention.Name = nameIndex;
        }

        JoinByGazetteerCanonical(s);
        LayOutPositions(s);
        IndexNames(document, s);
        for (var m = 0; m < s.MentionCount; m++)
        {
            // A gazetteer canonical on the mention itself is the most specific fact there is: its entity is known.
            s.Mentions[m].Target = s.Mentions[m].HasGazetteerCanonical ? -1 : FindLonger(document, s, m);
        }

        ChooseCanonicals(entities, s, ids);
        for (var m = 0; m < s.MentionCount; m++)
        {
            ref var mention = ref s.Mentions[m];
            ref readonly var entity = ref s.Names[EntityOf(s, mention)];
            var canonical = entity.Canonical!;
            var id = entity.Id ?? entities[mention.EntityIndex].Id;
            var current = entities[mention.EntityIndex];
            if (!string.Equals(canonical, current.Canonical, StringComparison.Ordinal) || !string.Equals(id, current.Id, StringComparison.Ordinal))
            {
                entities[mention.EntityIndex] = current with { Canonical = canonical, Id = id };
            }
        }
    }

    // Names whose mentions the recognisers gave one canonical (a gazetteer's: "RPDC" and "Corée du Nord" both
    // "Corée du Nord"; an acronym defined in the text and its expansion) are one entity. The key is the kind's
    // class (persons apart, see Compatible) and that canonical as the recogniser wrote it.
    private static void JoinByGazetteerCanonical(Scratch s)
    {
        for (var n = 0; n < s.NameCount; n++)
        {
            s.Names[n].Parent = n;
        }

        s.CanonicalKeys.Reset(s.MentionCount);
        for (var m = 0; m < s.MentionCount; m++)
        {
            ref readonly var mention = ref s.Mentions[m];
            var key = s.KeyBuffer(mention.Canonical.Length + 1);
            key[0] = mention.Kind == EntityKind.Person ? 'p' : 'n';
            mention.Canonical.CopyTo(key.AsSpan(1));
            var owner = s.CanonicalKeys.GetOrAdd(key.AsSpan(0, mention.Canonical.Length + 1), out var added);
            if (added)
            {
                s.SetCanonicalOwner(owner, mention.Name);
            }
            else
            {
                Union(s, s.CanonicalOwners[owner], mention.Name);
            }
        }
    }

    // The root name of the entity a mention belongs to: that of the longer name it refers to, else its own.
    private static int EntityOf(Scratch s, in Mention mention) => Root(s, mention.Target >= 0 ? mention.Target : mention.Name);

    private static int Root(Scratch s, int n)
    {
        var root = n;
        while (s.Names[root].Parent != root)
        {
            root = s.Names[root].Parent;
        }

        while (s.Names[n].Parent != root)
        {
            var next = s.Names[n].Parent;
            s.Names[n].Parent = root;
            n = next;
        }

        return root;
    }

    private static void Union(Scratch s, int a, int b)
    {
        a = Root(s, a);
        b = Root(s, b);
        if (a != b)
        {
            // The name mentioned first stays the root, so the outcome does not depend on the order of unions.
            (a, b) = a < b ? (a, b) : (b, a);
            s.Names[b].Parent = a;
        }
    }

    // Each entity's canonical name (the best of its names, kept on the root as Best) and id (its first
    // mention's that has one, in text order).
    private static void ChooseCanonicals(List<Entity> entities, Scratch s, NameIds ids)
    {
        for (var n = 0; n < s.NameCount; n++)
        {
            s.Names[n].Best = -1;
            s.Names[n].Canonical = null;
            s.Names[n].Gazetteer = null;
            s.Names[n].Id = null;
        }

        for (var m = 0; m < s.MentionCount; m++)
        {
            ref readonly var mention = ref s.Mentions[m];
            ref var entity = ref s.Names[Root(s, mention.Name)];
            entity.Id ??= mention.Id;
            if (mention.HasGazetteerCanonical)
            {
                entity.Gazetteer ??= mention.Canonical;

                // A canonical the user chose for their own entry is kept as they wrote it.
                if (entity.Canonical is null && ids.IsUserCanonical(mention.Kind, mention.Canonical))
                {
                    entity.Canonical = mention.Canonical;
                }
            }
        }

        // A short mention's id reaches the longer name it refers to only when that one has none of its own.
        for (var m = 0; m < s.MentionCount; m++)
        {
            ref readonly var mention = ref s.Mentions[m];
            if (mention.Target >= 0 && mention.Id is not null)
            {
                s.Names[Root(s, mention.Target)].Id ??= mention.Id;
            }
        }

        for (var n = 0; n < s.NameCount; n++)
        {
            ref var entity = ref s.Names[Root(s, n)];
            if (entity.Best < 0 || Better(entities, s, n, entity.Best, entity.Gazetteer))
            {
                entity.Best = n;
            }
        }

        for (var n = 0; n < s.NameCount; n++)
        {
            if (s.Names[n].Parent == n)
            {
                s.Names[n].Canonical ??= WithoutArticle(entities[s.Mentions[s.Names[s.Names[n].Best].FirstMention].EntityIndex].Text);
            }
        }
    }

    // A name's canonical never starts with an article in lower case ("le Canard enchaîné" is "Canard enchaîné"):
    // the article belongs to the sentence, a capitalised one to the name ("Le Monde"). A name broken over two
    // lines ("Alex\nZulle") is one name: its white space becomes single spaces.
    private static string WithoutArticle(string text)
    {
        var skip = text.StartsWith("le ", StringComparison.Ordinal) || text.StartsWith("la ", StringComparison.Ordinal) ? 3
            : text.StartsWith("les ", StringComparison.Ordinal) ? 4
            : text.StartsWith("l'", StringComparison.Ordinal) || text.StartsWith("l\u2019", StringComparison.Ordinal) ? 2
            : 0;
        text = skip > 0 && skip < text.Length ? text[skip..] : text;
        return NeedsSpacing(text) ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : text;
    }

    private static bool NeedsSpacing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }

    // Whether name a makes a better canonical than name b for an entity whose gazetteer canonical is `gazetteer`:
    // the one written as that common name, then one not in capitals alone, then the one with more words; at a
    // tie the one mentioned first (b, as names are visited in the order of their first mention).
    private static bool Better(List<Entity> entities, Scratch s, int a, int b, string? gazetteer)
    {
        ref readonly var ma = ref s.Mentions[s.Names[a].FirstMention];
        ref readonly var mb = ref s.Mentions[s.Names[b].FirstMention];
        if (gazetteer is not null)
        {
            var aCommon = SameLetters(entities[ma.EntityIndex].Text, gazetteer);
            var bCommon = SameLetters(entities[mb.EntityIndex].Text, gazetteer);
            if (aCommon != bCommon)
            {
                return aCommon;
            }
        }

        if (ma.IsAcronym != mb.IsAcronym)
        {
            return !ma.IsAcronym;
        }

        return ma.WordCount > mb.WordCount;
    }

    // Whether two names have the same letters and digits, ignoring case, accents, spaces and punctuation
    // ("Corée du nord" and "Corée du Nord"; "Timisoara" and "Timişoara").
    private static bool SameLetters(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (CharFolding.Fold(a[i++]) != CharFolding.Fold(b[j++]))
            {
                return false;
            }
        }
    }

    // Every name's mention positions, ascending (mentions are visited in text order), one run per name in s.Positions.
    private static void LayOutPositions(Scratch s)
    {
        var offset = 0;
        for (var n = 0; n < s.NameCount; n++)
        {
            s.Names[n].PositionOffset = offset;
            offset += s.Names[n].PositionCount;
            s.Names[n].PositionCount = 0;
        }

        var positions = s.PositionBuffer(offset);
        for (var m = 0; m < s.MentionCount; m++)
        {
            ref var name = ref s.Names[s.Mentions[m].Name];
            positions[name.PositionOffset + name.PositionCount++] = s.Mentions[m].Start;
        }
    }

    // Names of two words or more by each of their distinct words and by their initials. Each group holds its
    // names in the order of their first mention (the order they were created in), so NearestFitting can start
    // its bounded scan at the mention's own position.
    private static void IndexNames(Document document, Scratch s)
    {
        s.ByWord.Reset(s.WordCount);
        s.ByInitials.Reset(s.NameCount);
        for (var n = 0; n < s.NameCount; n++)
        {
            ref readonly var first = ref s.Mentions[s.Names[n].FirstMention];
            if (first.WordCount < 2)
            {
                continue;
            }

            var initials = s.KeyBuffer(first.WordCount);
            var initialCount = 0;
            for (var w = 0; w < first.WordCount; w++)
            {
                var word = document.FoldedOf(s.Words[first.FirstWord + w]);
                s.ByWord.Add(word, n); // a name repeating a word ("Jean-Jean", "de … de") is listed once under it
                if (!IsFunctionWord(word) && char.IsLetter(word[0]))
                {
                    initials[initialCount++] = word[0];
                }
            }

            if (initialCount >= 2)
            {
                s.ByInitials.Add(initials.AsSpan(0, initialCount), n);
            }
        }

        s.ByWord.Seal();
        s.ByInitials.Seal();
    }

    // The longer name mention m refers to, or -1.
    private static int FindLonger(Document document, Scratch s, int m)
    {
        ref readonly var mention = ref s.Mentions[m];
        if (mention.WordCount == 1 && mention.IsAcronym && s.ByInitials.TryGetGroup(document.FoldedOf(s.Words[mention.FirstWord]), out var expansions))
        {
            return NearestFitting(document, s, expansions, m, acronym: true);
        }

        for (var w = 0; w < mention.WordCount; w++)
        {
            var word = document.FoldedOf(s.Words[mention.FirstWord + w]);
            if (!IsFunctionWord(word))
            {
                // The first word that is not a function word anchors the mention.
                if (!s.ByWord.TryGetGroup(word, out var containing))
                {
                    return -1;
                }

                var target = NearestFitting(document, s, containing, m, acronym: false);
                return target >= 0 && IsAmbiguousFirstName(document, s, containing, m, target) ? -1 : target;
            }
        }

        return -1;
    }

    // A person's first name alone ("Emmanuel a dit") is the full name introduced in the document only when
    // one person of the document bears it: with "Emmanuel Macron" and "Emmanuel Todd" it stays itself. (A surname
    // alone, "Zorbec" for "Paul Zorbec" and "Anne Zorbec", goes on taking the nearest name: the press uses it so.)
    private static bool IsAmbiguousFirstName(Document document, Scratch s, ReadOnlySpan<int> candidates, int m, int target)
    {
        ref readonly var mention = ref s.Mentions[m];
        if (mention.Kind != EntityKind.Person || mention.WordCount != 1 || !StartsWith(document, s, target, s.Words[mention.FirstWord]))
        {
            return false;
        }

        var entity = Root(s, target);
        for (var c = 0; c < candidates.Length && c < MaxCandidates * 4; c++)
        {
            var n = candidates[c];
            if (s.Names[n].Kind == EntityKind.Person && Root(s, n) != entity && Contains(document, s, n, m)
                && StartsWith(document, s, n, s.Words[mention.FirstWord]))
            {
                return true;
            }
        }

        return false;
    }

    // Whether name n's first word is the word of token `word`, folded.
    private static bool StartsWith(Document document, Scratch s, int n, int word) =>
        document.FoldedOf(s.Words[s.Mentions[s.Names[n].FirstMention].FirstWord]).SequenceEqual(document.FoldedOf(word));

    // The fitting name mentioned nearest before the mention, else nearest after (at equal distance, the one
    // examined first). Thousands of names may share a word ("Jean …") in a hostile or very long text: only
    // the MaxCandidates names first mentioned closest to the mention (found by binary search, then scanned
    // outwards both ways) are examined, so the cost per mention is bounded and the pass stays linear; far-away
    // names lose nothing a reader would link.
    private static int NearestFitting(Document document, Scratch s, ReadOnlySpan<int> candidates, int m, bool acronym)
    {
        var position = s.Mentions[m].Start;
        var at = FirstMentionedFrom(s, candidates, position);
        var before = at - 1;
        var after = at;
        var nearestBefore = -1;
        var nearestBeforePosition = int.MinValue;
        var nearestAfter = -1;
        var nearestAfterPosition = int.MaxValue;
        for (var scanned = 0; scanned < MaxCandidates && (before >= 0 || after < candidates.Length); scanned++)
        {
            var fromBefore = before >= 0 && (scanned % 2 == 0 || after >= candidates.Length);
            var n = fromBefore ? candidates[before--] : candidates[after++];
            if (!acronym && !Contains(document, s, n, m))
            {
                continue;
            }

            // The name's mentions nearest before and after the position.
            ref readonly var name = ref s.Names[n];
            var index = Array.BinarySearch(s.Positions, name.PositionOffset, name.PositionCount, position);
            index = (index < 0 ? ~index : index) - name.PositionOffset;
            if (index > 0 && s.Positions[name.PositionOffset + index - 1] > nearestBeforePosition)
            {
                nearestBefore = n;
                nearestBeforePosition = s.Positions[name.PositionOffset + index - 1];
            }

            if (index < name.PositionCount && s.Positions[name.PositionOffset + index] < nearestAfterPosition)
            {
                nearestAfter = n;
                nearestAfterPosition = s.Positions[name.PositionOffset + index];
            }
        }

        return nearestBefore >= 0 ? nearestBefore : nearestAfter;
    }

    // Whether name n is longer than mention m, holds its words in a row and is of a compatible kind.
    private static bool Contains(Document document, Scratch s, int n, int m)
    {
        ref readonly var mention = ref s.Mentions[m];
        ref readonly var longer = ref s.Mentions[s.Names[n].FirstMention];
        return longer.WordCount > mention.WordCount && Compatible(mention.Kind, s.Names[n].Kind)
            && ContainsRun(document, s.Words.AsSpan(longer.FirstWord, longer.WordCount), s.Words.AsSpan(mention.FirstWord, mention.WordCount));
    }

    // The index in `names` (ordered by first mention) of the first name first mentioned at or after `position`.
    private static int FirstMentionedFrom(Scratch s, ReadOnlySpan<int> names, int position)
    {
        var low = 0;
        var high = names.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (s.Positions[s.Names[names[middle]].PositionOffset] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A person's short name may only point to a person; organisation and place acronyms and short
    // forms are freely confused in news ("la RPDC" the state vs the territory), so they link across.
    // A place inside an organisation's name ("Paris" of "mairie de Paris") is another entity.
    private static bool Compatible(EntityKind shortKind, EntityKind longKind) =>
        (shortKind == EntityKind.Person) == (longKind == EntityKind.Person) && !(shortKind == EntityKind.Location && longKind == EntityKind.Organization);

    // Whether the words (token indexes) of `words` hold those of `run` in a row, compared by folded form.
    private static bool ContainsRun(Document document, ReadOnlySpan<int> words, ReadOnlySpan<int> run)
    {
        for (var i = 0; i + run.Length <= words.Length; i++)
        {
            var match = true;
            for (var k = 0; k < run.Length && match; k++)
            {
                match = document.FoldedOf(words[i + k]).SequenceEqual(document.FoldedOf(run[k]));
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    // Function words do not count towards initials and never anchor a short mention.
    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word switch
    {
        "de" or "du" or "des" or "la" or "le" or "les" or "l'" or "d'" or "et" or "en" or "a" or "au" or "aux" or "pour" or "sur" => true,
        _ => false,
    };

    // The name entities of the document as mentions, their words the tokens they cover, punctuation left out.
    private static void CollectMentions(Document document, List<Entity> entities, Scratch s, NameIds ids)
    {
        var tokens = document.Tokens;
        var t = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!NameKinds.Contains(entity.Kind))
            {
                continue;
            }

            while (t < tokens.Length && tokens[t].End <= entity.Start)
            {
                t++;
            }

            // A mention of part of a token ("Turin" of "Lyon-Turin") has no words of its own: it keeps its canonical.
            var partial = t < tokens.Length && tokens[t].Start < entity.Start;
            for (var k = t; !partial && k < tokens.Length && tokens[k].Start < entity.End; k++)
            {
                partial = tokens[k].End > entity.End;
            }

            if (partial)
            {
                continue;
            }

            var firstWord = s.WordCount;
            var allCaps = true;
            for (var k = t; k < tokens.Length && tokens[k].Start < entity.End; k++)
            {
                if (tokens[k].IsPunctuation)
                {
                    continue;
                }

                s.AddWord(k);
                allCaps &= tokens[k].Has(TokenFlags.AllCaps);
            }

            var wordCount = s.WordCount - firstWord;
            if (wordCount == 0)
            {
                continue;
            }

            var hasGazetteerCanonical = !string.Equals(entity.Canonical, entity.Text, StringComparison.Ordinal);
            s.AddMention(new Mention(e, entity.Kind, entity.Start, firstWord, wordCount, allCaps && wordCount == 1, entity.Canonical, hasGazetteerCanonical, ids.Find(entity.Kind, entity.Canonical)));
        }
    }

    // A name entity: its words are the tokens s.Words[FirstWord .. FirstWord + WordCount).
    private struct Mention(int entityIndex, EntityKind kind, int start, int firstWord, int wordCount, bool isAcronym, string canonical, bool hasGazetteerCanonical, string? id)
    {
        public readonly int EntityIndex = entityIndex;
        public readonly EntityKind Kind = kind;
        public readonly int Start = start;
        public readonly int FirstWord = firstWord;
        public readonly int WordCount = wordCount;
        public readonly bool IsAcronym = isAcronym;
        public readonly string Canonical = canonical;
        public readonly bool HasGazetteerCanonical = hasGazetteerCanonical;

        // The id the gazetteers give its canonical, or null.
        public readonly string? Id = id;

        // The distinct name it mentions, and the longer name it refers to (-1: none); indexes into Scratch.Names.
        public int Name;
        public int Target = -1;
    }

    // A distinct name (kind and words) of the document; its words are those of its first mention.
    private struct Name(EntityKind kind, int firstMention)
    {
        public readonly EntityKind Kind = kind;
        public readonly int FirstMention = firstMention;

        // The union-find parent: names of one entity share a root. On a root: the name whose first mention's
        // text is the canonical, a gazetteer canonical some mention was given (or null), and the entity's id.
        public int Parent;
        public int Best;
        public string? Canonical;
        public string? Gazetteer;
        public string? Id;

        // Start offsets of its mentions, ascending: Scratch.Positions[PositionOffset .. PositionOffset + PositionCount).
        public int PositionOffset;
        public int PositionCount;
    }
}
