using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// What a result tells about its document besides the entities, read from the tokens the extraction
/// already has: the sentence spans (the tokenizer marks sentence starts) and the French score.
/// </summary>
internal static class DocumentProfile
{
    /// <summary>The shortest word the French score reads: one-letter words ("a", "y") are in both languages.</summary>
    private const int MinScoredLength = 2;

    // The first prefix FrenchScore(string) reads: 64 lower-case words of news take about 600 characters.
    private const int FirstPrefix = 2048;

    // The common-word set's answers for the words this thread's French scores read last (see CommonWordCache).
    [ThreadStatic]
    private static CommonWordCache? t_commonWords;

    /// <summary>
    /// The sentences of <paramref name="document"/>. The text is cut before the first token of each sentence
    /// (the tokenizer marks them), and each piece is trimmed of white space at both ends: the sentences
    /// cover every character that is not white space, even one no token holds (a stray combining mark).
    /// </summary>
    public static TextSpan[] Sentences(Document document)
    {
        var tokens = document.Tokens.AsSpan();
        if (tokens.IsEmpty)
        {
            return [];
        }

        var count = 1;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (tokens[k].Has(TokenFlags.SentenceStart))
            {
                count++;
            }
        }

        var text = document.Text;
        var sentences = new TextSpan[count];
        var start = 0;
        var s = 0;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (tokens[k].Has(TokenFlags.SentenceStart))
            {
                sentences[s++] = Trimmed(text, start, tokens[k].Start);
                start = tokens[k].Start;
            }
        }

        sentences[s] = Trimmed(text, start, text.Length);
        return sentences;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// The French score of <paramref name="text"/> (see <see cref="ExtractionResult.FrenchScore"/>), read from
    /// the fewest characters that hold its first words: a prefix of the text, doubled until it holds enough.
    /// A token that ends before the prefix's last space is the same token in the whole text (no token but a
    /// number runs over a space, and a number is not scored), so the prefix's words up to there are the text's.
    /// </summary>
    public static double? FrenchScore(string text)
    {
        var commonWords = NameGazetteers.BuiltIn.CommonWords;
        for (var length = Math.Min(text.Length, FirstPrefix); ; length = Math.Min(text.Length, length * 2))
        {
            var whole = length == text.Length;
            var prefix = whole ? text : text[..length];
            var document = Document.Create(prefix);
            try
            {
                var end = whole ? int.MaxValue : prefix.AsSpan().LastIndexOfAny(' ', '\n');
                if (FrenchScore(document, commonWords, end, out var score))
                {
                    return score;
                }
            }
            finally
            {
                document.Release();
            }
        }
    }

    /// <summary>The French score of a whole tokenised document: what <see cref="FrenchScore(string)"/> reads from a prefix.</summary>
    internal static double? FrenchScore(Document document, FoldedWordSet commonWords)
    {
        FrenchScore(document, commonWords, int.MaxValue, out var score);
        return score;
    }

    /// <summary>
    /// The share of the first <see cref="ExtractionResult.FrenchScoreWords"/> lower-case words of two letters
    /// or more that <paramref name="commonWords"/> holds; an elided article counts as French. Capitalised
    /// words are left out: names are in no language's word list, and news is full of them. Null with fewer
    /// than <see cref="ExtractionResult.FrenchScoreMinWords"/> such words: too little to judge by. False when the
    /// tokens ending by <paramref name="end"/> hold too few words to tell (a longer prefix will).
    /// </summary>
    private static bool FrenchScore(Document document, FoldedWordSet commonWords, int end, out double? score)
    {
        var tokens = document.Tokens.AsSpan();
        var read = 0;
        var french = 0;
        var cache = t_commonWords ??= new CommonWordCache();
        cache.Serve(commonWords);
        var k = 0;
        for (; k < tokens.Length && read < ExtractionResult.FrenchScoreWords; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.End > end)
            {
                score = null;
                return false;
            }

            if (!token.IsWord || token.Has(TokenFlags.Capitalized))
            {
                continue;
            }

            if (token.Has(TokenFlags.Elision))
            {
                read++;
                french++;
                continue;
            }

            var folded = document.FoldedOf(k);
            if (folded.Length < MinScoredLength)
            {
                continue;
            }

            read++;
            if (cache.Contains(folded, document.HashOf(k)))
            {
                french++;
            }
        }

        if (read < ExtractionResult.FrenchScoreWords && end != int.MaxValue)
        {
            // The prefix ran out of tokens before the words did: only the whole text tells.
            score = null;
            return false;
        }

        score = read < ExtractionResult.FrenchScoreMinWords ? null : (double)french / read;
        return true;
    }

    /// <summary>
    /// A small, direct-mapped memo of a <see cref="FoldedWordSet"/>'s answers, one per thread. The French score
    /// reads mostly the same few hundred function words ("de", "la", "les"...) document after document, and a
    /// look-up in the 430,000-word set is two cache misses; a slot here holds the word itself, so it answers only
    /// for that exact word, and nothing is allocated after the first call on a thread.
    /// </summary>
    private sealed class CommonWordCache
    {
        private const int Slots = 512; // a power of two
        private const int MaxLength = 15; // longer words go to the set

        private readonly char[] _words = new char[Slots * MaxLength];
        private readonly byte[] _lengths = new byte[Slots]; // 0: a free slot
        private readonly bool[] _contained = new bool[Slots];
        private FoldedWordSet? _set;

        /// <summary>Makes the memo answer for <paramref name="set"/>, forgetting another set's answers.</summary>
        public void Serve(FoldedWordSet set)
        {
            if (!ReferenceEquals(set, _set))
            {
                Array.Clear(_lengths);
                _set = set;
            }
        }

        /// <summary>Whether the set holds <paramref name="folded"/> (not empty), whose <see cref="Lexicon.FoldedHash.Of"/> is <paramref name="hash"/>.</summary>
        public bool Contains(ReadOnlySpan<char> folded, int hash)
        {
            if (folded.Length > MaxLength)
            {
                return _set!.Contains(folded);
            }

            var slot = hash & (Slots - 1);
            var word = _words.AsSpan(slot * MaxLength, folded.Length);
            if (_lengths[slot] == folded.Length && word.SequenceEqual(folded))
            {
                return _contained[slot];
            }

            var contained = _set!.Contains(folded);
            folded.CopyTo(word);
            _lengths[slot] = (byte)folded.Length;
            _contained[slot] = contained;
            return contained;
        }
    }
}
