using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FrenchNewsNer.Sample.Rendering;

/// <summary>The console's FORMAT.md names and JSON writer settings (the library keeps its own internal).</summary>
internal static class FormatNames
{
    /// <summary>FORMAT.md kind names are the enum's names ("Person", "Organization", …).</summary>
    public static string KindName(EntityKind kind) => kind.ToString();

    /// <summary>FORMAT.md dimension names are the enum's names ("Length", "Currency", …).</summary>
    public static string DimensionName(QuantityDimension dimension) => dimension.ToString();

    /// <summary>A reference date as ISO <c>YYYY-MM-DD</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The writer settings of every JSON the console prints: the relaxed encoder keeps French letters
    /// readable (it still escapes quotes, backslashes and control characters).
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };
}
