using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Names;

/// <summary>
/// The nouns that name a person's role or title ("président", "gouverneur", "dirigeant", "ministre"),
/// read once from the first column of <c>Data/names/titles.tsv</c>. Used to link roles to names and to
/// resolve "le gouverneur" to the person who holds that role in the document.
/// </summary>
internal static class RoleNouns
{
    private static readonly Lazy<FoldedKeySet> Set = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static FoldedKeySet Default => Set.Value;

    private static FoldedKeySet Load()
    {
        var builder = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("names/titles.tsv", "title", "gender", "number", "category"))
        {
            // Civilities ("M.", "Madame") introduce a name but are not roles a later mention refers back to;
            // multi-word titles are matched by the name recognisers, not here.
            var title = row[0];
            if (row[3] == "civility" || title.Contains(' '))
            {
                continue;
            }

            // "les deux dirigeants", "des gouverneurs": the regular plural refers back as well.
            builder.Add(title);
            if (row[2] == "s" && !title.EndsWith('s') && !title.EndsWith('x'))
            {
                builder.Add(title + "s");
            }
        }

        return builder.Build();
    }
}
