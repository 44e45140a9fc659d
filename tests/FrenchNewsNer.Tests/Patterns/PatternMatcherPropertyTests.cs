using System.Text.RegularExpressions;
using FrenchNewsNer.Patterns;
using FrenchNewsNer.Text;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Patterns;

/// <summary>
/// The indexed matcher (patterns by start word or token class, a bit-set automaton per pattern) finds
/// exactly what a naive reference finds: every pattern tried at every token by backtracking over the
/// pattern tokens, each condition re-implemented from its definition, the longest match at the leftmost
/// token kept (first pattern on ties), and the scan resumed after it.
/// </summary>
public class PatternMatcherPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "Paris", "paris", "PARIS", "de", "De", "la", "Élysée", "elysee", "2023", "12", "8 000", ",", "«", "»",
        "Jean-Pierre", "RPDC", "A", "a", "l'", "L'", "agence", "Ria", "Novosti", "X", "é",
    ];

    private static readonly string[] Shapes = ["Xxxxx", "xx", "dddd", "dd", "XXXX", "Xxxx-Xxxxx", "x'", ","];

    private static readonly string[] Regexes = ["^[A-Z]", "i", "^d", "\\d$", "^[a-z]+$"];

    private static Gen<PatternToken> TokenGen() =>
        from condition in Gen.Choose(0, 7)
        from word in Gen.Elements(Vocabulary)
        from other in Gen.Elements(Vocabulary)
        from letterCase in Gen.Elements(TokenCase.Capitalized, TokenCase.Upper, TokenCase.Lower)
        from kind in Gen.Elements(PatternTokenKind.Word, PatternTokenKind.Number, PatternTokenKind.Punctuation)
        from shape in Gen.Elements(Shapes)
        from regex in Gen.Elements(Regexes)
        from folded in Gen.Elements(true, false)
        from repeat in Gen.Elements(TokenRepeat.One, TokenRepeat.One, TokenRepeat.Optional, TokenRepeat.OneOrMore, TokenRepeat.ZeroOrMore)
        let token = condition switch
        {
            0 => PatternToken.Word(word),
            1 => PatternToken.FoldedWord(word, other),
            2 => PatternToken.WithCase(letterCase),
            3 => new PatternToken { Kind = kind },
            4 => PatternToken.Shaped(shape),
            5 => PatternToken.Matching(regex, folded),
            6 => PatternToken.Any,
            _ => PatternToken.FoldedWord(word) with { Case = letterCase },
        }
        select token with { Repeat = repeat };

    private static Gen<(string Text, EntityPattern[] Patterns)> CaseGen() =>
        from words in Gen.Elements(Vocabulary).ListOf().Select(l => l.Take(30).ToArray())
        from tokenLists in TokenGen().NonEmptyListOf().Select(l => l.Take(4).ToArray()).NonEmptyListOf().Select(l => l.Take(4).ToArray())
        select (string.Join(' ', words), Compile(tokenLists));

    private static EntityPattern[] Compile(PatternToken[][] tokenLists)
    {
        var patterns = new List<EntityPattern>();
        foreach (var tokens in tokenLists)
        {
            try
            {
                patterns.Add(new EntityPattern(EntityKind.Organization, tokens));
            }
            catch (ArgumentException)
            {
                // Every token optional, or a word that is not one token ("8 000" is one, "l'" is).
            }
        }

        return patterns.ToArray();
    }

    [Property(MaxTest = 400)]
    public Property The_indexed_matcher_equals_the_naive_reference() =>
        Prop.ForAll(CaseGen().ToArbitrary(), c =>
        {
            var document = Document.Create(c.Text);
            var matcher = new PatternMatcher(c.Patterns);
            var found = new List<PatternMatch>();
            matcher.Match(document, EntityKindSet.All, found);
            var expected = Reference(document, c.Patterns);
            return found.SequenceEqual(expected);
        });

    [Fact]
    public void The_generator_produces_matches()
    {
        // Guards against a generator whose patterns never match (the property would then prove nothing).
        var cases = FsCheck.FSharp.Gen.Sample(300, CaseGen());
        var withMatches = cases.Count(c =>
        {
            var found = new List<PatternMatch>();
            new PatternMatcher(c.Patterns).Match(Document.Create(c.Text), EntityKindSet.All, found);
            return found.Count > 0;
        });
        Assert.True(withMatches > 60, $"{withMatches} of 300 cases match");
    }

    [Fact]
    public void Shapes_follow_spacy()
    {
        Assert.Equal("Xxxxx", WordShape.Of("Paris"));
        Assert.Equal("Xxxxx", WordShape.Of("Vladivostok"));
        Assert.Equal("dddd", WordShape.Of("2023"));
        Assert.Equal("Xddd", WordShape.Of("A380"));
        Assert.Equal("Xxxx-Xxxxx", WordShape.Of("Jean-Pierre"));
        Assert.True(WordShape.Equals("Élysée", "Xxxxx"));
        Assert.False(WordShape.Equals("Élysée", "Xxxx"));
    }

    private static List<PatternMatch> Reference(Document document, EntityPattern[] patterns)
    {
        var matches = new List<PatternMatch>();
        var i = 0;
        while (i < document.Tokens.Length)
        {
            var bestEnd = -1;
            var bestPattern = -1;
            for (var p = 0; p < patterns.Length; p++)
            {
                foreach (var end in Ends(document, patterns[p].Tokens, 0, i, i))
                {
                    if (end > i && end > bestEnd)
                    {
                        bestEnd = end;
                        bestPattern = p;
                    }
                }
            }

            if (bestEnd > i)
            {
                matches.Add(new PatternMatch(i, bestEnd, bestPattern));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    // Every token index a match of tokens[k..] can end at, from token j (start is the match's first token).
    private static IEnumerable<int> Ends(Document document, IReadOnlyList<PatternToken> tokens, int k, int j, int start)
    {
        if (k == tokens.Count)
        {
            yield return j;
            yield break;
        }

        var token = tokens[k];
        if (token.Repeat is TokenRepeat.Optional or TokenRepeat.ZeroOrMore)
        {
            foreach (var end in Ends(document, tokens, k + 1, j, start))
            {
                yield return end;
            }
        }

        var repeats = token.Repeat is TokenRepeat.OneOrMore or TokenRepeat.ZeroOrMore;
        for (var next = j; next < document.Tokens.Length && next - start < EntityPattern.MaxMatchTokens && Holds(document, token, next); next++)
        {
            foreach (var end in Ends(document, tokens, k + 1, next + 1, start))
            {
                yield return end;
            }

            if (!repeats)
            {
                break;
            }
        }
    }

    private static bool Holds(Document document, PatternToken condition, int index)
    {
        var token = document.Tokens[index];
        var original = document.OriginalOf(index).ToString();
        var folded = document.FoldedOf(index).ToString();
        if (condition.Words is { } words
            && !words.Any(w => condition.IgnoreCase ? folded == Document.Create(w).Shadow : original == w))
        {
            return false;
        }

        var letters = original.Where(char.IsLetter).ToArray();
        var caseHolds = condition.Case switch
        {
            TokenCase.Capitalized => token.IsWord && letters.Length > 0 && char.IsUpper(letters[0]),
            TokenCase.Upper => token.IsWord && letters.Length > 0 && letters.All(char.IsUpper),
            TokenCase.Lower => token.IsWord && letters.Length > 0 && !letters.Any(char.IsUpper),
            _ => true,
        };
        var kindHolds = condition.Kind switch
        {
            PatternTokenKind.Word => token.IsWord,
            PatternTokenKind.Number => token.IsNumber,
            PatternTokenKind.Punctuation => token.IsPunctuation,
            _ => true,
        };
        return caseHolds && kindHolds
            && (condition.Shape is null || WordShape.Of(original) == condition.Shape)
            && (condition.Regex is null || Regex.IsMatch(condition.RegexOnFolded ? folded : original, condition.Regex));
    }
}
