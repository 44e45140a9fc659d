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

    [Fact]
    public void The_packed_key_path_picks_what_the_comparison_path_picks_even_among_duplicates()
    {
        // Duplicates (same span and kind, other canonical names) make the order of ties visible: the key
        // path must run the same sort to the same order, so the same duplicate wins.
        var random = new Random(12345);
        for (var round = 0; round < 300; round++)
        {
            var count = random.Next(1, 400);
            var candidates = new List<Candidate>();
            for (var k = 0; k < count; k++)
            {
                var start = random.Next(0, 300);
                var end = Math.Min(320, start + random.Next(1, 25));
                candidates.Add(new Candidate((EntityKind)random.Next(0, 6), start, end, Canonical: "c" + k));
                if (random.Next(3) == 0)
                {
                    candidates.Add(new Candidate(candidates[^1].Kind, start, end, Canonical: "d" + k));
                }
            }

            var byKeys = ConflictResolver.ResolveByKeys(candidates.ToList(), 320, ConflictResolver.KeyLayout.For(candidates, 320)!.Value);
            var byComparison = ConflictResolver.ResolveByComparison(candidates.ToList(), 320);
            Assert.Equal(byComparison, byKeys);
        }
    }

    [Fact]
    public void Keys_as_wide_as_a_long_document_needs_give_the_comparison_result()
    {
        // Past 2^20 characters (where the key layout used to be fixed) the start needs more bits: the
        // layout widens it and narrows the others, and the result stays the comparison's.
        const int textLength = 3_000_000;
        var random = new Random(11);
        for (var round = 0; round < 50; round++)
        {
            var candidates = new List<Candidate>();
            for (var k = random.Next(1, 2_000); k > 0; k--)
            {
                var start = random.Next(0, textLength - 100);
                var end = start + random.Next(1, random.Next(2) == 0 ? 5 : 100);
                candidates.Add(new Candidate((EntityKind)random.Next(0, 6), start, end, Canonical: "c" + k));
                if (random.Next(3) == 0)
                {
                    candidates.Add(new Candidate(candidates[^1].Kind, start, end, Canonical: "d" + k));
                }
            }

            var layout = ConflictResolver.KeyLayout.For(candidates, textLength);
            Assert.NotNull(layout);
            Assert.Equal(22, layout.Value.PositionBits);
            Assert.Equal(
                ConflictResolver.ResolveByComparison(candidates.ToList(), textLength),
                ConflictResolver.ResolveByKeys(candidates.ToList(), textLength, layout.Value));
        }
    }

    [Fact]
    public void Fields_that_do_not_fit_in_64_bits_leave_the_comparison_path()
    {
        // A 2^30-character candidate in a 2^30-character text: 31 + 3 + 31 bits before any index bit.
        var huge = new List<Candidate> { new(EntityKind.Person, 0, 1 << 30) };
        Assert.Null(ConflictResolver.KeyLayout.For(huge, 1 << 30));
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
