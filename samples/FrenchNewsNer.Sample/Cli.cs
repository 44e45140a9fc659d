using System.CommandLine;
using FrenchNewsNer.Sample.Commands;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Sample;

/// <summary>The command line: <c>extract</c>, <c>evaluate</c>, <c>bench</c>, <c>stress</c>. Every failure is one stderr line and exit code 2.</summary>
internal static class Cli
{
    public static int Run(string[] args, ConsoleIO io, Func<IEntityExtractor>? extractorFactory = null)
    {
        try
        {
            var context = new CliContext(io, extractorFactory ?? (() => new EntityExtractorBuilder().Build()));
            var root = new RootCommand("FrenchNewsNer sample: extract entities from French news, score them against gold files, measure speed.")
            {
                ExtractCommand.Create(context),
                EvaluateCommand.Create(context),
                BenchCommand.Create(context),
                StressCommand.Create(context),
                CompareCommand.Create(context),
            };

            var parse = root.Parse(args);
            if (CommandLineErrors.FirstProblem(parse) is { } problem)
            {
                // Before any work. System.CommandLine would print every error and the whole help; one line says enough.
                io.Error.WriteLine($"error: {ErrorSink.OneLine(problem)} (see --help)");
                return ErrorSink.FailureExitCode;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = io.Output,
                Error = io.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex)
        {
            io.Error.WriteLine("error: " + ErrorSink.OneLine(ErrorSink.Describe(ex)));
            return ErrorSink.FailureExitCode;
        }
    }
}
