using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Lexicon;

/// <summary>
/// A one-sided test for "may this folded word be one of a fixed set of keys": false means certainly not,
/// true means perhaps. It hashes only the length, the first two and the last character into a bit table
/// (a Bloom filter with one probe), so it costs a few instructions where the exact look-up of a
/// <see cref="FoldedMap{TValue}"/> hashes every character. The number, quantity and gift passes test every
/// token of a text against small word sets (number words, units, context phrases, gift verbs) that nearly
/// no token is in; this test turns most of those look-ups away before they are made. Immutable once built, so it
/// is read by any number of threads.
/// </summary>
internal sealed class FoldedPrefilter
{
    // 16 384 bits (2 KB): with a few hundred keys, a few words in a hundred that are no key still pass.
    private const int SlotBits = 14;

    private readonly ulong[] _bits;

    private FoldedPrefilter(ulong[] bits) => _bits = bits;

    /// <summary>Whether <paramref name="folded"/> may be one of the keys (never false for a key).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> folded)
    {
        var slot = Slot(folded);
        return (_bits[slot >> 6] & (1UL << (int)slot)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Slot(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return 0;
        }

        var hash = ((uint)folded.Length * 0x9E3779B1u) ^ (folded[0] * 0x85EBCA77u);
        hash = ((hash << 13) | (hash >> 19)) ^ (folded[^1] * 0xC2B2AE3Du);
        if (folded.Length > 1)
        {
            hash = ((hash << 11) | (hash >> 21)) ^ (folded[1] * 0x27D4EB2Fu);
        }

        return (hash * 0x165667B1u) >> (32 - SlotBits);
    }

    /// <summary>Collects the keys of a filter.</summary>
    public sealed class Builder
    {
        private readonly ulong[] _bits = new ulong[(1 << SlotBits) / 64];

        /// <summary>Adds an already folded key.</summary>
        public Builder Add(ReadOnlySpan<char> folded)
        {
            var slot = Slot(folded);
            _bits[slot >> 6] |= 1UL << (int)slot;
            return this;
        }

        /// <summary>The immutable filter of the keys added so far.</summary>
        public FoldedPrefilter Build() => new((ulong[])_bits.Clone());
    }
}
