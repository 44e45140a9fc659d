using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FrenchNewsNer.Sample.Rendering;

/// <summary>
/// How the console writes JSON and names things, with the library's public API only: the relaxed
/// encoder keeps French readable ("é", not "\u00E9") and still escapes quotes, backslashes and
/// control characters, as the library's own FORMAT.md writer does.
/// </summary>
internal static class JsonStyle
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
    };

    /// <summary>The FORMAT.md name of a kind: the enum member's name ("Person", "Organization", ...).</summary>
    public static string KindName(EntityKind kind) => kind.ToString();

    /// <summary>The FORMAT.md name of a quantity dimension: the enum member's name ("Length", "Currency", ...).</summary>
    public static string DimensionName(QuantityDimension dimension) => dimension.ToString();

    /// <summary>A date as FORMAT.md writes it: ISO <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date type as docs/FORMAT.md and Recognizers-Text write it: the enum name in lower case ("datetimerange").</summary>
    public static string DateTypeName(DateValueType type) => type.ToString().ToLowerInvariant();

    /// <summary>A date modifier as docs/FORMAT.md and Recognizers-Text write it ("before", "approx").</summary>
    public static string DateModifierName(DateModifier mod) => mod.ToString().ToLowerInvariant();
}
