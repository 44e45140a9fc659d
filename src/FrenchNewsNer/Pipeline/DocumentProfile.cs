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

    /// <summary>The sentences of <paramref name="document"/>: from each sentence start to the end of the token before the next.</summary>
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

        var sentences = new TextSpan[count];
        var start = tokens[0].Start;
        var s = 0;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (tokens[k].Has(TokenFlags.SentenceStart))
            {
                sentences[s++] = new TextSpan(start, tokens[k - 1].End);
                start = tokens[k].Start;
            }
        }

        sentences[s] = new TextSpan(start, tokens[^1].End);
        return sentences;
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
            if (commonWords.Contains(folded))
            {
                french++;
            }
        }

        return read < ExtractionResult.FrenchScoreMinWords ? null : (double)french / read;
    }
}
