using System.Globalization;

namespace FrenchNewsNer.Sample.Input;

/// <summary>Parsing of the option values every command shares, with messages fit for one stderr line.</summary>
internal static class OptionValues
{
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string DateError(string text) => $"'{text}' is not a date; expected YYYY-MM-DD";

    /// <summary>The <c>--reference-date</c> option's value: null when absent; when malformed, reported to <paramref name="errors"/> (and null).</summary>
    public static DateOnly? ReferenceDate(string? raw, ErrorSink errors)
    {
        if (raw is null)
        {
            return null;
        }

        if (TryParseDate(raw, out var date))
        {
            return date;
        }

        errors.Report("--reference-date", DateError(raw));
        return null;
    }

    /// <summary>Parses <c>--kinds</c>; null means the option was not given, which selects every kind.</summary>
    public static bool TryParseKinds(string? text, out EntityKindSet kinds, out string error)
    {
        if (text is null)
        {
            kinds = EntityKindSet.All;
            error = string.Empty;
            return true;
        }

        if (EntityKindSet.TryParse(text, out kinds, out var message))
        {
            error = string.Empty;
            return true;
        }

        error = message ?? "invalid kind list";
        return false;
    }
}
