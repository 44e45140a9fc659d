using System.Numerics;
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

    // Slots of the table of words already looked up (see IsCommonWord): a power of two, twice the words read or more.
    private static readonly int SeenSlots = (int)BitOperations.RoundUpToPowerOf2(2 * ExtractionResult.FrenchScoreWords);

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
    /// The share of the first <see cref="ExtractionResult.FrenchScoreWords"/> lower-case words of two letters
    /// or more that <paramref name="commonWords"/> holds; an elided article counts as French. Capitalised
    /// words are left out: names are in no language's word list, and news is full of them. Null with fewer
    /// than <see cref="ExtractionResult.FrenchScoreMinWords"/> such words: too little to judge by.
    /// </summary>
    public static double? FrenchScore(Document document, FoldedWordSet commonWords)
    {
        var tokens = document.Tokens.AsSpan();
        var read = 0;
        var french = 0;

        // The words read repeat ("de", "la", "les"...) and a look-up in the large common-word set is mostly
        // cache misses: each distinct word is looked up once, its answer kept in a small table on the stack.
        Span<int> seen = stackalloc int[SeenSlots];
        seen.Clear();
        for (var k = 0; k < tokens.Length && read < ExtractionResult.FrenchScoreWords; k++)
        {
            ref readonly var token = ref tokens[k];
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
            if (IsCommonWord(document, k, folded, commonWords, seen))
            {
                french++;
            }
        }

        return read < ExtractionResult.FrenchScoreMinWords ? null : (double)french / read;
    }

    // Whether word token `index` (folded: `folded`) is in `commonWords`, asking the set only for a word not seen
    // before. `seen` holds, by the word's hash, the index + 1 of the token a word was first seen at, negated when
    // the word is not common; 0 is a free slot (the table is never full: it has twice the slots of words read).
    private static bool IsCommonWord(Document document, int index, ReadOnlySpan<char> folded, FoldedWordSet commonWords, Span<int> seen)
    {
        var mask = seen.Length - 1;
        for (var slot = document.HashOf(index) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = seen[slot];
            if (entry == 0)
            {
                var common = commonWords.Contains(folded);
                seen[slot] = common ? index + 1 : -(index + 1);
                return common;
            }

            if (document.FoldedOf(Math.Abs(entry) - 1).SequenceEqual(folded))
            {
                return entry > 0;
            }
        }
    }
}
