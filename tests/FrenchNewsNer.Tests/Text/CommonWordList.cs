using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;

namespace FrenchNewsNer.Tests.Text;

/// <summary>
/// The embedded dictionary of common French words (folded, one per line), for tests that must tell a generated
/// token from a real word ("BRRR" is the interjection "brrr"; "AU" is "au").
/// </summary>
internal static class CommonWordList
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>The folded common words, loaded once.</summary>
    public static IReadOnlySet<string> Folded => Words.Value;

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(EmbeddedData.OpenStream(GazetteerFiles.CommonWordsPath));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
