namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// The first names with their gender, by folded form: a <see cref="FoldedWordSet"/> over the generated
/// lines <c>folded-name&lt;TAB&gt;m|f|mf</c>, looked up in O(1) without allocating. Immutable, so any
/// number of threads may read it.
/// </summary>
internal sealed class FirstNameTable
{
    private readonly FoldedWordSet _names;

    private FirstNameTable(FoldedWordSet names) => _names = names;

    /// <summary>How many distinct folded first names the table holds.</summary>
    public int Count => _names.Count;

    /// <summary>Whether an already folded token is a first name.</summary>
    public bool ContainsKey(ReadOnlySpan<char> foldedKey) => _names.Contains(foldedKey);

    /// <summary>The gender of an already folded first name.</summary>
    public bool TryGetValue(ReadOnlySpan<char> foldedKey, out NameGender gender)
    {
        gender = default;
        if (!_names.TryGetValue(foldedKey, out var code))
        {
            return false;
        }

        gender = ToGender(code);
        return true;
    }

    /// <summary>
    /// Reads the generated lines <c>folded-name&lt;TAB&gt;m|f|mf</c> (see <see cref="FoldedWordSet.Read(Stream, string, FoldedWordSet.ValueRule?, string?)"/>);
    /// a malformed line is a <see cref="DataFormatException"/> naming it.
    /// </summary>
    public static FirstNameTable Read(Stream utf8, string source) => new(FoldedWordSet.Read(utf8, source, IsGender, ExpectedLine));

    /// <summary>Reads the lines from text (tests); see <see cref="Read(Stream, string)"/>.</summary>
    public static FirstNameTable Read(TextReader reader, string source) => new(FoldedWordSet.Read(reader, source, IsGender, ExpectedLine));

    private const string ExpectedLine = "folded-name<TAB>m|f|mf";

    private static bool IsGender(ReadOnlySpan<byte> code) => ToGender(code) != NameGender.None;

    private static NameGender ToGender(ReadOnlySpan<byte> code) =>
        code.SequenceEqual("m"u8) ? NameGender.Masculine
        : code.SequenceEqual("f"u8) ? NameGender.Feminine
        : code.SequenceEqual("mf"u8) ? NameGender.Both
        : NameGender.None;
}
