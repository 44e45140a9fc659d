using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Names;

/// <summary>
/// Hand-curated lists of kinds of words that the names rules read, each from one embedded TSV file
/// under Data/names/ and read once: common-noun acronyms ("PME", "TGV", "PDG": never an organisation
/// on their own), institution nouns ("Commission", "Parlement": capitalised alone, an institution) and sports
/// cues ("a battu", "contre": a town beside them, with a score in the sentence, is its club).
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

    /// <summary>The sports cues file, relative to Data/.</summary>
    public const string SportsCuesPath = "names/sports-cues.tsv";

    private static readonly Lazy<(FoldedKeySet After, FoldedKeySet Before)> SportsCueTables = new(ReadSportsCues, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Words after a team that is the subject ("Lyon a battu"), folded.</summary>
    public static FoldedKeySet SportsCuesAfter => SportsCueTables.Value.After;

    /// <summary>Words right before a team ("contre Lyon", "a battu Lyon"), folded.</summary>
    public static FoldedKeySet SportsCuesBefore => SportsCueTables.Value.Before;

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

    /// <summary>Reads the sports cues from <paramref name="reader"/>: the words by side ("after" or "before" the team).</summary>
    public static (FoldedKeySet After, FoldedKeySet Before) ReadSportsCues(TextReader reader, string source)
    {
        var after = new FoldedKeySet.Builder();
        var before = new FoldedKeySet.Builder();
        foreach (var row in TsvReader.ReadAll(reader, source, "word", "side"))
        {
            switch (row[1])
            {
                case "after":
                    after.Add(row[0]);
                    break;
                case "before":
                    before.Add(row[0]);
                    break;
                default:
                    throw row.Error($"side '{row[1]}' is neither 'after' nor 'before'");
            }
        }

        return (after.Build(), before.Build());
    }

    private static (FoldedKeySet After, FoldedKeySet Before) ReadSportsCues()
    {
        using var reader = EmbeddedData.OpenText(SportsCuesPath);
        return ReadSportsCues(reader, "Data/" + SportsCuesPath);
    }

    private static FoldedKeySet ReadEmbedded(string path, string wordColumn, string noteColumn)
    {
        using var reader = EmbeddedData.OpenText(path);
        return Read(reader, "Data/" + path, wordColumn, noteColumn);
    }
}
