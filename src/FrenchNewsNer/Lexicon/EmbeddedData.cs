using System.IO.Compression;
using System.Text;

namespace FrenchNewsNer.Lexicon;

/// <summary>Opens the data files embedded from <c>src/FrenchNewsNer/Data</c>.</summary>
internal static class EmbeddedData
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads an embedded TSV ("names/organizations.tsv"); a malformed line throws with its number.</summary>
    public static List<TsvRow> ReadTsv(string relativePath, params string[] requiredColumns)
    {
        using var reader = OpenText(relativePath);
        return TsvReader.ReadAll(reader, "Data/" + relativePath, requiredColumns);
    }

    /// <summary>Opens an embedded text file, transparently un-gzipping names ending in ".gz".</summary>
    public static TextReader OpenText(string relativePath)
    {
        var name = "FrenchNewsNer.Data/" + relativePath;
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded data file Data/{relativePath} is missing from the assembly; the build is broken.");
        if (relativePath.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
    }
}
