using System.Globalization;
using System.Runtime.CompilerServices;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// Reads French numbers from tokens; shared by every recogniser that needs one (numbers, quantities,
/// dates, gifts). <see cref="TryMatch"/> reads the longest number starting at a token:
/// <list type="bullet">
/// <item>digits with group separators and a decimal comma, as the tokenizer joins them ("8 000",
/// "8.000", "6 700,54"), a sign glued before ("-4"), a leading decimal comma (",08"), a power or an
/// exponent ("1,1^23", "12e-1"), a dot decimal where no French grouping can be meant ("2.5", "1.2345":
/// a dot before exactly three digits groups thousands, "1.200" = 1200), proper fractions ("3/4",
/// "1 4/5");</item>
/// <item>words, from "zéro" to "mille milliards" and beyond, in the traditional and the 1990
/// hyphenated spelling ("deux-cent-cinquante"), fractions ("trois quarts", "un cinquième",
/// "vingt et un demi"), decimals ("deux virgule cinq"), ratios ("un sur trois"), collectives
/// ("une douzaine");</item>
/// <item>scales after digits or words ("2,3 millions", "4.700 millions", "10 mille", "un million et
/// demi", "10k", "2 Md");</item>
/// <item>ordinals: digits with a suffix ("1er", "2e", "35ème", "2nde"), words ("premier",
/// "vingt et unième", "deux centième") and Roman numerals only before a word that makes them clear
/// ("XXIe siècle", "Ve République"); regnal numbers ("Louis XIV") are left to the person recogniser,
/// because only a name makes them numbers.</item>
/// </list>
/// <para>
/// Reading is not recognising: "un" reads as 1 and "29" in "29km" as 29, because the quantity and gift
/// recognisers need exactly that. Whether a reading is a Number entity (not an article, not a page
/// number, not part of a time or a code) is <see cref="NumberRecognizer"/>'s decision.
/// </para>
/// <para>
/// Regional variants (the Humanizer way: a base class with virtual tables, one subclass per region).
/// This standard reader accepts the Belgian and Swiss tens too ("septante", "huitante", "octante",
/// "nonante"): French news quotes Belgian and Swiss sources, and those words mean nothing else in
/// France, so accepting them costs no precision. <see cref="BelgianFrenchNumberParser"/> and
/// <see cref="SwissFrenchNumberParser"/> narrow the word table to their region and, for Switzerland,
/// read a dot before three digits as a decimal point ("12.500" = 12.5, thousands being grouped with
/// "'").
/// </para>
/// </summary>
internal partial class FrenchNumberParser
{
    // Bounds that keep one reading constant-time whatever the text: a number has at most this many
    // words, and the readings nested through "et", "sur" and fractions at most this depth.
    private const int MaxWords = 48;
    private const int MaxDepth = 3;

    private readonly Lazy<NumberLexicon> _lexicon;

