using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// Proposes a Number candidate for every number the parser reads that is a count or a rank, in one pass
/// over the tokens. It leaves out what only looks like a number:
/// <list type="bullet">
/// <item>"un"/"une" as an article ("un accord"; but "un sur deux", "un million", "plus d'un", "un ou
/// deux" are numbers), "l'un", and a capitalised number word inside a name ("Kim Jong Un");</item>
/// <item>digits glued to letters ("G8", "29km", "5G", "14h30"; "Geran-25" and "Artiom-Primorsky-1"
/// are whole words already), times and dates ("14:30", "13/09/2023", "13.09.2023", "2023-09-13"),
/// phone numbers ("01 23 45 67 89");</item>
/// <item>references ("page 12", "p. 5", "article 49.3", "n° 3", "articles 12 et 13");</item>
/// <item>names built on numbers ("quart de finale", "Premier ministre"), and the adjectives "neuf"
/// ("flambant neuf") and "seconde" ("une seconde") where they mean new and a second of time.</item>
/// </list>
/// Quantities, dates and gifts that contain a number win over it in conflict resolution (longer span).
/// </summary>
internal sealed class NumberRecognizer : IEntityRecognizer
{
    private readonly FrenchNumberParser _parser;

    /// <summary>Creates the recogniser over a regional reader.</summary>
    public NumberRecognizer(FrenchNumberParser parser)
    {
        _parser = Preconditions.CheckNotNull(parser, nameof(parser));
    }

    /// <inheritdoc />
    public EntityKindSet Produces { get; } = EntityKindSet.Of(EntityKind.Number);

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        var tokens = document.Tokens;
        var referenceEnd = -1;

        // The parser's start bits turn most tokens away with a bit test, before the (virtual) TryMatch.
        var memo = tokens.Length > 0 ? _parser.MemoFor(document) : null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (memo is not null)
            {
                // Jump to the next token a number may start at: the tokens before it start no number, and
                // no phone number either but for a "+" right before its digits (which always may start one).
                var next = memo.NextStart(i);
                if (next - 1 >= i && !tokens[next - 1].IsWord && TrySkipPhoneNumber(document, next - 1, out var plusEnd))
                {
                    i = plusEnd - 1;
                    continue;
                }

                if (next >= tokens.Length)
                {
                    break;
                }

                i = next;
            }

            // A phone number starts with digits or "+": most tokens are words and skip the test.
            if (!tokens[i].IsWord && TrySkipPhoneNumber(document, i, out var phoneEnd))
            {
                i = phoneEnd - 1;
                continue;
            }

            if ((memo is not null && !memo.MayStart(i)) || !_parser.TryMatch(document, i, out var match))
            {
                continue;
            }

            switch (Judge(document, match, referenceEnd))
            {
                case Verdict.Number:
                    output.Add(new Candidate(EntityKind.Number, match.Start, match.End, new NumberValue(match.Value, match.Ordinal)));
                    break;
                case Verdict.Reference:
                    referenceEnd = match.NextToken;
                    break;
            }

