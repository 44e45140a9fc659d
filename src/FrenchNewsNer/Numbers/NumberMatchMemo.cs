using System.Buffers;
using System.Numerics;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// What <see cref="FrenchNumberParser.TryMatch"/> answered at each token of one document. Dates, quantities,
/// numbers and gifts all ask the parser about the same tokens, the date and quantity rules several times
/// per token; a reading depends only on the document and the token, so each is computed once per
/// document. Per-call state: it lives on the <see cref="Document"/> of one extraction and is never shared.
/// Three bits per token record "may start", "asked" and "found", in one pooled array of three equal
/// blocks; the matches go to a pooled array indexed by token. Both are handed back by
/// <see cref="Release"/> when the extraction ends.
/// </summary>
internal sealed class NumberMatchMemo
{
    private readonly FrenchNumberParser _parser;
    private readonly int _tokenCount;

    // [0, _words): may start; [_words, 2 _words): asked; [2 _words, 3 _words): found.
    private readonly int _words;
    private ulong[] _bits;
    private NumberMatch[]? _matches;

    /// <summary>
    /// Creates the memo of <paramref name="parser"/> for <paramref name="document"/>, and marks in one
    /// pass the tokens a reading may start at (<see cref="FrenchNumberParser.CouldStartAt(Document, int)"/>): every
    /// recogniser asks at nearly every token, so a bit test then answers most questions.
    /// </summary>
    public NumberMatchMemo(FrenchNumberParser parser, Document document)
    {
        _parser = parser;
        _tokenCount = document.Tokens.Length;
        _words = (_tokenCount + 63) >> 6;

        // One memo per document: its bits are rented rather than allocated (cleared, as a rented array is not).
        _bits = ArrayPool<ulong>.Shared.Rent(3 * _words);
        Array.Clear(_bits, 0, 3 * _words);
        parser.MarkStarts(document, _bits);
    }

    /// <summary>The "may start" bits, one per token from bit 0 of word 0 (the words after the first <c>(tokens + 63) / 64</c> are not start bits).</summary>
    public ulong[] StartBits => _bits;

    /// <summary>Whether a reading may start at token <paramref name="index"/>; false means certainly not.</summary>
    public bool MayStart(int index) => (_bits[index >> 6] & (1UL << index)) != 0;

    /// <summary>The first token at or after <paramref name="index"/> a reading may start at, or the token count: a walk over the start bits, 64 tokens a step.</summary>
    public int NextStart(int index)
    {
        if (index >= _tokenCount)
        {
            return _tokenCount;
        }

        var word = index >> 6;
        var bits = _bits[word] & (ulong.MaxValue << index);
        while (bits == 0)
        {
            if (++word >= _words)
            {
                return _tokenCount;
            }

            bits = _bits[word];
        }

        // Bits past the last token are clear, so the index found is a token.
        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }

    /// <summary>Whether this memo records <paramref name="parser"/>'s answers (variants read differently).</summary>
    public bool IsFor(FrenchNumberParser parser) => ReferenceEquals(parser, _parser);

    /// <summary>The recorded answer at <paramref name="index"/>, if the parser was already asked there.</summary>
    public bool TryGet(int index, out bool found, out NumberMatch match)
    {
        var bit = 1UL << index;
        if ((_bits[_words + (index >> 6)] & bit) == 0)
        {
            found = false;
            match = default;
            return false;
        }

        found = (_bits[(2 * _words) + (index >> 6)] & bit) != 0;
        match = found ? _matches![index] : default;
        return true;
    }

    /// <summary>Records the parser's answer at <paramref name="index"/>.</summary>
    public void Set(int index, bool found, in NumberMatch match)
    {
        var bit = 1UL << index;
        _bits[_words + (index >> 6)] |= bit;
        if (found)
        {
            _bits[(2 * _words) + (index >> 6)] |= bit;
            // Slots are read only where the "found" bit is set, so the rented array needs no clearing.
            (_matches ??= ArrayPool<NumberMatch>.Shared.Rent(_tokenCount))[index] = match;
        }
    }

    /// <summary>Returns the pooled array; the memo must not be used afterwards.</summary>
    public void Release()
    {
        if (_bits.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_bits);
            _bits = [];
        }

        if (_matches is not null)
        {
            ArrayPool<NumberMatch>.Shared.Return(_matches);
            _matches = null;
        }
    }
}
