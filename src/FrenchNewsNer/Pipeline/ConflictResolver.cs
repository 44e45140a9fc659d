using System.Buffers;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// The one conflict policy: Person, Organization, Location, Quantity, Date and Number never overlap.
/// Longer spans win; between equal lengths the fixed kind priority decides
/// (Date, Quantity, Person, Organization, Location, Number); then the earlier start.
/// </summary>
internal static class ConflictResolver
{
    // Lower rank wins a tie. Dates and quantities come first because their recognisers are the most
    // specific (a weekday or a unit is rarely a name); Number is the fallback for every bare count.
    private static ReadOnlySpan<byte> KindRank => [3 /*Person*/, 4 /*Organization*/, 5 /*Location*/, 2 /*Quantity*/, 1 /*Date*/, 6 /*Number*/, 7 /*Gift*/];

    public static int Rank(EntityKind kind) => KindRank[(int)kind];

    /// <summary>
    /// Returns the winning candidates sorted by start, in <paramref name="candidates"/> itself (reordered and
    /// cut down in place). Gift candidates are ignored.
    /// </summary>
    /// <param name="candidates">Every family's proposals, in any order; the list is reused for the result.</param>
    /// <param name="textLength">The document length, to size the occupancy map.</param>
    public static List<Candidate> Resolve(List<Candidate> candidates, int textLength)
    {
        // In place, in the same order of operations as filtering into a new list would take (the sorts are
        // not stable, so the same input order gives the same result): no second and third list per document.
        var ordered = candidates;
        var kept = 0;
        for (var k = 0; k < ordered.Count; k++)
        {
            var c = ordered[k];
            if (c.Kind != EntityKind.Gift && c.End > c.Start && c.Start >= 0 && c.End <= textLength)
            {
                ordered[kept++] = c;
            }
        }

        ordered.RemoveRange(kept, ordered.Count - kept);
        ordered.Sort(static (a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byKind = Rank(a.Kind).CompareTo(Rank(b.Kind));
            return byKind != 0 ? byKind : a.Start.CompareTo(b.Start);
        });

        // One bit per UTF-16 unit: checking and marking a span costs its length, so the whole pass is
        // linear in the total candidate length (sorting aside), even on a 50 MB document.
        // The map is rented (an eighth of a byte per character, every document) and cleared, since a
        // rented array holds whatever its last user left in it.
        var words = (textLength + 63) >> 6;
        var rented = ArrayPool<ulong>.Shared.Rent(words);
        var accepted = 0;
        try
        {
            var occupied = rented.AsSpan(0, words);
            occupied.Clear();
            for (var k = 0; k < ordered.Count; k++)
            {
                var candidate = ordered[k];
                if (AnySet(occupied, candidate.Start, candidate.End))
                {
                    continue;
                }

                SetRange(occupied, candidate.Start, candidate.End);
                ordered[accepted++] = candidate;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }

        ordered.RemoveRange(accepted, ordered.Count - accepted);
        ordered.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return ordered;
    }

    private static bool AnySet(Span<ulong> bits, int start, int end)
    {
        for (var i = start; i < end;)
        {
            var word = i >> 6;
            var offset = i & 63;
            var count = Math.Min(64 - offset, end - i);
            var mask = count == 64 ? ulong.MaxValue : ((1UL << count) - 1) << offset;
            if ((bits[word] & mask) != 0)
            {
                return true;
            }

            i += count;
        }

        return false;
    }

    private static void SetRange(Span<ulong> bits, int start, int end)
    {
        for (var i = start; i < end;)
        {
            var word = i >> 6;
            var offset = i & 63;
            var count = Math.Min(64 - offset, end - i);
            var mask = count == 64 ? ulong.MaxValue : ((1UL << count) - 1) << offset;
            bits[word] |= mask;
            i += count;
        }
    }
}
