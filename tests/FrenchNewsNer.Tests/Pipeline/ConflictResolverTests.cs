using FrenchNewsNer.Pipeline;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.Pipeline;

[Properties(MaxTest = 100)]
public class ConflictResolverTests
{
    [Fact]
    public void The_longest_span_wins()
    {
        var resolved = ConflictResolver.Resolve(
            [new Candidate(EntityKind.Number, 0, 3), new Candidate(EntityKind.Quantity, 0, 9), new Candidate(EntityKind.Location, 8, 12)],
            20);
        Assert.Equal([EntityKind.Quantity], resolved.Select(c => c.Kind));
    }

    [Fact]
    public void Equal_spans_follow_the_kind_priority()
    {
        var resolved = ConflictResolver.Resolve(
            [new Candidate(EntityKind.Person, 0, 8), new Candidate(EntityKind.Number, 0, 8), new Candidate(EntityKind.Date, 0, 8), new Candidate(EntityKind.Location, 0, 8)],
            8);
        Assert.Equal(EntityKind.Date, Assert.Single(resolved).Kind);
    }

    [Fact]
    public void Gift_candidates_are_another_layer_and_ignored_here()
    {
        var resolved = ConflictResolver.Resolve([new Candidate(EntityKind.Gift, 0, 30), new Candidate(EntityKind.Number, 0, 4)], 30);
        Assert.Equal(EntityKind.Number, Assert.Single(resolved).Kind);
    }

    /// <summary>The policy written the slow, obvious way: a stable sort by priority, then first come first served.</summary>
    private static List<Candidate> ResolveByModel(List<Candidate> candidates, int textLength)
    {
        var occupied = new bool[textLength];
        var winners = new List<Candidate>();
        foreach (var c in candidates
                     .Where(c => c.Kind != EntityKind.Gift && c.End > c.Start && c.Start >= 0 && c.End <= textLength)
                     .OrderByDescending(c => c.Length).ThenBy(c => ConflictResolver.Rank(c.Kind)).ThenBy(c => c.Start))
        {
            if (!occupied.AsSpan(c.Start, c.Length).Contains(true))
            {
                occupied.AsSpan(c.Start, c.Length).Fill(true);
                winners.Add(c);
            }
        }

        return winners.OrderBy(c => c.Start).ToList();
    }

    private static List<Candidate> RandomCandidates(Random random, int textLength, int maxCount, int maxLength)
    {
        // Duplicates (same span and kind, other canonical names) make the order of ties visible.
        var candidates = new List<Candidate>();
        for (var k = random.Next(1, maxCount); k > 0; k--)
        {
            var start = random.Next(0, textLength - maxLength);
            var end = start + random.Next(1, maxLength);
            candidates.Add(new Candidate((EntityKind)random.Next(0, 6), start, end, Canonical: "c" + k));
            if (random.Next(3) == 0)
            {
                candidates.Add(new Candidate(candidates[^1].Kind, start, end, Canonical: "d" + k));
            }
        }

        return candidates;
    }

    [Fact]
    public void Among_duplicates_the_first_proposed_wins_as_in_a_stable_sort()
    {
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var candidates = RandomCandidates(random, 320, 400, 25);
            Assert.Equal(ResolveByModel(candidates, 320), ConflictResolver.Resolve(candidates.ToList(), 320));
        }
    }

    [Fact]
    public void Keys_as_wide_as_a_long_document_needs_give_the_model_result()
    {
        // Past 2^20 characters the start needs more bits: the layout widens it and narrows the others.
        const int textLength = 3_000_000;
        var random = new Random(11);
        for (var round = 0; round < 50; round++)
        {
            var candidates = RandomCandidates(random, textLength, 2_000, random.Next(2) == 0 ? 5 : 100);
            var layout = ConflictResolver.KeyLayout.For(candidates, textLength);
            Assert.Equal(22, layout.PositionBits);
            Assert.Equal(ResolveByModel(candidates, textLength), ConflictResolver.Resolve(candidates.ToList(), textLength));
        }
    }

    [Fact]
    public void Keys_of_64_and_128_bits_pick_the_same_winners()
    {
        var random = new Random(7);
        for (var round = 0; round < 100; round++)
        {
            var candidates = RandomCandidates(random, 320, 400, 25);
            var layout = ConflictResolver.KeyLayout.For(candidates, 320);
            Assert.Equal(
                ConflictResolver.ResolveByKeys<ulong>(candidates.ToList(), 320, layout),
                ConflictResolver.ResolveByKeys<UInt128>(candidates.ToList(), 320, layout));
        }
    }

    [Fact]
    public void Fields_that_do_not_fit_in_64_bits_take_128_bit_keys()
    {
        // A 2^30-character candidate in a 2^30-character text: 31 + 3 + 31 bits before any index bit.
        var huge = new List<Candidate> { new(EntityKind.Person, 0, 1 << 30) };
        Assert.True(ConflictResolver.KeyLayout.For(huge, 1 << 30).TotalBits > 64);
    }

    [Property]
    public Property Result_never_overlaps_and_is_sorted()
    {
        var candidate = Gen.Choose(0, 200).SelectMany(start => Gen.Choose(1, 40), (start, length) => (start, length))
            .SelectMany(_ => Gen.Choose(0, 5), (span, kind) => new Candidate((EntityKind)kind, span.start, Math.Min(240, span.start + span.length)));
        return Prop.ForAll(Arb.From(candidate.ListOf(), Shrinkers.Dropping), candidates =>
        {
            var resolved = ConflictResolver.Resolve(candidates.ToList(), 240);
            for (var i = 1; i < resolved.Count; i++)
            {
                if (resolved[i - 1].End > resolved[i].Start)
                {
                    return false.Label($"accepted {resolved[i - 1]} overlaps accepted {resolved[i]}");
                }
            }

            // Every rejected candidate overlaps an accepted one that is at least as long.
            var lost = candidates.Where(c => !resolved.Contains(c) && !resolved.Any(r => r.Start < c.End && c.Start < r.End && r.Length >= c.Length));
            return (!lost.Any()).Label($"rejected without a longer overlapping winner: {string.Join(", ", lost)}");
        });
    }
}
