using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>What every command needs: the streams, and the extractor (built on first use, so that
/// <c>--help</c> and option errors do not pay for loading the gazetteers).</summary>
internal sealed class CliContext
{
    private readonly Lazy<IEntityExtractor> _extractor;

    public CliContext(ConsoleIO io, Func<IEntityExtractor> extractorFactory)
    {
        IO = io;
        ExtractorFactory = extractorFactory;
        _extractor = new Lazy<IEntityExtractor>(extractorFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ConsoleIO IO { get; }

    public IEntityExtractor Extractor => _extractor.Value;

    /// <summary>Builds a new extractor; <c>bench</c> times this.</summary>
    public Func<IEntityExtractor> ExtractorFactory { get; }
}
