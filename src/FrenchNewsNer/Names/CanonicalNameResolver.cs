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
/// </remarks>
internal sealed class CanonicalNameResolver : IDocumentStage
{
    // Function words that do not count towards initials and never anchor a short mention.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "l'", "d'", "et", "en", "a", "au", "aux", "pour", "sur",
    };

    private static readonly EntityKindSet NameKinds = EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location);

    // How many longer names sharing a mention's word are examined for it, nearest first (see NearestFitting).
    private const int MaxCandidates = 64;

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        var entities = resolved.Entities;
        var mentions = CollectMentions(document, entities);
        if (mentions.Count < 2)
        {
            return;
        }

        // Distinct names (by kind and folded words) with every position they are mentioned at.
        // Keyed by kind and joined words as a tuple: one string per mention rather than three (the kind's digits,
        // the joined words, their concatenation).
        var names = new Dictionary<(EntityKind Kind, string Words), Name>();
        var namesInOrder = new List<Name>();
        foreach (var mention in mentions)
        {
            var key = (mention.Kind, mention.Words.Length == 1 ? mention.Words[0] : string.Join(' ', mention.Words));
            if (!names.TryGetValue(key, out var name))
            {
                names[key] = name = new Name(mention.Kind, mention.Words, mention.Canonical, mention.HasGazetteerCanonical);
                namesInOrder.Add(name);
            }
            else if (mention.HasGazetteerCanonical && !name.HasGazetteerCanonical)
            {
                name.Canonical = mention.Canonical;
                name.HasGazetteerCanonical = true;
            }

            name.Positions.Add(mention.Start);
            mention.Name = name;
        }

        // Each index list holds its names in the order of their first mention (the order they were created in),
        // so FindLonger can start its bounded scan at the mention's own position.
        var byWord = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        var byInitials = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        foreach (var name in namesInOrder)
        {
            if (name.Words.Length < 2)
            {
                continue;
            }

            foreach (var word in name.Words.Distinct())
            {
                Add(byWord, word, name);
            }

            var initials = Initials(name.Words);
            if (initials.Length >= 2)
            {
                Add(byInitials, initials, name);
            }
        }

        foreach (var mention in mentions)
        {
            var longer = FindLonger(mention, byWord, byInitials);
            if (longer is not null)
            {
                mention.Target = longer;
            }
        }

        foreach (var mention in mentions)
        {
            var canonical = CanonicalOf(mention);
            if (!string.Equals(canonical, entities[mention.EntityIndex].Canonical, StringComparison.Ordinal))
            {
                entities[mention.EntityIndex] = entities[mention.EntityIndex] with { Canonical = canonical };
            }
        }
    }

    private static string CanonicalOf(Mention mention)
    {
        // A gazetteer canonical on the mention itself is the most specific fact there is.
        if (mention.HasGazetteerCanonical)
        {
            return mention.Canonical;
        }

        var name = mention.Target ?? mention.Name!;
        return name.Canonical;
    }

    private static Name? FindLonger(Mention mention, Dictionary<string, List<Name>> byWord, Dictionary<string, List<Name>> byInitials)
    {
        var words = mention.Words;
        if (words.Length == 1 && mention.IsAcronym && byInitials.TryGetValue(words[0], out var expansions))
        {
            return NearestFitting(expansions, mention, static (_, _) => true);
        }

        var anchor = words.FirstOrDefault(w => !FunctionWords.Contains(w));
        if (anchor is null || !byWord.TryGetValue(anchor, out var containing))
        {
            return null;
        }

        return NearestFitting(containing, mention, static (m, n) => n.Words.Length > m.Words.Length && ContainsRun(n.Words, m.Words) && Compatible(m.Kind, n.Kind));
    }

    // The fitting name mentioned nearest before the mention, else nearest after. Thousands of names may share
    // a word ("Jean …") in a hostile or very long text: only the MaxCandidates names first mentioned closest
    // to the mention (found by binary search, then scanned outwards both ways) are examined, so the cost per
    // mention is bounded and the pass stays linear; far-away names lose nothing a reader would link.
    private static Name? NearestFitting(List<Name> candidates, Mention mention, Func<Mention, Name, bool> fits)
    {
        var at = FirstMentionedFrom(candidates, mention.Start);
        var pool = new List<Name>();
        var before = at - 1;
        var after = at;
        for (var scanned = 0; scanned < MaxCandidates && (before >= 0 || after < candidates.Count); scanned++)
        {
            var fromBefore = before >= 0 && (scanned % 2 == 0 || after >= candidates.Count);
            var name = fromBefore ? candidates[before--] : candidates[after++];
            if (fits(mention, name))
            {
                pool.Add(name);
            }
        }

        return pool.Count switch
        {
            0 => null,
            1 => pool[0],
            _ => Nearest(pool, mention.Start),
        };
    }

    // The index of the first name in `names` (ordered by first mention) first mentioned at or after `position`.
    private static int FirstMentionedFrom(List<Name> names, int position)
    {
        var low = 0;
        var high = names.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (names[middle].Positions[0] < position)
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

    private static Name Nearest(List<Name> pool, int position)
    {
        Name? before = null;
        var beforePosition = int.MinValue;
        Name? after = null;
        var afterPosition = int.MaxValue;
        foreach (var name in pool)
        {
            var index = name.Positions.BinarySearch(position);
            index = index < 0 ? ~index : index;
            if (index > 0 && name.Positions[index - 1] > beforePosition)
            {
                before = name;
                beforePosition = name.Positions[index - 1];
            }

            if (index < name.Positions.Count && name.Positions[index] < afterPosition)
            {
                after = name;
                afterPosition = name.Positions[index];
            }
        }

        return before ?? after!;
    }

    private static bool ContainsRun(string[] words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Length; i++)
        {
            var match = true;
            for (var k = 0; k < run.Length && match; k++)
            {
                match = words[i + k] == run[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static string Initials(string[] words)
    {
        var chars = new char[words.Length];
        var count = 0;
        foreach (var word in words)
        {
            if (!FunctionWords.Contains(word) && char.IsLetter(word[0]))
            {
                chars[count++] = word[0];
            }
        }

        return new string(chars, 0, count);
    }

    private static void Add(Dictionary<string, List<Name>> index, string key, Name name)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<Name>();
        }

        list.Add(name);
    }

    private static List<Mention> CollectMentions(Document document, List<Entity> entities)
    {
        var mentions = new List<Mention>();
        var tokens = document.Tokens;
        // One list for every mention's words, copied out by ToArray: not a list (and its growth) per entity.
        var words = new List<string>();
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

            words.Clear();
            var allCaps = true;
            for (var k = t; k < tokens.Length && tokens[k].Start < entity.End; k++)
            {
                if (tokens[k].IsPunctuation)
                {
                    continue;
                }

                words.Add(document.FoldedOf(k).ToString());
                allCaps &= tokens[k].Has(TokenFlags.AllCaps);
            }

            if (words.Count == 0)
            {
                continue;
            }

            var hasGazetteerCanonical = !string.Equals(entity.Canonical, entity.Text, StringComparison.Ordinal);
            mentions.Add(new Mention(e, entity.Kind, entity.Start, words.ToArray(), allCaps && words.Count == 1, entity.Canonical, hasGazetteerCanonical));
        }

        return mentions;
    }

    private sealed class Name(EntityKind kind, string[] words, string canonical, bool hasGazetteerCanonical)
    {
        public EntityKind Kind { get; } = kind;

        public string[] Words { get; } = words;

        public string Canonical { get; set; } = canonical;

        public bool HasGazetteerCanonical { get; set; } = hasGazetteerCanonical;

        /// <summary>Start offsets of its mentions, ascending (mentions are visited in text order).</summary>
        public List<int> Positions { get; } = new();
    }

    private sealed class Mention(int entityIndex, EntityKind kind, int start, string[] words, bool isAcronym, string canonical, bool hasGazetteerCanonical)
    {
        public int EntityIndex { get; } = entityIndex;

        public EntityKind Kind { get; } = kind;

        public int Start { get; } = start;

        public string[] Words { get; } = words;

        public bool IsAcronym { get; } = isAcronym;

        public string Canonical { get; } = canonical;

        public bool HasGazetteerCanonical { get; } = hasGazetteerCanonical;

        public Name? Name { get; set; }

        public Name? Target { get; set; }
    }
}
