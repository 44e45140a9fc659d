namespace FrenchNewsNer.Numbers;

/// <summary>
/// Swiss French: the word table of France plus "septante", "huitante", "octante" and "nonante"; and the
/// Swiss way of writing digits, where "'" groups thousands ("1'000") and a dot is a decimal point
/// ("12.50", and "12.500" is 12.5, not twelve thousand five hundred).
/// </summary>
internal sealed class SwissFrenchNumberParser : FrenchNumberParser
{
    /// <summary>The shared Swiss reader.</summary>
    public static SwissFrenchNumberParser Instance { get; } = new();

    /// <inheritdoc />
    protected override bool AcceptsRegion(string region) => region is "be" or "ch";

    /// <inheritdoc />
    protected override bool TryParseNumberToken(ReadOnlySpan<char> folded, out double value)
    {
        // One dot and no other separator: the tokenizer took "12.500" for grouped thousands, but in
        // Switzerland it is a decimal number. "1.000.000" (several dots) stays grouping.
        var dot = folded.IndexOf('.');
        if (dot > 0 && folded.Length <= 64 && folded.LastIndexOf('.') == dot && folded.IndexOfAny(' ', '\'', ',') < 0)
        {
            Span<char> comma = stackalloc char[folded.Length];
            folded.CopyTo(comma);
            comma[dot] = ',';
            return TryParseDigits(comma, out value);
        }

        return base.TryParseNumberToken(folded, out value);
    }
}
