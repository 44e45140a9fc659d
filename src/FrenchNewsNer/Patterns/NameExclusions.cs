using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>
/// The built-in names a user silenced with <see cref="EntityExtractorBuilder.Exclude"/>: a candidate of an
/// excluded kind whose tokens, folded and joined by one space, are an excluded name is dropped before
/// conflict resolution. Keys are made the way documents are tokenised and folded, so "le  Monde" and
/// "Le Monde" are one name.
/// </summary>
internal sealed class NameExclusions
{
    private readonly FoldedMap<EntityKindSet> _names;
    private readonly int _longestKey;

    private NameExclusions(FoldedMap<EntityKindSet> names, int longestKey, EntityKindSet kinds)
    {
        _names = names;
        _longestKey = longestKey;
        Kinds = kinds;
    }

    /// <summary>Every kind some name is excluded for.</summary>
    public EntityKindSet Kinds { get; }

    /// <summary>
    /// The exclusions, minus the kinds a user gazetteer entry gives the same name (a user's own entry is
    /// never silenced); null when nothing is left.
    /// </summary>
    public static NameExclusions? Create(IEnumerable<(string Name, EntityKind Kind)> excluded, IEnumerable<GazetteerEntry> userEntries)
    {
        var byKey = new Dictionary<string, EntityKindSet>(StringComparer.Ordinal);
        foreach (var (name, kind) in excluded)
        {
            var key = PhraseTokens.Key(name);
            byKey[key] = byKey.TryGetValue(key, out var known) ? known.With(kind) : EntityKindSet.Of(kind);
        }

        foreach (var entry in userEntries)
        {
            var key = PhraseTokens.Key(entry.Name);
            if (byKey.TryGetValue(key, out var kinds))
            {
                byKey[key] = kinds.Without(entry.Kind);
            }
        }

        var builder = new FoldedMap<EntityKindSet>.Builder();
        var longest = 0;
        var all = EntityKindSet.None;
        foreach (var (key, kinds) in byKey)
        {
            if (!kinds.IsEmpty && key.Length > 0)
            {
                builder.AddFolded(key, kinds);
                longest = Math.Max(longest, key.Length);
                foreach (var kind in kinds.Kinds)
                {
                    all = all.With(kind);
                }
            }
        }

        return all.IsEmpty ? null : new NameExclusions(builder.Build(), longest, all);
    }

    /// <summary>Removes from <paramref name="candidates"/> every excluded one, in place.</summary>
    public void RemoveFrom(Document document, List<Candidate> candidates)
    {
        var kept = 0;
        Span<char> key = stackalloc char[Math.Min(_longestKey, 512)];
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            if (!(Kinds.Contains(candidate.Kind) && IsExcluded(document, candidate, key)))
            {
                candidates[kept++] = candidate;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private bool IsExcluded(Document document, in Candidate candidate, Span<char> buffer)
    {
        var tokens = document.Tokens.AsSpan();
        var first = FirstTokenAt(tokens, candidate.Start);
        if (first < 0)
        {
            return false;
        }

        // The candidate's tokens, folded, with one space between: no string per candidate.
        var length = 0;
        for (var t = first; t < tokens.Length && tokens[t].End <= candidate.End; t++)
        {
            var folded = document.FoldedOf(t);
            var needed = folded.Length + (length > 0 ? 1 : 0);
            if (length + needed > buffer.Length)
            {
                return false;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            folded.CopyTo(buffer[length..]);
            length += folded.Length;
        }

        return length > 0 && _names.TryGetValue(buffer[..length], out var kinds) && kinds.Contains(candidate.Kind);
    }

    /// <summary>The index of the token starting exactly at <paramref name="start"/>, or -1.</summary>
    private static int FirstTokenAt(ReadOnlySpan<Token> tokens, int start)
    {
        int low = 0, high = tokens.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var s = tokens[mid].Start;
            if (s == start)
            {
                return mid;
            }

            if (s < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }
}
