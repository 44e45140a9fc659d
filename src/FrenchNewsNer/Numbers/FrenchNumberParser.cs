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

    // ---- digits ---------------------------------------------------------------------------------

    private bool TryReadDigits(in Ctx c, int index, int limit, int depth, out Reading r)
    {
        r = default;
        var token = c.Tokens[index];
        if (!TryParseNumberToken(c.Document.FoldedOf(index), out var value))
        {
            return false;
        }

        var plain = !token.Has(TokenFlags.Grouped) && !token.Has(TokenFlags.DecimalComma);
        var whole = value == Math.Floor(value) && !token.Has(TokenFlags.DecimalComma);
        r = Reading.At(index, value, whole);
        var n = index + 1;

        // "2.5", "1.2345": a dot decimal. A dot before exactly three digits is French grouping, which the
        // tokenizer has already joined ("8.000"); after a four-digit lead ("2019.123") it is unclear and
        // not read. A chain of dots ("192.168.1.2", "13.09.2023") is an address, a version or a date.
        if (plain && c.IsChar(n, '.', limit) && c.IsGlued(n) && c.IsPlainDigits(n + 1, limit) && c.IsGlued(n + 1)
            && c.DigitCount(n + 1) != 3 && !c.ContinuesDottedChain(n + 2, limit) && !c.DottedBefore(index))
        {
            value += c.IntegerOf(n + 1) / Math.Pow(10, c.DigitCount(n + 1));
            whole = false;
            r = Reading.At(n + 1, value, false);
            n += 2;
        }

        // "1,1^23", "2,5^-1": a power.
        if (c.IsChar(n, '^', limit) && c.IsGlued(n))
        {
            var k = n + 1;
            var sign = ReadSigns(c, ref k, limit);
            if (c.IsPlainInteger(k, limit) && c.IsGlued(k))
            {
                r = Reading.At(k, Math.Pow(value, sign * c.IntegerOf(k)), false);
                return true;
            }
        }

        // "12,32e+14", "1e10", "-12e-1": an exponent (before the ordinal suffix "e" can claim the e).
        if (c.IsWordToken(n, limit) && c.IsGlued(n) && TryReadExponent(c, n, limit, out var exponent, out var exponentEnd))
        {
            r = Reading.At(exponentEnd, value * Math.Pow(10, exponent), false);
            return true;
        }

        // "1er", "2e", "35ème", "2nde": an ordinal suffix.
        if (whole && value >= 1 && c.IsWordToken(n, limit) && c.IsGlued(n) && !c.Tokens[n].Has(TokenFlags.Hyphenated)
            && Lexicon.TryGetSuffix(c.Document.FoldedOf(n), out var suffix) && (suffix.Value == 0 || suffix.Value == value))
        {
            r = Reading.At(n, value, true);
            r.Ordinal = true;
            return true;
        }

        // "1½".
        if (whole && n < limit && c.Tokens[n].IsPunctuation && c.IsGlued(n) && Lexicon.TryGetWord(c.Document.FoldedOf(n), out var vulgar) && vulgar.Class == NumberWordClass.Vulgar)
        {
            r = Reading.At(n, value + vulgar.Value, false);
            return true;
        }

        // "10k", "2,33 k", "2 Md".
        if (TryReadMagnitude(c, n, limit, value, c.DigitCount(index) == 1 && plain, out var magnitude))
        {
            r = Reading.At(n, value * magnitude, false);
            return true;
        }

        // "2,3 millions", "10 mille", "322 cent", "3 douzaines", then "et demi".
        if (TryScaleAfterDigits(c, n, limit, value, whole, out var scale))
        {
            value *= scale;
            r = Reading.At(n, value, value == Math.Floor(value));
            r.TrailingScale = scale;
            if (TryReadEtFraction(c, n + 1, limit, depth, out var fraction, out var fractionEnd))
            {
                r = Reading.At(fractionEnd.LastToken, value + (fraction * scale), false);
                r.EndsToken = fractionEnd.EndsToken;
            }

            return true;
        }

        if (whole && plain)
        {
            // "3/4": a proper fraction; "2 1/4": a whole number and a proper fraction.
            if (TryProperSlashFraction(c, index, limit, out var ratio, out var slashEnd))
            {
                r = Reading.At(slashEnd, ratio, false);
                return true;
            }

            if (n < limit && c.Tokens[n].IsNumber && c.IsSpacedOnLine(n) && TryProperSlashFraction(c, n, limit, out ratio, out slashEnd))
            {
                r = Reading.At(slashEnd, value + ratio, false);
                return true;
            }
        }

        // "1 sur 3".
        if (whole && value >= 1 && TryReadRatio(c, n, limit, depth, value, out var quotient, out var ratioEnd))
        {
            r = Reading.At(ratioEnd.LastToken, quotient, false);
            r.EndsToken = ratioEnd.EndsToken;
            return true;
        }

        // "3 et demi".
        if (r.LastToken == index && TryReadEtFraction(c, n, limit, depth, out var half, out var halfEnd))
        {
            r = Reading.At(halfEnd.LastToken, value + half, false);
            r.EndsToken = halfEnd.EndsToken;
        }

        return true;
    }

    private static int ReadSigns(in Ctx c, ref int k, int limit)
    {
        var sign = 1;
        while (k < limit && c.IsGlued(k) && (c.IsChar(k, '-', limit) || c.IsChar(k, '+', limit) || c.IsChar(k, '\u2212', limit)))
        {
            sign = c.IsChar(k, '+', limit) ? sign : -sign;
            k++;
        }

        return sign;
    }

    private static bool TryReadExponent(in Ctx c, int n, int limit, out double exponent, out int end)
    {
        exponent = 0;
        end = n;
        var folded = c.Document.FoldedOf(n);
        if (folded.SequenceEqual("e"))
        {
            var k = n + 1;
            var sign = ReadSigns(c, ref k, limit);
            if (c.IsPlainInteger(k, limit) && c.IsGlued(k))
            {
                exponent = sign * c.IntegerOf(k);
                end = k;
                return true;
            }

            return false;
        }

        // The tokenizer keeps "e-1" as one hyphenated word.
        if (folded.Length > 2 && folded[0] == 'e' && folded[1] == '-' && AllDigits(folded[2..]) && folded.Length <= 6)
        {
            exponent = -double.Parse(folded[2..], NumberStyles.None, CultureInfo.InvariantCulture);
            end = n;
            return true;
        }

        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var ch in span)
        {
            if (!Tokenizer.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return !span.IsEmpty;
    }

    private bool TryReadMagnitude(in Ctx c, int n, int limit, double value, bool singleDigit, out double magnitude)
    {
        magnitude = 0;
        if (!c.IsWordToken(n, limit) || c.Tokens[n].Has(TokenFlags.NewlineBefore))
        {
            return false;
        }

        var glued = c.IsGlued(n);
        var original = c.Document.OriginalOf(n);
        var folded = c.Document.FoldedOf(n);
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per number read.
        var magnitudes = Lexicon.Magnitudes;
        for (var m = 0; m < magnitudes.Count; m++)
        {
            var word = magnitudes[m];
            if (!(glued ? word.Has(NumberWordFlags.Glued) : word.Has(NumberWordFlags.Spaced)))
            {
                continue;
            }

            var same = word.Has(NumberWordFlags.ExactCase) ? original.SequenceEqual(word.Written) : folded.SequenceEqual(word.Parts[0]);
            if (!same || (glued && singleDigit && word.Has(NumberWordFlags.CodeGuard)))
            {
                continue;
            }

            magnitude = word.Value;
            return true;
        }

        return false;
    }

    private bool TryScaleAfterDigits(in Ctx c, int n, int limit, double value, bool whole, out double scale)
    {
        scale = 0;
        if (!c.IsWordToken(n, limit) || c.Tokens[n].Has(TokenFlags.NewlineBefore) || c.Tokens[n].Has(TokenFlags.Hyphenated)
            || !Lexicon.TryGetWord(c.Document.FoldedOf(n), out var word) || word.Ordinal)
        {
            return false;
        }

        var fits = word.Class switch
        {
            NumberWordClass.Scale or NumberWordClass.Collective => true,
            // "10 mille", "322 cent"; "3 cents" is money, and "1 000 mille" no one writes.
            NumberWordClass.Thousand => value < 1000,
            NumberWordClass.Hundred => !word.IsPlural && whole && value < 1000,
            _ => false,
        };
        if (!fits || value <= 0)
        {
            return false;
        }

        scale = word.Value;
        return true;
    }

    /// <summary>"3/4" at token <paramref name="index"/>: a proper fraction with no leading zero, not part of a date "3/4/2023".</summary>
    private static bool TryProperSlashFraction(in Ctx c, int index, int limit, out double ratio, out int end)
    {
        ratio = 0;
        end = index;
        var slash = index + 1;
        var den = index + 2;
        if (!c.IsPlainInteger(index, limit) || !c.IsChar(slash, '/', limit) || !c.IsGlued(slash) || !c.IsPlainInteger(den, limit) || !c.IsGlued(den)
            || c.LeadingZero(index) || c.LeadingZero(den) || (c.IsChar(den + 1, '/', limit) && c.IsGlued(den + 1)) || c.SlashedBefore(index))
        {
            return false;
        }

        var numerator = c.IntegerOf(index);
        var denominator = c.IntegerOf(den);
        if (numerator <= 0 || denominator <= numerator)
        {
            return false;
        }

        ratio = numerator / denominator;
        end = den;
        return true;
    }

    // ---- signs, leading comma, vulgar fractions, Roman numerals ----------------------------------

    /// <summary>"-4", "−4": a minus glued to a number and not glued to a word or number before it ("1-0" is a score).</summary>
    private bool TryReadSigned(in Ctx c, int index, int limit, int depth, out Reading r)
    {
        r = default;
        var isMinus = c.IsChar(index, '-', limit) || c.IsChar(index, '\u2212', limit);
        if (!isMinus || index + 1 >= limit || !c.Tokens[index + 1].IsNumber || !c.IsGlued(index + 1))
        {
            return false;
        }

        if (index > 0 && !c.Tokens[index].Has(TokenFlags.SpaceBefore) && (c.Tokens[index - 1].IsWord || c.Tokens[index - 1].IsNumber))
        {
            return false;
        }

        if (!TryReadDigits(c, index + 1, limit, depth, out r) || r.Ordinal)
        {
            return false;
        }

        r.Value = -r.Value;
        return true;
    }

    /// <summary>",08": a decimal comma with no whole part, after a space or at the start.</summary>
    private static bool TryReadLeadingComma(in Ctx c, int index, int limit, out Reading r)
    {
        r = default;
        if (!c.IsChar(index, ',', limit) || (index > 0 && !c.Tokens[index].Has(TokenFlags.SpaceBefore))
            || !c.IsPlainDigits(index + 1, limit) || !c.IsGlued(index + 1))
        {
            return false;
        }

        r = Reading.At(index + 1, c.IntegerOf(index + 1) / Math.Pow(10, c.DigitCount(index + 1)), false);
        return true;
    }

    private bool TryReadVulgar(in Ctx c, int index, out Reading r)
    {
        r = default;
        if (!Lexicon.TryGetWord(c.Document.FoldedOf(index), out var word) || word.Class != NumberWordClass.Vulgar)
        {
            return false;
        }

        r = Reading.At(index, word.Value, false);
        return true;
    }

    /// <summary>
    /// "XXIe siècle", "Ve République": upper-case Roman digits with an ordinal suffix, followed (perhaps
    /// through "et", ",", "au" and other such numerals: "XIXe et XXe siècles") by a word that makes it
    /// clear. Anywhere else "Ve" or "Ier" may be a name or a word.
    /// </summary>
    private bool TryReadRoman(in Ctx c, int index, out Reading r)
    {
        r = default;
        if (!TryRomanOrdinal(c, index, out var value))
        {
            return false;
        }

        var context = NumberContext.Default;
        for (var k = index + 1; k < c.Tokens.Length && k <= index + 8; k++)
        {
            if (c.Tokens[k].Has(TokenFlags.NewlineBefore))
            {
                return false;
            }

            if (context.RomanContext.ContainsToken(c.Document, k))
            {
                r = Reading.At(index, value, true);
                r.Ordinal = true;
                return true;
            }

            var folded = c.Document.FoldedOf(k);
            var joins = folded.SequenceEqual("et") || folded.SequenceEqual("au") || folded.SequenceEqual("ou") || folded.SequenceEqual("a")
                || folded.SequenceEqual(",") || folded.SequenceEqual("-") || folded.SequenceEqual("\u2013");
            if (!joins && !TryRomanOrdinal(c, k, out _))
            {
                return false;
            }
        }

        return false;
    }

    private bool TryRomanOrdinal(in Ctx c, int index, out int value)
    {
        value = 0;
        var token = c.Tokens[index];
        if (!token.IsWord || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.Elision) || !token.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var original = c.Document.OriginalOf(index);
        var digits = 0;
        while (digits < original.Length && RomanDigit(original[digits]) > 0)
        {
            digits++;
        }

        // Roman digits are ASCII and fold one to one, so the suffix starts at the same offset in the shadow.
        var folded = c.Document.FoldedOf(index);
        // "Le", "Ce", "De", "Me" are the article, the demonstrative, the preposition and the pronoun (or
        // "Maître"), never the 50th, 100th, 500th or 1000th: "Le XXIe siècle", "Le Ve arrondissement".
        if (digits == 1 && folded.Length == 2 && folded[1] == 'e' && original[0] is 'L' or 'C' or 'D' or 'M')
        {
            return false;
        }

        if (digits == 0 || digits >= folded.Length || !Lexicon.TryGetSuffix(folded[digits..], out var suffix)
            || !TryParseRoman(original[..digits], out value) || (suffix.Value != 0 && suffix.Value != value))
        {
            return false;
        }

        return true;
    }

    private static int RomanDigit(char ch) => ch switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };

    /// <summary>Parses a Roman numeral and accepts it only in its canonical spelling ("XIV", not "XIIII" or "IL").</summary>
    internal static bool TryParseRoman(ReadOnlySpan<char> roman, out int value)
    {
        value = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var digit = RomanDigit(roman[i]);
            if (digit == 0)
            {
                return false;
            }

            value += i + 1 < roman.Length && RomanDigit(roman[i + 1]) > digit ? -digit : digit;
        }

        if (value <= 0 || value >= 4000)
        {
            return false;
        }

        Span<char> canonical = stackalloc char[16];
        var length = 0;
        var rest = value;
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        ReadOnlySpan<string> symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        for (var i = 0; i < values.Length; i++)
        {
            while (rest >= values[i])
            {
                symbols[i].AsSpan().CopyTo(canonical[length..]);
                length += symbols[i].Length;
                rest -= values[i];
            }
        }

        return canonical[..length].SequenceEqual(roman);
    }

    // ---- shared helpers -------------------------------------------------------------------------

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

    /// <summary>A position inside the token stream: a token and the shadow offset of a part in it.</summary>
    private readonly record struct Pos(int Token, int Offset)
    {
        public static Pos None => new(-1, -1);

        public bool IsNone => Token < 0;
    }

    /// <summary>What one reading found: value, kind, and where it ended.</summary>
    private struct Reading
    {
        public double Value;
        public bool Ordinal;
        public bool Plural;
        public bool Integer;
        public bool LoneArticle;
        public bool Zero;
        public bool Collective;
        public bool IsFraction;
        public bool SmallDenominator;
        public double TrailingScale;

        /// <summary>The token holding the last part read.</summary>
        public int LastToken;

        /// <summary>Whether the last part read ends its token.</summary>
        public bool EndsToken;

        /// <summary>Where a continuation would start, or <see cref="Pos.None"/>.</summary>
        public Pos Next;

        public static Reading At(int lastToken, double value, bool integer) =>
            new() { Value = value, Integer = integer, LastToken = lastToken, EndsToken = true, Next = Pos.None };
    }

    /// <summary>The per-call view of the document; a struct so that reading allocates nothing.</summary>
    private readonly struct Ctx
    {
        public readonly Document Document;
        public readonly TokenList Tokens;

        public Ctx(FrenchNumberParser parser, Document document)
        {
            Parser = parser;
            Document = document;
            Tokens = document.Tokens;
        }

        public FrenchNumberParser Parser { get; }

        /// <summary>The folded shadow (a pooled buffer while the document is being extracted).</summary>
        public ReadOnlySpan<char> Shadow => Document.ShadowSpan;

        public bool IsGlued(int index) => index > 0 && index < Tokens.Length && !Tokens[index].Has(TokenFlags.SpaceBefore);

        /// <summary>Separated from the token before by spaces on the same line.</summary>
        public bool IsSpacedOnLine(int index) => index < Tokens.Length && Tokens[index].Has(TokenFlags.SpaceBefore) && !Tokens[index].Has(TokenFlags.NewlineBefore);

        public bool IsChar(int index, char ch, int limit) => index < limit && Document.IsChar(index, ch);

        public bool IsWordToken(int index, int limit) => index < limit && Tokens[index].IsWord;

        public bool IsPlainDigits(int index, int limit) =>
            index < limit && Tokens[index].IsNumber && !Tokens[index].Has(TokenFlags.Grouped) && !Tokens[index].Has(TokenFlags.DecimalComma);

        /// <summary>Plain digits short enough to be read exactly.</summary>
        public bool IsPlainInteger(int index, int limit) => IsPlainDigits(index, limit) && DigitCount(index) <= 15;

        public int DigitCount(int index) => Tokens[index].FoldEnd - Tokens[index].FoldStart;

        public bool LeadingZero(int index) => Shadow[Tokens[index].FoldStart] == '0';

        public double IntegerOf(int index) => double.Parse(Document.FoldedOf(index), NumberStyles.None, CultureInfo.InvariantCulture);

        /// <summary>Whether ".digits" glued follows at <paramref name="index"/>.</summary>
        public bool ContinuesDottedChain(int index, int limit) =>
            IsChar(index, '.', limit) && IsGlued(index) && index + 1 < limit && Tokens[index + 1].IsNumber && IsGlued(index + 1);

        /// <summary>Whether "digits." glued precedes token <paramref name="index"/>.</summary>
        public bool DottedBefore(int index) =>
            index >= 2 && IsGlued(index) && Document.IsChar(index - 1, '.') && IsGlued(index - 1) && Tokens[index - 2].IsNumber;

        /// <summary>Whether "digits/" glued precedes token <paramref name="index"/>.</summary>
        public bool SlashedBefore(int index) =>
            index >= 2 && IsGlued(index) && Document.IsChar(index - 1, '/') && IsGlued(index - 1) && Tokens[index - 2].IsNumber;
    }
}
