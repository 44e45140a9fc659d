using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Patterns;

/// <summary>
/// The user's rules, run after every built-in recogniser (the builder adds it last): first the
/// exclusions drop the built-in candidates the user silenced, then the user patterns match and every
/// earlier candidate that overlaps a match is dropped, so a user match always reaches conflict
/// resolution alone on its span. That is the whole precedence: user patterns, then the built-in families
/// under the usual conflict policy.
/// </summary>
internal sealed class UserRuleRecognizer : IEntityRecognizer
{
    // One match list per thread, reused: no list per document.
    [ThreadStatic]
    private static List<PatternMatch>? t_matches;

    private readonly PatternMatcher? _patterns;
    private readonly EntityPattern[] _sources;
    private readonly NameExclusions? _exclusions;

    /// <summary>Creates the recogniser; either part may be absent.</summary>
    public UserRuleRecognizer(IReadOnlyList<EntityPattern> patterns, NameExclusions? exclusions)
    {
        _sources = patterns.ToArray();
        _patterns = _sources.Length > 0 ? new PatternMatcher(_sources) : null;
        _exclusions = exclusions;
        var produces = _patterns?.Kinds ?? EntityKindSet.None;
        foreach (var kind in (exclusions?.Kinds ?? EntityKindSet.None).Kinds)
        {
            produces = produces.With(kind);
        }

        Produces = produces;
    }

    /// <inheritdoc />
    public EntityKindSet Produces { get; }

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        _exclusions?.RemoveFrom(document, output);
        if (_patterns is null)
        {
            return;
        }

        var matches = t_matches ?? new List<PatternMatch>();
        t_matches = null;
        try
        {
            _patterns.Match(document, context.Kinds, matches);
            if (matches.Count == 0)
            {
                return;
            }

            RemoveOverlapped(document, output, matches);
            var tokens = document.Tokens;
            foreach (var match in matches)
            {
                var pattern = _sources[match.Pattern];
                output.Add(new Candidate(pattern.Kind, tokens[match.FirstToken].Start, tokens[match.EndToken - 1].End, Canonical: pattern.Canonical, Id: pattern.Id));
            }
        }
        finally
        {
            matches.Clear();
            t_matches = matches;
        }
    }

    private static void RemoveOverlapped(Document document, List<Candidate> candidates, List<PatternMatch> matches)
    {
        var tokens = document.Tokens;
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];

            // Matches are sorted and disjoint: the first one ending after the candidate's start is the only
            // one that can overlap it first.
            int low = 0, high = matches.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (tokens[matches[mid].EndToken - 1].End <= candidate.Start)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            var overlaps = low < matches.Count && tokens[matches[low].FirstToken].Start < candidate.End;
            if (!overlaps || candidate.Kind == EntityKind.Gift)
            {
                candidates[kept++] = candidate;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }
}
