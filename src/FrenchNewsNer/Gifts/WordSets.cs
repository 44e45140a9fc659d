namespace FrenchNewsNer.Gifts;

/// <summary>Look-ups of a token's folded span in a fixed word set, without a string per look-up.</summary>
internal static class WordSets
{
    /// <summary>Whether <paramref name="set"/> (built with <see cref="StringComparer.Ordinal"/>) holds <paramref name="word"/>.</summary>
    /// <remarks>
    /// The gift stage tests several words around every gift verb against these sets; a substring per test
    /// was garbage the moment it was hashed. .NET 8 has no span look-up into a <see cref="HashSet{T}"/>,
    /// so there it still makes the string.
    /// </remarks>
    public static bool ContainsSpan(this HashSet<string> set, ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return set.Contains(word.ToString());
#endif
    }
}
