using System.Buffers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// What <see cref="FrenchNumberParser.TryMatch"/> answered at each token of one document. Dates, quantities,
/// numbers and gifts all ask the parser about the same tokens, the date and quantity rules several times
/// per token; a reading depends only on the document and the token, so each is computed once per
/// document. Per-call state: it lives on the <see cref="Document"/> of one extraction and is never shared.
/// Two bits per token record "asked" and "found"; the matches go to a pooled array indexed by token,
/// handed back by <see cref="Release"/> when the extraction ends.
/// </summary>
internal sealed class NumberMatchMemo
{
    private readonly FrenchNumberParser _parser;
    private readonly ulong[] _asked;
    private readonly ulong[] _found;
    private readonly ulong[] _mayStart;
    private readonly int _tokenCount;
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
        _asked = new ulong[(_tokenCount + 63) >> 6];
        _found = new ulong[_asked.Length];
        _mayStart = new ulong[_asked.Length];
        parser.MarkStarts(document, _mayStart);
    }

    /// <summary>Whether a reading may start at token <paramref name="index"/>; false means certainly not.</summary>
    public bool MayStart(int index) => (_mayStart[index >> 6] & (1UL << index)) != 0;

    /// <summary>Whether this memo records <paramref name="parser"/>'s answers (variants read differently).</summary>
    public bool IsFor(FrenchNumberParser parser) => ReferenceEquals(parser, _parser);

    /// <summary>The recorded answer at <paramref name="index"/>, if the parser was already asked there.</summary>
    public bool TryGet(int index, out bool found, out NumberMatch match)
    {
        var bit = 1UL << index;
        if ((_asked[index >> 6] & bit) == 0)
        {
            found = false;
            match = default;
            return false;
        }

        found = (_found[index >> 6] & bit) != 0;
        match = found ? _matches![index] : default;
        return true;
    }

    /// <summary>Records the parser's answer at <paramref name="index"/>.</summary>
    public void Set(int index, bool found, in NumberMatch match)
    {
        var bit = 1UL << index;
        _asked[index >> 6] |= bit;
        if (found)
        {
            _found[index >> 6] |= bit;
            // Slots are read only where the "found" bit is set, so the rented array needs no clearing.
            (_matches ??= ArrayPool<NumberMatch>.Shared.Rent(_tokenCount))[index] = match;
        }
    }

    /// <summary>Returns the pooled array; the memo must not be used afterwards.</summary>
    public void Release()
    {
        if (_matches is not null)
        {
            ArrayPool<NumberMatch>.Shared.Return(_matches);
            _matches = null;
        }
    }
}
