using System.CommandLine;
using System.CommandLine.Parsing;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// The command line's own mistakes, said in one line that names the option: an unknown option (which
/// System.CommandLine would otherwise take for a file name, and the command would then run without
/// it), a value outside an option's choices, a value of the wrong type (without .NET type names).
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>The first problem of <paramref name="parse"/>, or null when it can run.</summary>
    public static string? FirstProblem(ParseResult parse) => UnknownOption(parse) ?? (parse.Errors.Count > 0 ? Describe(parse.Errors[0]) : null);

    /// <summary>A token that looks like an option ("-x", "--word") but was taken as an argument or left unmatched.</summary>
    private static string? UnknownOption(ParseResult parse)
    {
        Token? previous = null;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                // Everything after "--" is an argument, even "-file.txt".
                return null;
            }

            var takesValue = previous is { Type: TokenType.Option } && OptionNamed(previous.Value, parse.CommandResult.Command) is { Arity.MaximumNumberOfValues: > 0 };
            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !takesValue && !IsNumber(token.Value))
            {
                var suggestion = Nearest(token.Value, parse.CommandResult.Command);
                return $"unknown option '{token.Value}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            }

            previous = token;
        }

        return null;
    }

    private static Option? OptionNamed(string name, Command command) =>
        command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    private static string Describe(ParseError error)
    {
        var option = OptionOf(error.SymbolResult);
        var message = error.Message;
        if (option is null)
        {
            return message;
        }

        // "Cannot parse argument 'abc' for option '--scale' as expected type 'System.Double'."
        if (message.Contains("as expected type", StringComparison.Ordinal) && error.SymbolResult?.Tokens is [var value, ..])
        {
            return $"{option.Name}: '{value.Value}' is not {TypeName(option.ValueType)}";
        }

        // "Option '--gold' is required." names it already.
        return message.Contains($"'{option.Name}'", StringComparison.Ordinal) ? message : $"{option.Name}: {message}";
    }

    private static Option? OptionOf(SymbolResult? result)
    {
        for (var r = result; r is not null; r = r.Parent)
        {
            if (r is OptionResult optionResult)
            {
                return optionResult.Option;
            }
        }

        return null;
    }

    private static string TypeName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(short) ? "a whole number"
            : t == typeof(double) || t == typeof(float) || t == typeof(decimal) ? "a number"
            : t == typeof(bool) ? "true or false"
            : "a valid value";
    }

    private static bool IsNumber(string value) => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The command's option closest to <paramref name="typed"/>, when it is close enough to be a typo.</summary>
    private static string? Nearest(string typed, Command command)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var option in command.Options)
        {
            foreach (var name in option.Aliases.Prepend(option.Name))
            {
                var distance = Distance(typed, name);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = option.Name;
                }
            }
        }

        return bestDistance <= Math.Max(2, typed.Length / 4) ? best : null;
    }

    /// <summary>Levenshtein distance; option names are short.</summary>
    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
