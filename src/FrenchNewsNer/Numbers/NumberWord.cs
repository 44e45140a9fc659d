namespace FrenchNewsNer.Numbers;

/// <summary>A number word's place in a French numeral (the <c>class</c> column of <c>number-words.tsv</c>).</summary>
internal enum NumberWordClass : byte
{
    /// <summary>zéro to neuf, and their ordinals.</summary>
    Unit,

    /// <summary>dix to seize.</summary>
    Teen,

    /// <summary>vingt to nonante, quatre-vingt.</summary>
    Ten,

    /// <summary>cent.</summary>
    Hundred,

    /// <summary>mille.</summary>
    Thousand,

    /// <summary>million and up: multiplied by the count before it.</summary>
    Scale,

    /// <summary>douzaine, centaine, millier: a count of them; ends the number.</summary>
    Collective,

    /// <summary>demi, tiers, quart: a denominator.</summary>
    Fraction,

    /// <summary>A one-character fraction: ½.</summary>
    Vulgar,

    /// <summary>An ordinal ending glued to digits: 1er, 2e.</summary>
    Suffix,

    /// <summary>A multiplier glued to or after digits: 10k, 2,5 Md.</summary>
    Magnitude,
}

/// <summary>The <c>flags</c> column of <c>number-words.tsv</c>; the file's header documents each.</summary>
[Flags]
internal enum NumberWordFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>un/une, also the indefinite article.</summary>
    Article = 1 << 0,

    /// <summary>A ten that takes dix and the teens (soixante, quatre-vingt).</summary>
    Teens = 1 << 1,

    /// <summary>Nothing below a hundred follows (quatre-vingts).</summary>
    Closed = 1 << 2,

    /// <summary>A plural form.</summary>
    Plural = 1 << 3,

    /// <summary>An ordinal that never combines (premier).</summary>
    Alone = 1 << 4,

    /// <summary>An ordinal only seen after a ten (unième).</summary>
    CompoundOnly = 1 << 5,

    /// <summary>No plural form is generated.</summary>
    NoPlural = 1 << 6,

    /// <summary>Read alone only after a determiner (seconde).</summary>
    NeedsDeterminer = 1 << 7,

    /// <summary>A magnitude that may follow the digits after a space.</summary>
    Spaced = 1 << 8,

    /// <summary>A magnitude that may be glued to the digits.</summary>
    Glued = 1 << 9,

    /// <summary>Compared on the original text, case included.</summary>
    ExactCase = 1 << 10,

    /// <summary>Glued to a single digit it is a code (4G), not a multiplier.</summary>
    CodeGuard = 1 << 11,
}

/// <summary>One row of <c>number-words.tsv</c> (or the plural generated from it).</summary>
/// <param name="Written">The word as written in the file (kept for exact-case comparisons and messages).</param>
/// <param name="Parts">The folded parts: one for a plain word, several for "quatre-vingt".</param>
/// <param name="Value">The value; for a suffix, the only number it may follow (0: any).</param>
/// <param name="Class">The word's place in a numeral.</param>
/// <param name="Ordinal">True for an ordinal form.</param>
/// <param name="Flags">The flags.</param>
internal sealed record NumberWord(string Written, string[] Parts, double Value, NumberWordClass Class, bool Ordinal, NumberWordFlags Flags)
{
    public bool Has(NumberWordFlags flag) => (Flags & flag) != 0;

    public bool IsPlural => Has(NumberWordFlags.Plural);

    /// <summary>The value as an integer, for the grammar's counts (every class below Fraction is whole).</summary>
    public long Whole => (long)Value;
}
