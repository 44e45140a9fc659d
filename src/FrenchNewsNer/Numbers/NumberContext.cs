using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// The words around a number that decide whether it is reported ("page 12", "quart de finale",
/// "flambant neuf"), read once from the embedded <c>Data/numbers/number-context.tsv</c>; the file's
/// header documents each role.
/// </summary>
internal sealed class NumberContext
{
    private static readonly Lazy<NumberContext> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private NumberContext(Dictionary<string, TokenPhraseSet> roles)
    {
        ReferenceBefore = Role(roles, "reference-before");
        NotNumberBefore = Role(roles, "not-number-before");
        TitleAfter = Role(roles, "title-after");
        Determiner = Role(roles, "determiner");
        FractionFollower = Role(roles, "fraction-follower");
        CountBefore = Role(roles, "count-before");
        NeufAdjective = Role(roles, "neuf-adjective");
        RomanContext = Role(roles, "roman-context");
    }

    /// <summary>The shared instance.</summary>
    public static NumberContext Default => Instance.Value;

    /// <summary>"page", "article", "n°": a number right after is a reference.</summary>
    public TokenPhraseSet ReferenceBefore { get; }

    /// <summary>"de finale": a number right before names a thing.</summary>
    public TokenPhraseSet NotNumberBefore { get; }

    /// <summary>"ministre": "premier" right before is part of a title.</summary>
    public TokenPhraseSet TitleAfter { get; }

    /// <summary>Determiners that let "seconde" stand alone as an ordinal.</summary>
    public TokenPhraseSet Determiner { get; }

    /// <summary>Words after "un cinquième" that keep it a fraction.</summary>
    public TokenPhraseSet FractionFollower { get; }

    /// <summary>"plus d'": "un" right after is the number one.</summary>
    public TokenPhraseSet CountBefore { get; }

    /// <summary>"flambant", "remis à": "neuf" right after is the adjective.</summary>
    public TokenPhraseSet NeufAdjective { get; }

    /// <summary>"siècle": a Roman ordinal right before is a number.</summary>
    public TokenPhraseSet RomanContext { get; }

    private static TokenPhraseSet Role(Dictionary<string, TokenPhraseSet> roles, string name) =>
        roles.TryGetValue(name, out var set) ? set : throw new DataFormatException("Data/numbers/number-context.tsv", 0, $"no phrase has the role '{name}'");

    private static NumberContext Load()
    {
        var builders = new Dictionary<string, TokenPhraseSet.Builder>(StringComparer.Ordinal)
        {
            ["reference-before"] = new(), ["not-number-before"] = new(), ["title-after"] = new(), ["determiner"] = new(),
            ["fraction-follower"] = new(), ["count-before"] = new(), ["neuf-adjective"] = new(), ["roman-context"] = new(),
        };
        foreach (var row in EmbeddedData.ReadTsv("numbers/number-context.tsv", "role", "phrase"))
        {
            if (!builders.TryGetValue(row[0], out var builder))
            {
                throw row.Error($"unknown role '{row[0]}'; expected one of {string.Join(", ", builders.Keys)}");
            }

            if (!builder.Add(row[1]))
            {
                throw row.Error("the phrase has no token");
            }
        }

        return new NumberContext(builders.ToDictionary(p => p.Key, p => p.Value.Build(), StringComparer.Ordinal));
    }
}

/// <summary>
/// Short phrases compared token by token on folded text, indexed by their first and last token, so a
/// check costs one hash probe: "does a phrase end right before token i" and "does one start at token i".
/// A line break never falls inside a phrase or between a phrase and the number.
/// </summary>
internal sealed class TokenPhraseSet
{
    private readonly FoldedMap<string[][]> _byLast;
    private readonly FoldedMap<string[][]> _byFirst;

    private TokenPhraseSet(FoldedMap<string[][]> byLast, FoldedMap<string[][]> byFirst)
    {
        _byLast = byLast;
        _byFirst = byFirst;
    }

    /// <summary>Whether token <paramref name="index"/> alone is a one-token phrase of the set.</summary>
    public bool ContainsToken(Document document, int index)
    {
        if ((uint)index >= (uint)document.Tokens.Length || !_byFirst.TryGetValue(document.FoldedOf(index), out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase ends at token <paramref name="index"/> - 1 (and token <paramref name="index"/> is on the same line).</summary>
    public bool EndsBefore(Document document, int index)
    {
        var last = index - 1;
        if (last < 0 || index > document.Tokens.Length || (index < document.Tokens.Length && document.Tokens[index].Has(TokenFlags.NewlineBefore)))
        {
            return false;
        }

        if (!_byLast.TryGetValue(document.FoldedOf(last), out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            var first = last - phrase.Length + 1;
            if (first >= 0 && Matches(document, first, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase starts at token <paramref name="index"/> (on the same line as the token before).</summary>
    public bool StartsAt(Document document, int index)
    {
        if ((uint)index >= (uint)document.Tokens.Length || document.Tokens[index].Has(TokenFlags.NewlineBefore))
        {
            return false;
        }

        if (!_byFirst.TryGetValue(document.FoldedOf(index), out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (index + phrase.Length <= document.Tokens.Length && Matches(document, index, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Document document, int first, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if ((k > 0 && document.Tokens[first + k].Has(TokenFlags.NewlineBefore)) || !document.FoldedOf(first + k).SequenceEqual(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collects phrases.</summary>
    public sealed class Builder
    {
        private readonly List<string[]> _phrases = new();

        /// <summary>Adds a phrase, tokenised like a document; false when it has no token.</summary>
        public bool Add(string phrase)
        {
            var document = Document.Create(phrase);
            if (document.Tokens.Length == 0)
            {
                return false;
            }

            var tokens = new string[document.Tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = document.FoldedOf(i).ToString();
            }

            _phrases.Add(tokens);
            return true;
        }

        /// <summary>Builds the immutable set.</summary>
        public TokenPhraseSet Build()
        {
            return new TokenPhraseSet(Index(p => p[^1]), Index(p => p[0]));

            FoldedMap<string[][]> Index(Func<string[], string> key)
            {
                var map = new FoldedMap<string[][]>.Builder((a, b) => [.. a, .. b]);
                foreach (var phrase in _phrases)
                {
                    map.AddFolded(key(phrase), [phrase]);
                }

                return map.Build();
            }
        }
    }
}
