using System.Buffers;
using System.Runtime.InteropServices;

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
        return KeyLayout.For(ordered, textLength) is { } layout
            ? ResolveByKeys(ordered, textLength, layout)
            : ResolveByComparison(ordered, textLength);
    }

    /// <summary>The general path of <see cref="Resolve"/> on filtered candidates (internal for the test that compares both paths).</summary>
    internal static List<Candidate> ResolveByComparison(List<Candidate> ordered, int textLength)
    {
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

    private const int RankBits = 3;

    // One comparison per possible index width, built once: each compares what the candidate comparison
    // compares and ignores the index bits, so that a tie here is a tie there.
    private static readonly Comparison<ulong>[] ByPriority = CreatePriorityComparisons();

    /// <summary>
    /// The packed sort key of the fast path, high bits first: the inverted length, the kind rank, the start,
    /// then the candidate's index, which the comparison ignores. Each field is as wide as this document needs
    /// (its longest candidate, its length, its candidate count), so the fast path serves every document whose
    /// fields fit in 64 bits: a 1 MB hostile text of 500,000 one-character candidates as well as an article.
    /// </summary>
    internal readonly record struct KeyLayout(int LengthBits, int PositionBits, int IndexBits)
    {
        public ulong IndexMask => (1UL << IndexBits) - 1;

        /// <summary>The narrowest layout for <paramref name="candidates"/>, or null when the fields do not fit in 64 bits.</summary>
        public static KeyLayout? For(List<Candidate> candidates, int textLength)
        {
            var longest = 0;
            foreach (var candidate in CollectionsMarshal.AsSpan(candidates))
            {
                longest = Math.Max(longest, candidate.Length);
            }

            var layout = new KeyLayout(BitWidth(longest), BitWidth(textLength), BitWidth(candidates.Count));
            return layout.LengthBits + RankBits + layout.PositionBits + layout.IndexBits <= 64 ? layout : null;
        }

        private static int BitWidth(int value) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)value);
    }

    /// <summary>
    /// <see cref="Resolve"/> when the <paramref name="layout"/> fits: the candidates are sorted as 8-byte keys
    /// instead of 40-byte structs compared through their properties. The priority sort runs the same
    /// introsort with a comparison of the same sign on every pair, so it leaves ties (same span and kind,
    /// different values) in the same order and keeps the same winner; the final sort by start has no ties
    /// (winners never overlap), so any sort gives the same order there.
    /// </summary>
    internal static List<Candidate> ResolveByKeys(List<Candidate> ordered, int textLength, KeyLayout layout)
    {
        var count = ordered.Count;
        var candidates = CollectionsMarshal.AsSpan(ordered);
        var rentedKeys = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
        var words = (textLength + 63) >> 6;
        var rentedBits = ArrayPool<ulong>.Shared.Rent(words);
        var rentedWinners = ArrayPool<Candidate>.Shared.Rent(Math.Max(1, count));
        var accepted = 0;
        try
        {
            var keys = rentedKeys.AsSpan(0, count);
            for (var k = 0; k < keys.Length; k++)
            {
                ref readonly var c = ref candidates[k];
                var inverseLength = (ulong)((1L << layout.LengthBits) - 1 - c.Length);
                keys[k] = (inverseLength << (layout.IndexBits + RankBits + layout.PositionBits)) | ((ulong)Rank(c.Kind) << (layout.IndexBits + layout.PositionBits)) | ((ulong)c.Start << layout.IndexBits) | (uint)k;
            }

            keys.Sort(ByPriority[layout.IndexBits]);

            // See Resolve for the occupancy map. Winners' keys are rewritten in place as start and index
            // (the write position never passes the read position).
            var occupied = rentedBits.AsSpan(0, words);
            occupied.Clear();
            for (var k = 0; k < keys.Length; k++)
            {
                var index = (int)(keys[k] & layout.IndexMask);
                ref readonly var candidate = ref candidates[index];
                if (AnySet(occupied, candidate.Start, candidate.End))
                {
                    continue;
                }

                SetRange(occupied, candidate.Start, candidate.End);
                keys[accepted++] = ((ulong)candidate.Start << layout.IndexBits) | (uint)index;
            }

            var winnerKeys = keys[..accepted];
            winnerKeys.Sort();
            var winners = rentedWinners.AsSpan(0, accepted);
            for (var k = 0; k < winners.Length; k++)
            {
                winners[k] = candidates[(int)(winnerKeys[k] & layout.IndexMask)];
            }

            winners.CopyTo(candidates);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rentedKeys);
            ArrayPool<ulong>.Shared.Return(rentedBits);

            // Cleared: candidates hold values and names, which a pooled array must not keep alive.
            ArrayPool<Candidate>.Shared.Return(rentedWinners, clearArray: true);
        }

        ordered.RemoveRange(accepted, count - accepted);
        return ordered;
    }

    private static Comparison<ulong>[] CreatePriorityComparisons()
    {
        var comparisons = new Comparison<ulong>[64];
        for (var indexBits = 0; indexBits < comparisons.Length; indexBits++)
        {
            var shift = indexBits;
            comparisons[indexBits] = (a, b) => (a >> shift).CompareTo(b >> shift);
        }

        return comparisons;
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
