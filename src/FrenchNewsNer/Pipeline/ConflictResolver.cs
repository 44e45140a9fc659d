using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// The one conflict policy: Person, Organization, Location, Quantity, Date and Number never overlap.
/// Longer spans win; between equal lengths the fixed kind priority decides
/// (Date, Quantity, Person, Organization, Location, Number); then the earlier start; then the earlier proposal.
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
    /// <remarks>
    /// The priority order is total: longer first, then the kind rank, then the earlier start, then the earlier
    /// proposal (the candidate's index in <paramref name="candidates"/>). Duplicates (same span and kind, other
    /// values) therefore resolve to the first proposed one whatever the sort algorithm does with equal keys.
    /// </remarks>
    public static List<Candidate> Resolve(List<Candidate> candidates, int textLength)
    {
        // In place: no second and third list per document.
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Kind != EntityKind.Gift && c.End > c.Start && c.Start >= 0 && c.End <= textLength)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
        var layout = KeyLayout.For(candidates, textLength);
        return layout.TotalBits <= 64
            ? ResolveByKeys<ulong>(candidates, textLength, layout)
            : ResolveByKeys<UInt128>(candidates, textLength, layout);
    }

    private const int RankBits = 3;

    /// <summary>
    /// The packed sort key, high bits first: the inverted length, the kind rank, the start, then the
    /// candidate's index. Each field is as wide as this document needs (its longest candidate, its length,
    /// its candidate count), so an article's keys fit in 64 bits; the rare document whose fields do not
    /// (a gigabyte-long candidate) takes 128-bit keys of the same layout and order.
    /// </summary>
    internal readonly record struct KeyLayout(int LengthBits, int PositionBits, int IndexBits)
    {
        /// <summary>The width of the whole key in bits.</summary>
        public int TotalBits => LengthBits + RankBits + PositionBits + IndexBits;

        /// <summary>The narrowest layout for <paramref name="candidates"/>.</summary>
        public static KeyLayout For(List<Candidate> candidates, int textLength)
        {
            var longest = 0;
            foreach (var candidate in CollectionsMarshal.AsSpan(candidates))
            {
                longest = Math.Max(longest, candidate.Length);
            }

            return new KeyLayout(BitWidth(longest), BitWidth(textLength), BitWidth(candidates.Count));
        }

        private static int BitWidth(int value) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)value);
    }

    /// <summary>
    /// <see cref="Resolve"/> on filtered candidates with keys of type <typeparamref name="TKey"/> (64 or 128
    /// bits; internal for the test that runs both widths on the same input): the candidates are sorted as
    /// packed integer keys instead of 40-byte structs compared through their properties. The keys are all
    /// distinct (they hold the index), so the winners are the same for every key width and sort algorithm.
    /// </summary>
    internal static List<Candidate> ResolveByKeys<TKey>(List<Candidate> ordered, int textLength, KeyLayout layout)
        where TKey : unmanaged, IBinaryInteger<TKey>
    {
        var count = ordered.Count;
        var candidates = CollectionsMarshal.AsSpan(ordered);
        var rentedKeys = ArrayPool<TKey>.Shared.Rent(Math.Max(1, count));

        // One bit per UTF-16 unit: checking and marking a span costs its length, so the whole pass is
        // linear in the total candidate length (sorting aside), even on a 50 MB document.
        // The map is rented (an eighth of a byte per character, every document) and cleared, since a
        // rented array holds whatever its last user left in it.
        var words = (textLength + 63) >> 6;
        var rentedBits = ArrayPool<ulong>.Shared.Rent(words);
        var rentedWinners = ArrayPool<Candidate>.Shared.Rent(Math.Max(1, count));
        var accepted = 0;
        var indexMask = (TKey.One << layout.IndexBits) - TKey.One;
        var startShift = layout.IndexBits;
        var rankShift = startShift + layout.PositionBits;
        var lengthShift = rankShift + RankBits;
        var longest = (1L << layout.LengthBits) - 1;
        try
        {
            var keys = rentedKeys.AsSpan(0, count);
            for (var k = 0; k < keys.Length; k++)
            {
                ref readonly var c = ref candidates[k];
                keys[k] = (TKey.CreateTruncating(longest - c.Length) << lengthShift)
                    | (TKey.CreateTruncating(Rank(c.Kind)) << rankShift)
                    | (TKey.CreateTruncating(c.Start) << startShift)
                    | TKey.CreateTruncating(k);
            }

            keys.Sort();

            // Winners' keys are rewritten in place as start and index (the write position never passes the
            // read position), so that sorting them again orders the winners by start.
            var occupied = rentedBits.AsSpan(0, words);
            occupied.Clear();
            for (var k = 0; k < keys.Length; k++)
            {
                var index = int.CreateTruncating(keys[k] & indexMask);
                ref readonly var candidate = ref candidates[index];
                if (AnySet(occupied, candidate.Start, candidate.End))
                {
                    continue;
                }

                SetRange(occupied, candidate.Start, candidate.End);
                keys[accepted++] = (TKey.CreateTruncating(candidate.Start) << startShift) | TKey.CreateTruncating(index);
            }

            var winnerKeys = keys[..accepted];
            winnerKeys.Sort();
            var winners = rentedWinners.AsSpan(0, accepted);
            for (var k = 0; k < winners.Length; k++)
            {
                winners[k] = candidates[int.CreateTruncating(winnerKeys[k] & indexMask)];
            }

            winners.CopyTo(candidates);
        }
        finally
        {
            ArrayPool<TKey>.Shared.Return(rentedKeys);
            ArrayPool<ulong>.Shared.Return(rentedBits);

            // Cleared: candidates hold values and names, which a pooled array must not keep alive.
            ArrayPool<Candidate>.Shared.Return(rentedWinners, clearArray: true);
        }

        ordered.RemoveRange(accepted, count - accepted);
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
