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
    public static TextReader OpenText(string relativePath) =>
        new StreamReader(OpenStream(relativePath), StrictUtf8, detectEncodingFromByteOrderMarks: true);

    /// <summary>
    /// Opens the bytes of an embedded file, un-gzipped when its name ends in ".gz". A file stored as is comes
    /// as an <see cref="UnmanagedMemoryStream"/> over the loaded assembly, which knows its length.
    /// </summary>
    public static Stream OpenStream(string relativePath)
    {
        var name = "FrenchNewsNer.Data/" + relativePath;
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded data file Data/{relativePath} is missing from the assembly; the build is broken.");
        return relativePath.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
