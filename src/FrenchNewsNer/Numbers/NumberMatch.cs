namespace FrenchNewsNer.Numbers;

/// <summary>
/// A number read from consecutive tokens: "8 000", "2,3 millions", "deux cent cinquante", "35e".
/// Offsets are in the original text.
/// </summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">How many tokens the number spans.</param>
/// <param name="Value">The value, scale words included ("2,3 millions" → 2300000).</param>
/// <param name="Ordinal">True for an ordinal ("1er", "quatrième").</param>
/// <param name="Start">Original start offset, inclusive.</param>
/// <param name="End">Original end offset, exclusive.</param>
internal readonly record struct NumberMatch(int FirstToken, int TokenCount, double Value, bool Ordinal, int Start, int End)
{
    /// <summary>The index of the token after the number.</summary>
    public int NextToken => FirstToken + TokenCount;
}
