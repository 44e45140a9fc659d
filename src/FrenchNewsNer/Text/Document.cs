using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FrenchNewsNer.Text;

/// <summary>
/// A text prepared for recognition, once per call: the original, its folded shadow with the offset map,
/// and the tokens with sentence starts marked. Recognisers walk <see cref="Tokens"/> and compare folded
/// spans; they never allocate a substring per token.
/// </summary>
internal sealed class Document
{
    // The pooled shadow itself, read directly: FoldedOf runs for nearly every look-up of every
    // recogniser, and going through FoldedText.Span cost a branch and two range checks per call.
    private char[] _shadow;
    private int _shadowLength;

    // The rented array behind Tokens, handed back by Release (null once handed back, or for no token).
    private Token[]? _rentedTokens;

    // HashOf's answers by token, 0 for one not asked yet: rented and cleared on the first call, handed back by
    // Release. Null until then (a pass that hashes no token, as the date pass's prefiltered one, pays nothing).
    private int[]? _hashes;

    private Document(string text, FoldedText folded, Token[]? rentedTokens, int tokenCount)
    {
        Text = text;
        Folded = folded;
        _rentedTokens = rentedTokens;
        Tokens = rentedTokens is null ? TokenList.Empty : new TokenList(rentedTokens, tokenCount);
        _shadow = folded.PooledBuffer ?? folded.Value.ToCharArray();
        _shadowLength = folded.Length;
    }

    /// <summary>The caller's text, unchanged.</summary>
    public string Text { get; }

    /// <summary>The folded shadow and its map back to <see cref="Text"/>.</summary>
    public FoldedText Folded { get; }

    /// <summary>
    /// The folded shadow string. The shadow of a document being extracted is a pooled buffer, and this
    /// makes a string of it on first use: the extraction path reads <see cref="ShadowSpan"/>.
    /// </summary>
    public string Shadow => Folded.Value;

    /// <summary>The folded shadow; valid until <see cref="Release"/>.</summary>
    public ReadOnlySpan<char> ShadowSpan => new(_shadow, 0, _shadowLength);

    /// <summary>
    /// The tokens in text order. They live in a pooled buffer (a token array per document was a third
    /// of everything an extraction allocated): valid until <see cref="Release"/>.
    /// </summary>
    public TokenList Tokens { get; private set; }

    /// <summary>
    /// The number parser's answers for this document, filled as recognisers ask (per-call state: a
    /// document belongs to one extraction on one thread).
    /// </summary>
    internal Numbers.NumberMatchMemo? NumberMatches { get; set; }

    /// <summary>
    /// Hands the pooled per-document buffers back once the extraction is done with this document; the
    /// shadow must not be read afterwards. A document never released (one built for a lexicon entry)
    /// only leaves its buffers to the GC.
    /// </summary>
    public void Release()
    {
        NumberMatches?.Release();
        NumberMatches = null;

        // The tokens go first: FoldedOf reads the shadow unchecked behind the token index check.
        // Idempotent: the fields are cleared before the buffers go back, so a second Release returns nothing.
        Tokens = TokenList.Empty;
        _shadow = [];
        _shadowLength = 0;
        Folded.Release();
        if (_rentedTokens is { } rented)
        {
            _rentedTokens = null;
            ArrayPool<Token>.Shared.Return(rented);
        }

        if (_hashes is { } hashes)
        {
            _hashes = null;
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    /// <summary>Folds and tokenises <paramref name="text"/>.</summary>
    public static Document Create(string text)
    {
        var folded = FoldedText.CreatePooled(text);
        var tokens = Tokenizer.Tokenize(folded, out var count);
        return new Document(text, folded, tokens, count);
    }

    /// <summary>The folded form of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> FoldedOf(int index)
    {
        ref readonly var token = ref Tokens[index];

        // Unchecked: the tokenizer made every token inside the shadow, and a released document has no
        // token left (the index check above throws), so the span's own range check would only repeat it.
        // This runs for nearly every look-up of every recogniser.
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_shadow), token.FoldStart), token.FoldEnd - token.FoldStart);
    }

    /// <summary>
    /// <see cref="Lexicon.FoldedHash.Of"/> of <see cref="FoldedOf"/>(<paramref name="index"/>), for the
    /// <c>TryGetValue(folded, hash, ...)</c> overloads of the lexicon tables. Computed once per token and kept:
    /// the names pass alone looked most words up in several tables, each hashing them again.
    /// </summary>
    public int HashOf(int index)
    {
        var folded = FoldedOf(index); // checks the index against the tokens, which the hashes array covers
        var hashes = _hashes ?? RentHashes();
        ref var hash = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(hashes), index);
        if (hash == 0)
        {
            // A key whose hash really is 0 is hashed again at each call: correct, and too rare to matter.
            hash = Lexicon.FoldedHash.Of(folded);
        }

        return hash;
    }

    private int[] RentHashes()
    {
        var hashes = ArrayPool<int>.Shared.Rent(Tokens.Length);
        Array.Clear(hashes, 0, Tokens.Length);
        _hashes = hashes;
        return hashes;
    }

    /// <summary>The original form of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> OriginalOf(int index)
    {
        ref readonly var token = ref Tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>Whether token <paramref name="index"/> is a word whose folded form equals <paramref name="folded"/>.</summary>
    public bool IsWord(int index, string folded) =>
        (uint)index < (uint)Tokens.Length && Tokens[index].IsWord && FoldedOf(index).SequenceEqual(folded);

    /// <summary>Whether token <paramref name="index"/> is the single character <paramref name="c"/> (folded).</summary>
    public bool IsChar(int index, char c)
    {
        // The token is read once, not three times through the property and the checked indexer.
        var tokens = Tokens;
        if ((uint)index >= (uint)tokens.Length)
        {
            return false;
        }

        ref readonly var token = ref tokens[index];
        return token.FoldEnd - token.FoldStart == 1 && _shadow[token.FoldStart] == c;
    }

    /// <summary>Whether token <paramref name="index"/> follows the previous one with no white space between.</summary>
    public bool IsGlued(int index) => index > 0 && index < Tokens.Length && !Tokens[index].Has(TokenFlags.SpaceBefore);
}
