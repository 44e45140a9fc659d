using System.CommandLine;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// Options shared by commands. Values are taken as strings and checked by the command itself, so a
/// bad date or kind gets the same one-line "error: --option: why" as every other input problem.
/// </summary>
internal static class CommonOptions
{
    public static Option<string?> ReferenceDate() => new("--reference-date", "-d")
    {
        Description = "Publication date (YYYY-MM-DD) that relative dates (\"hier\", \"mercredi\") resolve against.",
        HelpName = "YYYY-MM-DD",
    };

    public static Option<string?> Kinds(string what) => new("--kinds", "-k")
    {
        Description = what + ", comma-separated: Person, Organization, Location, Quantity, Date, Number, Gift, or all. Default: all.",
        HelpName = "KIND,...",
    };
}
