using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Text;

/// <summary>
/// Abbreviations whose full stop does not end a sentence ("M.", "Mme.", "Dr."), read once from the
/// embedded <c>Data/text/abbreviations.tsv</c>.
/// </summary>
internal static class Abbreviations
{
    private static readonly Lazy<FoldedKeySet> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static bool Contains(ReadOnlySpan<char> foldedWord) => Set.Value.Contains(foldedWord);

    private static FoldedKeySet Load()
    {
        var builder = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("text/abbreviations.tsv", "abbreviation"))
        {
            builder.Add(row[0]);
        }

        return builder.Build();
    }
}
