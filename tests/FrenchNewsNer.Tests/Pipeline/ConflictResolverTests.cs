using FrenchNewsNer.Pipeline;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Pipeline;

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

            var byKeys = ConflictResolver.ResolveByKeys(candidates.ToList(), 320);
            var byComparison = ConflictResolver.ResolveByComparison(candidates.ToList(), 320);
            Assert.Equal(byComparison, byKeys);
        }
    }

    [Fact]
    public void Result_never_overlaps_and_is_sorted()
    {
        var candidate = Gen.Choose(0, 200).SelectMany(start => Gen.Choose(1, 40), (start, length) => (start, length))
            .SelectMany(_ => Gen.Choose(0, 5), (span, kind) => new Candidate((EntityKind)kind, span.start, Math.Min(240, span.start + span.length)));
        Prop.ForAll(candidate.ListOf().ToArbitrary(), candidates =>
        {
            var resolved = ConflictResolver.Resolve(candidates.ToList(), 240);
            for (var i = 1; i < resolved.Count; i++)
            {
                if (resolved[i - 1].End > resolved[i].Start)
                {
                    return false;
                }
            }

            // Every rejected candidate overlaps an accepted one that is at least as long.
            return candidates.All(c => resolved.Contains(c) || resolved.Any(r => r.Start < c.End && c.Start < r.End && r.Length >= c.Length));
        }).QuickCheckThrowOnFailure();
    }
}
