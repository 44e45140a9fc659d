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

    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        var entities = resolved.Entities;
        var mentions = CollectMentions(document, entities);
        if (mentions.Count < 2)
        {
            return;
        }

        // Distinct names (by kind and folded words) with every position they are mentioned at.
        var names = new Dictionary<string, Name>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var key = (int)mention.Kind + "\u0001" + string.Join(' ', mention.Words);
            if (!names.TryGetValue(key, out var name))
            {
                names[key] = name = new Name(mention.Kind, mention.Words, mention.Canonical, mention.HasGazetteerCanonical);
            }
            else if (mention.HasGazetteerCanonical && !name.HasGazetteerCanonical)
            {
                name.Canonical = mention.Canonical;
                name.HasGazetteerCanonical = true;
            }

            name.Positions.Add(mention.Start);
            mention.Name = name;
        }

        // Every shorter run of a name's words points to the name, so a mention finds the names that
        // contain it with one look-up instead of scanning every name sharing a word (quadratic on a
        // long run of capitalised words). Names are a few words long, so the runs per name are few.
        var byRun = new Dictionary<string, RunPool>(StringComparer.Ordinal);
        var byInitials = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        var runsOfName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Values)
        {
            if (name.Words.Length < 2)
            {
                continue;
            }

            runsOfName.Clear();
            for (var start = 0; start < name.Words.Length; start++)
            {
                for (var length = 1; length < name.Words.Length && start + length <= name.Words.Length; length++)
                {
                    var run = RunKey(name.Kind, name.Words, start, length);
                    if (runsOfName.Add(run))
                    {
                        if (!byRun.TryGetValue(run, out var pool))
                        {
                            byRun[run] = pool = new RunPool();
                        }

                        pool.Names.Add(name);
                    }
                }
            }

            var initials = Initials(name.Words);
            if (initials.Length >= 2)
            {
                Add(byInitials, initials, name);
            }
        }

        foreach (var mention in mentions)
        {
            var longer = FindLonger(mention, byRun, byInitials);
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

    private static Name? FindLonger(Mention mention, Dictionary<string, RunPool> byRun, Dictionary<string, List<Name>> byInitials)
    {
        var words = mention.Words;
        if (words.Length == 1 && mention.IsAcronym && byInitials.TryGetValue(words[0], out var expansions))
        {
            return expansions.Count == 1 ? expansions[0] : Nearest(expansions, mention.Start);
        }

        if (words.All(FunctionWords.Contains)
            || !byRun.TryGetValue(RunKey(mention.Kind, words, 0, words.Length), out var pool))
        {
            return null;
        }

        return pool.Count == 1 ? pool.Names[0] : pool.Nearest(mention.Start);
    }

    /// <summary>
    /// The key of a run of words as a short mention of <paramref name="kind"/> looks it up: a
    /// person's short name may only point to a person; organisation and place acronyms and short
    /// forms are freely confused in news ("la RPDC" the state vs the territory), so they share keys.
    /// </summary>
    private static string RunKey(EntityKind kind, string[] words, int start, int length) =>
        (kind == EntityKind.Person ? "P\u0001" : "N\u0001") + string.Join(' ', words, start, length);

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

            var words = new List<string>();
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

    /// <summary>
    /// The longer names that contain one run of words, with all their mention positions merged in
    /// text order (built on first use), so the nearest one to a mention is one binary search.
    /// </summary>
    private sealed class RunPool
    {
        private (int Position, Name Name)[]? _mentions;

        public List<Name> Names { get; } = new();

        public int Count => Names.Count;

        /// <summary>The name mentioned nearest before <paramref name="position"/>, else nearest after.</summary>
        public Name Nearest(int position)
        {
            _mentions ??= Names.SelectMany(n => n.Positions.Select(p => (p, n))).OrderBy(m => m.p).ToArray();
            int low = 0, high = _mentions.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (_mentions[middle].Position < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low > 0 ? _mentions[low - 1].Name : _mentions[low].Name;
        }
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
