using BenchmarkDotNet.Running;

namespace FrenchNewsNer.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher, so <c>--filter</c>, <c>--job</c> and the other options work.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    /// <param name="args">BenchmarkDotNet arguments, for instance <c>--filter '*' --job short</c>.</param>
    public static void Main(string[] args)
    {
        var types = new List<Type> { typeof(SeedBenchmarks) };
        if (BenchInputs.CorpusPath() is not null)
        {
            types.Add(typeof(CorpusBenchmarks));
        }
        else
        {
            Console.WriteLine($"Skipping the corpus benchmarks: {BenchInputs.CorpusFile} not found; build it with python3 tools/bench-corpus/build.py --size 10.");
        }

        BenchmarkSwitcher.FromTypes(types.ToArray()).Run(args);
    }
}