    /// <summary>Creates a reader; its word table is built on first use.</summary>
    public FrenchNumberParser()
    {
        _lexicon = new Lazy<NumberLexicon>(() => NumberLexicon.Create(AcceptsRegion), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Standard French, reading every regional ten (see the class remarks).</summary>
    public static FrenchNumberParser Standard { get; } = new();

    /// <summary>This variant's number words.</summary>
    internal NumberLexicon Lexicon => _lexicon.Value;

    /// <summary>
    /// The longest number starting at token <paramref name="index"/>, or false when the token does not
    /// start one.
    /// </summary>
    public virtual bool TryMatch(Document document, int index, out NumberMatch match)
    {
        match = default;
        if ((uint)index >= (uint)document.Tokens.Length)
        {
            return false;
        }

        // Several recognisers ask about the same tokens: answer each token once per document.
        var memo = document.NumberMatches ??= new NumberMatchMemo(this, document);
        if (!memo.IsFor(this))
        {
            return CouldStartAt(document, index) && TryMatchUncached(document, index, out match);
        }

        if (!memo.MayStart(index))
        {
            return false;
        }

        if (memo.TryGet(index, out var known, out match))
        {
            return known;
        }

        var found = TryMatchUncached(document, index, out match);
        memo.Set(index, found, match);
        return found;
    }

    /// <summary>
    /// A cheap necessary condition for a reading at token <paramref name="index"/>, tested before the
    /// memo and the parser: every recogniser asks at nearly every token, and most tokens are words that
    /// no reading can start with. True for digits; for a word, when it may be a Roman ordinal (a
    /// capital Roman digit first) or its first part may be a number word; for a sign, a comma or a
    /// symbol, when it is one a reading starts with (see <see cref="TryReadUnbounded"/>).
    /// </summary>
    internal bool CouldStartAt(Document document, int index) =>
        CouldStartAt(Lexicon, document.Tokens[index], document.ShadowSpan, document.Text);

    /// <summary>Sets in <paramref name="bits"/> the bit of every token of <paramref name="document"/> that <see cref="CouldStartAt(Document, int)"/>.</summary>
    internal void MarkStarts(Document document, ulong[] bits)
    {
        // One tight loop with the tables, the shadow and the text held in locals.
        var lexicon = Lexicon;
        var tokens = document.Tokens;
        var shadow = document.ShadowSpan;
        var text = document.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (CouldStartAt(lexicon, tokens[i], shadow, text))
            {
                bits[i >> 6] |= 1UL << i;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CouldStartAt(NumberLexicon lexicon, in Token token, ReadOnlySpan<char> shadow, string text)
    {
        // Run at every token of every document: few branches, as the kind and the capital of one token
        // tell little about the next. A word is read from its first part; the lexicon's filter also
        // holds the signs and the comma a reading in digits may start with (see TryReadUnbounded).
        var folded = shadow.Slice(token.FoldStart, token.FoldEnd - token.FoldStart);
        if (token.Has(TokenFlags.Hyphenated))
        {
            var dash = folded.IndexOf('-');
            if (dash >= 0)
            {
                folded = folded[..dash];
            }
        }

        return (token.Kind == TokenKind.Number) | lexicon.MayStartWord(folded)
            || (token.Has(TokenFlags.Capitalized) && IsRomanCapital(text[token.Start]) && MayBeRomanOrdinal(lexicon, token, folded, text));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsRomanCapital(char ch) => ch is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M';

    /// <summary>
    /// The shape <see cref="TryRomanOrdinal"/> reads: capital Roman digits, then what may be an ordinal
    /// suffix ("XXIe", "Ier"). Capitalised words starting with I, V, X, L, C, D or M are common ("Il",
    /// "Les", "Macron"); their second letter or the suffix filter turns them away.
    /// </summary>
    private static bool MayBeRomanOrdinal(NumberLexicon lexicon, in Token token, ReadOnlySpan<char> folded, string text)
    {
        var original = text.AsSpan(token.Start, token.End - token.Start);
        var digits = 1;
        while (digits < original.Length && IsRomanCapital(original[digits]))
        {
            digits++;
        }

        // Roman digits are ASCII and fold one to one, so the suffix starts at the same offset in the shadow.
        return digits < folded.Length && lexicon.MayBeSuffix(folded[digits..]);
    }

    /// <summary>
    /// Whether a reading may start at token <paramref name="index"/>: false means <see cref="TryMatch"/>
    /// answers false there. Read from the document's memo once it exists.
    /// </summary>
    public bool MayStartAt(Document document, int index)
    {
        if ((uint)index >= (uint)document.Tokens.Length)
        {
            return false;
        }

        var memo = document.NumberMatches ??= new NumberMatchMemo(this, document);
        return memo.IsFor(this) ? memo.MayStart(index) : CouldStartAt(document, index);
    }

    /// <summary>
    /// This reader's memo for <paramref name="document"/> (created if need be), or null when the document
    /// already holds another reader's: a recogniser walking every token tests <see cref="NumberMatchMemo.MayStart"/> directly.
    /// </summary>
    internal NumberMatchMemo? MemoFor(Document document)
    {
        var memo = document.NumberMatches ??= new NumberMatchMemo(this, document);
        return memo.IsFor(this) ? memo : null;
    }

    /// <summary>The reading at <paramref name="index"/>, with neither the memo nor the start filter (tests check the filter against it).</summary>
    internal bool TryMatchUncached(Document document, int index, out NumberMatch match)
    {
        match = default;

        // An overflowing power or exponent ("9^999", "1e999", three hundred digits) is no number anyone wrote.
        var c = new Ctx(this, document);
        if (!TryRead(c, index, document.Tokens.Length, 0, out var reading) || !double.IsFinite(reading.Value))
        {
            return false;
        }

        match = new NumberMatch(index, reading.LastToken - index + 1, reading.Value, reading.Ordinal, document.Tokens[index].Start, document.Tokens[reading.LastToken].End);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="match"/> is nothing but "un" or "une", which is as often the article as
    /// the number: "un drone" counts one drone, but "un accord" is no Number entity.
    /// </summary>
    public bool IsArticleOnly(Document document, in NumberMatch match) =>
        match.TokenCount == 1 && !match.Ordinal && document.Tokens[match.FirstToken].IsWord
        && Lexicon.TryGetWord(document.FoldedOf(match.FirstToken), out var word) && word.Has(NumberWordFlags.Article);

    /// <summary>
    /// Parses a folded number token: digits, optional group separators ('.', ' ', '\'') between groups
    /// of three, and an optional decimal comma ("8 000", "8.000", "6 700,54", "1'000").
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> folded, out double value)
    {
        value = 0;
        if (folded.IsEmpty)
        {
            return false;
        }

        Span<char> invariant = folded.Length <= 64 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (Tokenizer.IsAsciiDigit(c))
            {
                invariant[length++] = c;
            }
            else if (c == ',')
            {
                invariant[length++] = '.';
            }
            else if (c is not ('.' or ' ' or '\''))
            {
                return false;
            }
        }

        return double.TryParse(invariant[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Whether this variant reads the words of <paramref name="region"/> ("be", "ch"); "*" words are always read.</summary>
    protected virtual bool AcceptsRegion(string region) => true;

    /// <summary>Parses one number token as the tokenizer cut it ("8.000", "2,3").</summary>
    protected virtual bool TryParseNumberToken(ReadOnlySpan<char> folded, out double value) => TryParseDigits(folded, out value);

    /// <summary>Reads at <paramref name="index"/> and cuts the reading back to a token boundary.</summary>
    private bool TryRead(in Ctx c, int index, int limit, int depth, out Reading reading)
    {
        // A reading that ends inside a hyphenated token ("trois" of "trois-mâts") is retried without
        // that token; a number never ends mid-word.
        while (TryReadUnbounded(c, index, limit, depth, out reading))
        {
            if (reading.EndsToken)
            {
                return true;
            }

            if (reading.LastToken <= index)
            {
                return false;
            }

            limit = reading.LastToken;
        }

        return false;
    }

    private bool TryReadUnbounded(in Ctx c, int index, int limit, int depth, out Reading reading)
    {
        reading = default;
        if (index >= limit)
        {
            return false;
        }

        var token = c.Tokens[index];
        switch (token.Kind)
        {
            case TokenKind.Number:
                return TryReadDigits(c, index, limit, depth, out reading);
            case TokenKind.Word:
                return TryReadRoman(c, index, out reading) || TryReadWordNumber(c, new Pos(index, token.FoldStart), limit, depth, out reading);
            default:
                return TryReadSigned(c, index, limit, depth, out reading) || TryReadLeadingComma(c, index, limit, out reading) || TryReadVulgar(c, index, out reading);
        }
    }

    /// <summary>"sur" then a whole number greater than <paramref name="numerator"/>: "un sur trois", "1 sur 20".</summary>
    private bool TryReadRatio(in Ctx c, int n, int limit, int depth, double numerator, out double ratio, out Reading end)
    {
        ratio = 0;
        end = default;
        if (depth >= MaxDepth || !c.IsWordToken(n, limit) || !c.IsSpacedOnLine(n) || !c.Document.FoldedOf(n).SequenceEqual("sur")
            || n + 1 >= limit || !c.IsSpacedOnLine(n + 1))
        {
            return false;
        }

        Reading denominator;
        if (c.Tokens[n + 1].IsNumber)
        {
            if (!c.IsPlainInteger(n + 1, limit))
            {
                return false;
            }

            denominator = Reading.At(n + 1, c.IntegerOf(n + 1), true);
        }
        else if (!c.Tokens[n + 1].IsWord || !TryReadCardinalOnly(c, n + 1, limit, depth + 1, out denominator))
        {
            return false;
        }

        if (!denominator.Integer || denominator.Ordinal || denominator.Value <= numerator)
        {
            return false;
        }

        ratio = numerator / denominator.Value;
        end = denominator;
        return true;
    }

    /// <summary>A whole cardinal in words starting at token <paramref name="index"/> and ending at a token end.</summary>
    private bool TryReadCardinalOnly(in Ctx c, int index, int limit, int depth, out Reading r)
    {
        r = default;
        while (ReadWords(c, new Pos(index, c.Tokens[index].FoldStart), limit, depth, belowThousand: false, out r))
        {
            if (r.EndsToken)
            {
                return r.Integer && !r.Ordinal && !r.Zero;
            }

            if (r.LastToken <= index)
            {
                return false;
            }

            limit = r.LastToken;
        }

        return false;
    }
}