            i = match.NextToken - 1;
        }
    }

    private enum Verdict
    {
        Number,
        NotNumber,
        Reference,
    }

    private Verdict Judge(Document document, in NumberMatch match, int referenceEnd)
    {
        var tokens = document.Tokens;
        var first = match.FirstToken;
        var last = match.NextToken - 1;
        var context = NumberContext.Default;

        if (GluedToLetters(document, first, last) || InTimeOrDate(document, first, last))
        {
            return Verdict.NotNumber;
        }

        if (context.ReferenceBefore.EndsBefore(document, first) || ContinuesReference(document, first, referenceEnd))
        {
            return Verdict.Reference;
        }

        if (context.NotNumberBefore.StartsAt(document, last + 1))
        {
            return Verdict.NotNumber;
        }

        if (tokens[first].IsNumber && match.TokenCount == 1 && FollowsName(document, first))
        {
            return Verdict.NotNumber;
        }

        if (!tokens[first].IsWord || !_parser.Lexicon.TryGetWord(FirstPart(document, first), out var firstWord))
        {
            return Verdict.Number;
        }

        // A capitalised number word after a capitalised word, mid-sentence, belongs to a name:
        // "Kim Jong Un", "Pont Neuf".
        if (tokens[first].Has(TokenFlags.Capitalized) && !tokens[first].Has(TokenFlags.SentenceStart) && first > 0
            && tokens[first].Has(TokenFlags.SpaceBefore) && tokens[first - 1].IsWord && tokens[first - 1].Has(TokenFlags.Capitalized)
            && !tokens[first - 1].Has(TokenFlags.Elision))
        {
            return Verdict.NotNumber;
        }

        if (match.TokenCount > 1 || tokens[first].Has(TokenFlags.Hyphenated))
        {
            return Verdict.Number;
        }

        if (_parser.IsArticleOnly(document, match))
        {
            return IsCountContext(document, first) ? Verdict.Number : Verdict.NotNumber;
        }

        if (!match.Ordinal && match.Value == 9 && context.NeufAdjective.EndsBefore(document, first))
        {
            return Verdict.NotNumber;
        }

        // "la seconde guerre", "au second tour", but "une seconde" is a second of time.
        if (match.Ordinal && firstWord.Has(NumberWordFlags.NeedsDeterminer) && !(first > 0 && context.Determiner.ContainsToken(document, first - 1)))
        {
            return Verdict.NotNumber;
        }

        if (match.Ordinal && firstWord.Has(NumberWordFlags.Alone) && match.Value == 1 && context.TitleAfter.ContainsToken(document, last + 1))
        {
            return Verdict.NotNumber;
        }

        // "c'est une première pour ce pays": after the article and before no noun, "première" is the
        // noun (a first), not a rank.
        if (match.Ordinal && firstWord.Has(NumberWordFlags.Alone) && match.Value == 1 && first > 0 && tokens[first - 1].IsWord
            && _parser.Lexicon.TryGetWord(document.FoldedOf(first - 1), out var before) && before.Has(NumberWordFlags.Article)
            && NoNounAfter(document, last + 1))
        {
            return Verdict.NotNumber;
        }

        return Verdict.Number;
    }

    /// <summary>
    /// Plain digits right after a capitalised word inside a sentence name something: "France 2",
    /// "Ligue 1", "CAC 40", "Boeing 737", "Windows 11". A count follows a verb or a preposition.
    /// </summary>
    private bool FollowsName(Document document, int index)
    {
        var tokens = document.Tokens;
        if (index == 0 || !tokens[index].Has(TokenFlags.SpaceBefore) || tokens[index].Has(TokenFlags.NewlineBefore)
            || tokens[index].Has(TokenFlags.Grouped) || tokens[index].Has(TokenFlags.DecimalComma))
        {
            return false;
        }

        var before = tokens[index - 1];
        return before.IsWord && before.Has(TokenFlags.Capitalized) && !before.Has(TokenFlags.SentenceStart) && !before.Has(TokenFlags.Elision)
            && !_parser.Lexicon.TryGetWord(FirstPart(document, index - 1), out _);
    }

    /// <summary>Whether token <paramref name="index"/> ends the phrase: nothing, punctuation, a new line or a function word ("de", "pour").</summary>
    private static bool NoNounAfter(Document document, int index) =>
        index >= document.Tokens.Length || !document.Tokens[index].IsWord || document.Tokens[index].Has(TokenFlags.NewlineBefore)
        || NumberContext.Default.FractionFollower.ContainsToken(document, index);

    /// <summary>The folded first part of a word token ("vingt" of "vingt-deux").</summary>
    private static ReadOnlySpan<char> FirstPart(Document document, int index)
    {
        var folded = document.FoldedOf(index);
        var dash = folded.IndexOf('-');
        return dash > 0 ? folded[..dash] : folded;
    }

    /// <summary>"G8", "A380", "h30" (letters glued before); "29km", "5G", "14h" (letters glued after, not read as a suffix).</summary>
    private static bool GluedToLetters(Document document, int first, int last) =>
        NumberEdges.GluedAfterWordOrNumber(document, first) || NumberEdges.GluedBeforeWordOrNumber(document, last);

    /// <summary>
    /// Digits glued to "/" or ":" and more digits ("13/09", "14:30", "24/7"); a dotted or dashed chain
    /// shaped like a date ("13.09.2023", "2023-09-13"); a dotted phone number ("06.12.34.56.78").
    /// Other dotted chains ("192.168.1.2") are numbers.
    /// </summary>
    private static bool InTimeOrDate(Document document, int first, int last)
    {
        var tokens = document.Tokens;
        if (IsDigitSeparator(document, last + 1, "/:") || IsDigitSeparatorBefore(document, first, "/:"))
        {
            return true;
        }

        foreach (var separator in ".-")
        {
            if (!IsDigitSeparator(document, last + 1, separator) && !IsDigitSeparatorBefore(document, first, separator))
            {
                continue;
            }

            // Walk back to the chain's first number, then collect its digit counts. Only short chains
            // are dates or phone numbers, so both walks stop after a few links (and stay linear).
            const int MaxLinks = 6;
            var start = first;
            var links = 0;
            while (start >= 2 && IsDigitSeparator(document, start - 1, separator))
            {
                if (++links >= MaxLinks)
                {
                    return false;
                }

                start -= 2;
            }

            Span<int> lengths = stackalloc int[MaxLinks];
            var count = 0;
            var plain = true;
            for (var k = start; ; k += 2)
            {
                if (count == lengths.Length)
                {
                    return false; // a long chain: neither a date nor a phone number
                }

                lengths[count++] = tokens[k].FoldEnd - tokens[k].FoldStart;
                plain &= !tokens[k].Has(TokenFlags.Grouped) && !tokens[k].Has(TokenFlags.DecimalComma);
                if (!IsDigitSeparator(document, k + 1, separator))
                {
                    break;
                }
            }

            if (!plain)
            {
                return false;
            }

            // A chain that starts like a date is a date or an identifier built on one ("1999-05-19-0489").
            var dayFirst = count >= 3 && lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4;
            var yearFirst = count >= 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
            var phone = count >= 4 && lengths[..count].IndexOfAnyExcept(2) < 0;
            return dayFirst || yearFirst || phone;
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> is one of <paramref name="separators"/>, glued to the number before and to digits after.</summary>
    private static bool IsDigitSeparator(Document document, int index, ReadOnlySpan<char> separators)
    {
        var tokens = document.Tokens;
        return index > 0 && index + 1 < tokens.Length && tokens[index].IsPunctuation && tokens[index].FoldEnd - tokens[index].FoldStart == 1
            && separators.Contains(document.ShadowSpan[tokens[index].FoldStart]) && !tokens[index].Has(TokenFlags.SpaceBefore)
            && tokens[index + 1].IsNumber && !tokens[index + 1].Has(TokenFlags.SpaceBefore) && tokens[index - 1].IsNumber;
    }

    private static bool IsDigitSeparator(Document document, int index, char separator) => IsDigitSeparator(document, index, [separator]);

    private static bool IsDigitSeparatorBefore(Document document, int first, ReadOnlySpan<char> separators) =>
        first >= 2 && !document.Tokens[first].Has(TokenFlags.SpaceBefore) && document.Tokens[first].IsNumber && IsDigitSeparator(document, first - 1, separators);

    private static bool IsDigitSeparatorBefore(Document document, int first, char separator) => IsDigitSeparatorBefore(document, first, [separator]);

    /// <summary>"articles 12 et 13", "pages 5-7", "n° 3, 4": a number joined by one connector to a reference.</summary>
    private static bool ContinuesReference(Document document, int first, int referenceEnd)
    {
        if (referenceEnd < 0 || first != referenceEnd + 1)
        {
            return false;
        }

        var connector = document.FoldedOf(referenceEnd);
        return connector is "," or "-" or "\u2013" or "&" or "et" or "ou" or "a" or "à";
    }

    /// <summary>
    /// Whether a lone "un"/"une" is the number one: "plus d'un", "un ou deux", "de zéro à un". Never
    /// after an elided article ("l'un des").
    /// </summary>
    private bool IsCountContext(Document document, int index)
    {
        var tokens = document.Tokens;
        if (index > 0 && tokens[index - 1].Has(TokenFlags.Elision) && !tokens[index].Has(TokenFlags.SpaceBefore))
        {
            return NumberContext.Default.CountBefore.EndsBefore(document, index);
        }

        // "un ou deux", "un à trois", "un et deux".
        if (index + 2 < tokens.Length && IsListConnector(document, index + 1) && document.Tokens[index + 2].Has(TokenFlags.SpaceBefore)
            && !tokens[index + 2].Has(TokenFlags.NewlineBefore)
            && _parser.TryMatch(document, index + 2, out var after) && !_parser.IsArticleOnly(document, after)
            && !GluedToLetters(document, after.FirstToken, after.NextToken - 1))
        {
            return true;
        }

        // "deux ou un", "de zéro à un": a standalone cardinal before the connector.
        if (index >= 2 && IsListConnector(document, index - 1))
        {
            var before = tokens[index - 2];
            if (before.IsNumber)
            {
                return before.Has(TokenFlags.SpaceBefore) && !GluedToLetters(document, index - 2, index - 2);
            }

            return before.IsWord && _parser.Lexicon.TryGetWord(document.FoldedOf(index - 2), out var word)
                && !word.Has(NumberWordFlags.Article) && !word.Ordinal && word.Class <= NumberWordClass.Scale;
        }

        return false;
    }

    /// <summary>"ou", "et", "à" (written with its accent: the folded "a" is also the verb and "A380").</summary>
    private static bool IsListConnector(Document document, int index)
    {
        if (!document.Tokens[index].IsWord)
        {
            return false;
        }

        var folded = document.FoldedOf(index);
        return folded is "ou" or "et" || (folded is "a" && document.OriginalOf(index) is "à" or "À");
    }

    /// <summary>
    /// "01 23 45 67 89", "+33 1 23 45 67 89", "06.12.34.56.78": four or more groups of two digits
    /// (the first may have one), separated by single spaces, dots or dashes. Skips the whole run.
    /// </summary>
    private static bool TrySkipPhoneNumber(Document document, int index, out int end)
    {
        end = index;
        var tokens = document.Tokens;
        var start = index;
        if (document.IsChar(index, '+') && index + 2 < tokens.Length && tokens[index + 1].IsNumber && !tokens[index + 1].Has(TokenFlags.SpaceBefore))
        {
            start = index + 2;
            if (!tokens[start].Has(TokenFlags.SpaceBefore))
            {
                return false;
            }
        }

        if (start >= tokens.Length || !IsPhoneGroup(document, start, allowOneDigit: true))
        {
            return false;
        }

        var groups = 1;
        var lastToken = start;
        while (true)
        {
            var next = lastToken + 1;
            if (next < tokens.Length && tokens[next].Has(TokenFlags.SpaceBefore) && !tokens[next].Has(TokenFlags.NewlineBefore)
                && tokens[next].Start - tokens[lastToken].End == 1 && IsPhoneGroup(document, next, allowOneDigit: false))
            {
                lastToken = next;
            }
            else if (next + 1 < tokens.Length && IsDigitSeparator(document, next, ".-") && IsPhoneGroup(document, next + 1, allowOneDigit: false))
            {
                lastToken = next + 1;
            }
            else
            {
                break;
            }

            groups++;
        }

        if (groups < 4)
        {
            return false;
        }

        end = lastToken + 1;
        return true;
    }

    private static bool IsPhoneGroup(Document document, int index, bool allowOneDigit)
    {
        var token = document.Tokens[index];
        var length = token.FoldEnd - token.FoldStart;
        return token.IsNumber && !token.Has(TokenFlags.Grouped) && !token.Has(TokenFlags.DecimalComma) && (length == 2 || (allowOneDigit && length == 1));
    }
}
