using System.Globalization;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>The values one reading passes around: a position in the token stream, what was read, and the per-call view of the document.</summary>
internal partial class FrenchNumberParser
{
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
