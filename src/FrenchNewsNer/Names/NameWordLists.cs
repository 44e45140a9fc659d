using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Names;

/// <summary>
/// Hand-curated lists of kinds of words that the names rules read, each from one embedded TSV file
/// under Data/names/ and read once: common-noun acronyms ("PME", "TGV", "PDG": never an organisation
/// on their own) and institution nouns ("Commission", "Parlement": capitalised alone, an institution).
/// </summary>
internal static class NameWordLists
{
    /// <summary>The common-noun acronyms file, relative to Data/.</summary>
    public const string CommonAcronymsPath = "names/common-acronyms.tsv";

    /// <summary>The institution nouns file, relative to Data/.</summary>
    public const string InstitutionNounsPath = "names/institution-nouns.tsv";

    private static readonly Lazy<FoldedKeySet> CommonAcronymTable =
        new(() => ReadEmbedded(CommonAcronymsPath, "acronym", "meaning"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FoldedKeySet> InstitutionNounTable =
        new(() => ReadEmbedded(InstitutionNounsPath, "noun", "note"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Acronyms that name a kind of thing ("PME", "SMS"), folded.</summary>
    public static FoldedKeySet CommonAcronyms => CommonAcronymTable.Value;

    /// <summary>Nouns that, capitalised alone in mid-sentence, stand for an institution ("Commission"), folded.</summary>
    public static FoldedKeySet InstitutionNouns => InstitutionNounTable.Value;

    /// <summary>
    /// Reads the first column of a two-column word list from <paramref name="reader"/>; a word listed twice is
    /// an error naming its line.
    /// </summary>
    public static FoldedKeySet Read(TextReader reader, string source, string wordColumn, string noteColumn)
    {
        var builder = new FoldedKeySet.Builder();
        var seen = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in TsvReader.ReadAll(reader, source, wordColumn, noteColumn))
        {
            var folded = TextFolding.Fold(row[0]);
            if (!seen.TryAdd(folded, row))
            {
                throw row.Error($"'{row[0]}' is already listed at line {seen[folded].Line}");
            }

            builder.Add(row[0]);
        }

        return builder.Build();
    }

    private static FoldedKeySet ReadEmbedded(string path, string wordColumn, string noteColumn)
    {
        using var reader = EmbeddedData.OpenText(path);
        return Read(reader, "Data/" + path, wordColumn, noteColumn);
    }
}
