using System.Text.RegularExpressions;

namespace FrenchNewsNer.Benchmarks;

/// <summary>Where the benchmark texts are: the repository's seeds and the generated corpus.</summary>
public static partial class BenchInputs
{
    /// <summary>The generated 10 MB corpus, relative to the repository root.</summary>
    public const string CorpusFile = "artifacts/bench/corpus-10mb.txt";

    /// <summary>The repository root: the first folder above this assembly holding FrenchNewsNer.sln.</summary>
    public static string Root()
    {
        // BenchmarkDotNet runs each benchmark from a generated project under bin/, still inside the repository.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrenchNewsNer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FrenchNewsNer.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The corpus file, or null when it has not been generated.</summary>
    public static string? CorpusPath()
    {
        var path = Path.Combine(Root(), CorpusFile);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The seed texts, each one document, as a user would pass a whole article.</summary>
    public static string[] SeedDocuments() =>
        Directory.GetFiles(Path.Combine(Root(), "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>A text split on blank lines into its documents, as <c>bench</c> splits it.</summary>
    /// <param name="text">The corpus text.</param>
    public static string[] Documents(string text) => Paragraphs().Split(text).Where(p => p.Length > 0).ToArray();

    [GeneratedRegex(@"(?:\r?\n){2,}")]
    private static partial Regex Paragraphs();
}
