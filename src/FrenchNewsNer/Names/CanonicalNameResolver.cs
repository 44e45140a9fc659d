using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Gives every mention of one person, organisation or place in a document the same canonical name:
/// a short mention takes the name of a longer one that contains its words ("Kim", "M. Kim" →
/// "Kim Jong Un"; "Poutine" → "Vladimir Poutine"; "Ria" → "Ria Novosti"), and an acronym takes the
/// name of the mention whose initials it spells ("RPDC" → "République populaire démocratique de
/// Corée" → its gazetteer canonical "Corée du Nord"). When several longer names fit ("Kim" with both
/// "Kim Jong Un" and "Kim Yo Jong"), the nearest one mentioned before wins, else the nearest after.
/// </summary>
/// <remarks>
/// Work is per distinct name, not per pair of mentions: names are indexed by their words and
/// initials, so a long document with many mentions stays near linear.
/// Nothing is allocated per mention: a mention's words are the document's folded token spans, and the
/// mentions, names and their indexes live in per-thread arrays reused from one document to the next
/// (<see cref="Scratch"/>). Only the entities whose canonical name changes are new.
/// </remarks>
internal sealed class CanonicalNameResolver : IDocumentStage
{
    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    // How many longer names sharing a mention's word are examined for it, nearest first (see NearestFitting).
    private const int MaxCandidates = 64;

    // A document with more mentions than this leaves its (large) scratch arrays to the GC rather than to the thread.
    private const int MaxPooledMentions = 1 << 16;

