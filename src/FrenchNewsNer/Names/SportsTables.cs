using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Names;

/// <summary>
/// The country codes of sports results ("Olano (Esp)", "Federer (SUI)"), read once from the embedded
/// Data/names/sports-country-codes.tsv. A code is only a place in its context (inside parentheses after a
/// name), so this table is kept apart from the place gazetteer, where "It" or "S" would be noise.
/// </summary>
internal static class SportsCountryCodes
{
    /// <summary>The embedded file, relative to Data/.</summary>
    public const string Path = "names/sports-country-codes.tsv";

    private static readonly Lazy<FoldedMap<string>> Table = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Codes by folded form, with the country's French name.</summary>
    public static FoldedMap<string> Codes => Table.Value;

    /// <summary>Reads the code table from <paramref name="reader"/>; a code listed twice is an error naming its line.</summary>
    public static FoldedMap<string> Read(TextReader reader, string source)
    {
        var builder = new FoldedMap<string>.Builder();
        var seen = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in TsvReader.ReadAll(reader, source, "code", "country"))
        {
            var folded = TextFolding.Fold(row[0]);
            if (!seen.TryAdd(folded, row))
            {
                throw row.Error($"code '{row[0]}' is already listed at line {seen[folded].Line}");
            }

            builder.AddFolded(folded, row[1]);
        }

        return builder.Build();
    }

    private static FoldedMap<string> Read()
    {
        using var reader = EmbeddedData.OpenText(Path);
        return Read(reader, "Data/" + Path);
    }
}

/// <summary>
/// The initials that open a sports club's name ("FC Sion", "H. C. Lausanne"), read once from the embedded
/// Data/names/club-initials.tsv.
/// </summary>
internal static class ClubInitials
{
    /// <summary>The embedded file, relative to Data/.</summary>
    public const string Path = "names/club-initials.tsv";

    private static readonly Lazy<FoldedKeySet> Table = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The initials, folded, without full stops ("hc", "fc").</summary>
    public static FoldedKeySet Initials => Table.Value;

    /// <summary>Reads the initials from <paramref name="reader"/>; initials listed twice are an error naming the line.</summary>
    public static FoldedKeySet Read(TextReader reader, string source)
    {
        var builder = new FoldedKeySet.Builder();
        var seen = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in TsvReader.ReadAll(reader, source, "initials", "meaning"))
        {
            var folded = TextFolding.Fold(row[0]);
            if (!seen.TryAdd(folded, row))
            {
                throw row.Error($"initials '{row[0]}' are already listed at line {seen[folded].Line}");
            }

            builder.Add(row[0]);
        }

        return builder.Build();
    }

    private static FoldedKeySet Read()
    {
        using var reader = EmbeddedData.OpenText(Path);
        return Read(reader, "Data/" + Path);
    }
}
