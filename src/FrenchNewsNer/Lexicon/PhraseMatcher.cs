using FrenchNewsNer.Text;

namespace FrenchNewsNer.Lexicon;

/// <summary>
/// Finds gazetteer phrases in a document by their folded tokens: entries are indexed by their first
/// token and tried longest first, so a look-up costs one hash probe per token plus the comparison of the
/// few phrases that start with it. Phrases are tokenised by the document <see cref="Tokenizer"/>, so
/// "Corée du Nord" and "l'Extrême-Orient" split exactly as they do in text.
/// </summary>
/// <typeparam name="T">The payload of a phrase (kind, canonical name, ...).</typeparam>
internal sealed class PhraseMatcher<T>
{
    private readonly FoldedMap<Phrase[]> _byFirstToken;

    private PhraseMatcher(FoldedMap<Phrase[]> byFirstToken, int count)
    {
        _byFirstToken = byFirstToken;
        Count = count;
    }

    /// <summary>How many phrases the matcher holds.</summary>
    public int Count { get; }

    /// <summary>
    /// The folded first tokens of the phrases: <see cref="TryMatch(Document, int, out int, out T)"/> fails at a token whose folded form
    /// is none of them, which lets a caller skip most tokens with one probe of a set of its own.
    /// </summary>
    public IEnumerable<string> FirstTokens => _byFirstToken.Keys;

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/>, if any. A phrase written with a
    /// capital first letter only matches a capitalised token ("Nice" the city, not "nice").
    /// </summary>
    public bool TryMatch(Document document, int index, out int tokenCount, out T value) =>
        TryMatch(document, index, document.HashOf(index), out tokenCount, out value);

    /// <summary>
    /// <see cref="TryMatch(Document, int, out int, out T)"/> with the <see cref="FoldedHash.Of"/> of token
    /// <paramref name="index"/>'s folded form already computed, so a token looked up in several tables is hashed once.
    /// </summary>
    public bool TryMatch(Document document, int index, int foldedHash, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        if (!_byFirstToken.TryGetValue(document.FoldedOf(index), foldedHash, out var phrases))
        {
            return false;
        }

        var tokens = document.Tokens;
        foreach (var phrase in phrases)
        {
            var rest = phrase.Tokens;
            if (index + rest.Length > tokens.Length)
            {
                continue;
            }

            if (phrase.Capitalized && !tokens[index].Has(TokenFlags.Capitalized))
            {
                continue;
            }

            var matched = true;
            for (var k = 1; k < rest.Length && matched; k++)
            {
                var token = tokens[index + k];
                // A line break never falls inside a name.
                matched = !token.Has(TokenFlags.NewlineBefore) && document.FoldedOf(index + k).SequenceEqual(rest[k]);
            }

            if (matched)
            {
                tokenCount = rest.Length;
                value = phrase.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects phrases; a later phrase with the same tokens replaces the earlier one.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Phrase> _phrases = new(StringComparer.Ordinal);

        /// <summary>How many distinct phrases have been added.</summary>
        public int Count => _phrases.Count;

        /// <summary>Adds <paramref name="phrase"/> with its payload; returns false when it has no token.</summary>
        public bool Add(string phrase, T value)
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

            var capitalized = document.Tokens[0].Has(TokenFlags.Capitalized);
            _phrases[string.Join('\u0001', tokens)] = new Phrase(tokens, capitalized, value);
            return true;
        }

        /// <summary>Builds the immutable matcher.</summary>
        public PhraseMatcher<T> Build()
        {
            var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
            foreach (var phrase in _phrases.Values)
            {
                if (!byFirst.TryGetValue(phrase.Tokens[0], out var list))
                {
                    byFirst[phrase.Tokens[0]] = list = new List<Phrase>();
                }

                list.Add(phrase);
            }

            var map = new FoldedMap<Phrase[]>.Builder();
            foreach (var (first, list) in byFirst)
            {
                // Longest first; an uncapitalised variant after a capitalised one of the same length.
                list.Sort((a, b) => b.Tokens.Length != a.Tokens.Length ? b.Tokens.Length.CompareTo(a.Tokens.Length) : b.Capitalized.CompareTo(a.Capitalized));
                map.AddFolded(first, list.ToArray());
            }

            return new PhraseMatcher<T>(map.Build(), _phrases.Count);
        }
    }

    private sealed record Phrase(string[] Tokens, bool Capitalized, T Value);
}