    // The arrays of the last document resolved on this thread; taken out of the slot while in use.
    [ThreadStatic]
    private static Scratch? t_scratch;

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        try
        {
            Resolve(document, resolved.Entities, scratch);
        }
        finally
        {
            if (scratch.Clear(MaxPooledMentions))
            {
                t_scratch = scratch;
            }
        }
    }

    private static void Resolve(Document document, List<Entity> entities, Scratch s)
    {
        CollectMentions(document, entities, s);
        if (s.MentionCount < 2)
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
                if (w > 0)
                {
                    key[length++] = ' ';
                }

                var word = document.FoldedOf(s.Words[mention.FirstWord + w]);
                if (length + word.Length > key.Length)
                {
                    key = s.GrowKeyBuffer(length, length + word.Length + ((mention.WordCount - w) * 2));
                }

                word.CopyTo(key.AsSpan(length));
                length += word.Length;
            }

            var nameIndex = s.NameKeys.GetOrAdd(key.AsSpan(0, length), out var added);
            if (added)
            {
                s.AddName(new Name(mention.Kind, m, mention.Canonical, mention.HasGazetteerCanonical));
            }
            else if (mention.HasGazetteerCanonical && !s.Names[nameIndex].HasGazetteerCanonical)
            {
                s.Names[nameIndex].Canonical = mention.Canonical;
                s.Names[nameIndex].HasGazetteerCanonical = true;
            }

            s.Names[nameIndex].PositionCount++;
            mention.Name = nameIndex;
        }

        LayOutPositions(s);
        IndexNames(document, s);
        for (var m = 0; m < s.MentionCount; m++)
        {
            s.Mentions[m].Target = FindLonger(document, s, m);
        }

        for (var m = 0; m < s.MentionCount; m++)
        {
            ref var mention = ref s.Mentions[m];
            var canonical = CanonicalOf(s, mention);
            if (!string.Equals(canonical, entities[mention.EntityIndex].Canonical, StringComparison.Ordinal))
            {
                entities[mention.EntityIndex] = entities[mention.EntityIndex] with { Canonical = canonical };
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

    private static string CanonicalOf(Scratch s, in Mention mention) =>
        // A gazetteer canonical on the mention itself is the most specific fact there is.
        mention.HasGazetteerCanonical ? mention.Canonical : s.Names[mention.Target >= 0 ? mention.Target : mention.Name].Canonical;

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
                return s.ByWord.TryGetGroup(word, out var containing) ? NearestFitting(document, s, containing, m, acronym: false) : -1;
            }
        }

        return -1;
    }

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
    private static bool Compatible(EntityKind shortKind, EntityKind longKind) =>
        (shortKind == EntityKind.Person) == (longKind == EntityKind.Person);

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
    private static void CollectMentions(Document document, List<Entity> entities, Scratch s)
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
            s.AddMention(new Mention(e, entity.Kind, entity.Start, firstWord, wordCount, allCaps && wordCount == 1, entity.Canonical, hasGazetteerCanonical));
        }
    }

    // A name entity: its words are the tokens s.Words[FirstWord .. FirstWord + WordCount).
    private struct Mention(int entityIndex, EntityKind kind, int start, int firstWord, int wordCount, bool isAcronym, string canonical, bool hasGazetteerCanonical)
    {
        public readonly int EntityIndex = entityIndex;
        public readonly EntityKind Kind = kind;
        public readonly int Start = start;
        public readonly int FirstWord = firstWord;
        public readonly int WordCount = wordCount;
        public readonly bool IsAcronym = isAcronym;
        public readonly string Canonical = canonical;
        public readonly bool HasGazetteerCanonical = hasGazetteerCanonical;

        // The distinct name it mentions, and the longer name it refers to (-1: none); indexes into Scratch.Names.
        public int Name;
        public int Target = -1;
    }

    // A distinct name (kind and words) of the document; its words are those of its first mention.
    private struct Name(EntityKind kind, int firstMention, string canonical, bool hasGazetteerCanonical)
    {
        public readonly EntityKind Kind = kind;
        public readonly int FirstMention = firstMention;
        public string Canonical = canonical;
        public bool HasGazetteerCanonical = hasGazetteerCanonical;

        // Start offsets of its mentions, ascending: Scratch.Positions[PositionOffset .. PositionOffset + PositionCount).
        public int PositionOffset;
        public int PositionCount;
    }

    /// <summary>
    /// The per-document working arrays, kept by the thread between documents so that resolving allocates
    /// nothing once they have grown to a document's size. One document at a time (a thread-static slot).
    /// </summary>
    private sealed class Scratch
    {
        public Mention[] Mentions = new Mention[64];
        public int MentionCount;
        public int[] Words = new int[128];
        public int WordCount;
        public Name[] Names = new Name[64];
        public int NameCount;
        public int[] Positions = new int[64];
        public readonly SpanKeyTable NameKeys = new();
        public readonly SpanGroups ByWord = new();
        public readonly SpanGroups ByInitials = new();
        private char[] _key = new char[64];

        public void AddMention(in Mention mention)
        {
            if (MentionCount == Mentions.Length)
            {
                Array.Resize(ref Mentions, MentionCount * 2);
            }

            Mentions[MentionCount++] = mention;
        }

        public void AddWord(int token)
        {
            if (WordCount == Words.Length)
            {
                Array.Resize(ref Words, WordCount * 2);
            }

            Words[WordCount++] = token;
        }

        public void AddName(in Name name)
        {
            if (NameCount == Names.Length)
            {
                Array.Resize(ref Names, NameCount * 2);
            }

            Names[NameCount++] = name;
        }

        public int[] PositionBuffer(int length)
        {
            if (Positions.Length < length)
            {
                Positions = new int[Math.Max(length, Positions.Length * 2)];
            }

            return Positions;
        }

        // A buffer of at least `length` chars for building a key (its contents are not kept).
        public char[] KeyBuffer(int length)
        {
            if (_key.Length < length)
            {
                _key = new char[Math.Max(length, _key.Length * 2)];
            }

            return _key;
        }

        // The key buffer grown to at least `length` chars, its first `used` chars kept.
        public char[] GrowKeyBuffer(int used, int length)
        {
            var grown = new char[Math.Max(length, _key.Length * 2)];
            _key.AsSpan(0, used).CopyTo(grown);
            return _key = grown;
        }

        /// <summary>Forgets the document (dropping its strings); false when the arrays grew too large to keep.</summary>
        public bool Clear(int maxMentions)
        {
            Array.Clear(Mentions, 0, MentionCount);
            Array.Clear(Names, 0, NameCount);
            var keep = Mentions.Length <= maxMentions;
            MentionCount = 0;
            WordCount = 0;
            NameCount = 0;
            return keep;
        }
    }

    /// <summary>
    /// Groups of name numbers by char-span key, each group in the order its names were added (once per name):
    /// collected by <see cref="Add"/>, then laid out contiguously by <see cref="Seal"/> for reading.
    /// </summary>
    private sealed class SpanGroups
    {
        private readonly SpanKeyTable _keys = new();
        private int[] _pairKeys = new int[64];
        private int[] _pairNames = new int[64];
        private int _pairCount;
        private int[] _lastName = new int[64]; // per key: the last name added, so a name is added once
        private int[] _offsets = new int[65];
        private int[] _grouped = new int[64];

        /// <summary>Empties the groups for at most <paramref name="maxKeys"/> keys.</summary>
        public void Reset(int maxKeys)
        {
            _keys.Reset(maxKeys);
            _pairCount = 0;
        }

        /// <summary>Adds <paramref name="name"/> to the group of <paramref name="key"/>, unless it was the last one added there.</summary>
        public void Add(ReadOnlySpan<char> key, int name)
        {
            var group = _keys.GetOrAdd(key, out var added);
            if (group >= _lastName.Length)
            {
                Array.Resize(ref _lastName, _lastName.Length * 2);
            }

            if (!added && _lastName[group] == name)
            {
                return;
            }

            _lastName[group] = name;
            if (_pairCount == _pairKeys.Length)
            {
                Array.Resize(ref _pairKeys, _pairCount * 2);
                Array.Resize(ref _pairNames, _pairCount * 2);
            }

            _pairKeys[_pairCount] = group;
            _pairNames[_pairCount++] = name;
        }

        /// <summary>Lays the groups out one after the other, each in the order of its additions.</summary>
        public void Seal()
        {
            var groups = _keys.Count;
            if (_offsets.Length < groups + 1)
            {
                _offsets = new int[Math.Max(groups + 1, _offsets.Length * 2)];
            }

            if (_grouped.Length < _pairCount)
            {
                _grouped = new int[Math.Max(_pairCount, _grouped.Length * 2)];
            }

            // A counting sort: sizes, then starts, then the names in order (each start advances as it fills).
            Array.Clear(_offsets, 0, groups + 1);
            for (var p = 0; p < _pairCount; p++)
            {
                _offsets[_pairKeys[p] + 1]++;
            }

            for (var g = 0; g < groups; g++)
            {
                _offsets[g + 1] += _offsets[g];
            }

            for (var p = 0; p < _pairCount; p++)
            {
                _grouped[_offsets[_pairKeys[p]]++] = _pairNames[p];
            }

            // Each start has advanced to the next group's start: shift them back.
            for (var g = groups; g > 0; g--)
            {
                _offsets[g] = _offsets[g - 1];
            }

            _offsets[0] = 0;
        }

        /// <summary>The names of <paramref name="key"/>'s group (after <see cref="Seal"/>).</summary>
        public bool TryGetGroup(ReadOnlySpan<char> key, out ReadOnlySpan<int> names)
        {
            var group = _keys.IndexOf(key);
            names = group < 0 ? default : _grouped.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);
            return group >= 0;
        }
    }
}
