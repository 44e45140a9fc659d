using FrenchNewsNer.Sample.Input;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Rendering;

internal static class Consoles
{
    /// <summary>
    /// A Spectre console over <see cref="ConsoleIO.Output"/>. Colours only on a terminal: redirected
    /// output (a file, a pipe, a test's string writer) gets plain text, wide enough not to wrap tables.
    /// </summary>
    public static IAnsiConsole Create(ConsoleIO io)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = io.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(io.Output),
        });
        if (!io.OutputIsTerminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
