using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FrenchNewsNer.Text;

/// <summary>
/// The tokens of a document: the first <see cref="Length"/> slots of a buffer that may be longer (a
/// pooled buffer is rented at a guessed size and handed back when the document is released). Reads
/// are checked against the count, never the buffer's length, so no code can see a slot of another
/// document or a stale one. A small value type so that <c>var tokens = document.Tokens</c> costs a copy
/// of two fields, and the indexer returns a reference rather than copying the 24-byte token.
/// </summary>
internal readonly struct TokenList
{
    private readonly Token[] _buffer;
    private readonly int _count;

    /// <summary>The tokens in <paramref name="buffer"/>'s first <paramref name="count"/> slots.</summary>
    public TokenList(Token[] buffer, int count)
    {
        // The indexer relies on this: a checked index below the count is inside the buffer.
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)buffer.Length, nameof(count));
        _buffer = buffer;
        _count = count;
    }

    /// <summary>No token.</summary>
    public static TokenList Empty => new([], 0);

    /// <summary>How many tokens there are.</summary>
    public int Length => _count;

    /// <summary>Token <paramref name="index"/>; throws outside 0..Length-1 as an array would.</summary>
    public ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndexOutOfRange();
            }

            // _count <= _buffer.Length (checked once in the constructor), so the array's own range check
            // would only repeat the one above.
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), (nint)(uint)index);
        }
    }

    /// <summary>The tokens as a span.</summary>
    public ReadOnlySpan<Token> AsSpan() => new(_buffer, 0, _count);

    /// <summary>Enumerates the tokens in text order.</summary>
    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>A copy of the tokens in an array of their exact count.</summary>
    public Token[] ToArray() => AsSpan().ToArray();

    private static void ThrowIndexOutOfRange() => throw new IndexOutOfRangeException();
}
