using BenchmarkDotNet.Attributes;

namespace FrenchNewsNer.Benchmarks;

/// <summary>The whole pipeline and each recogniser alone, on the two seed articles.</summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private EntityExtractor _extractor = null!;
    private string[] _documents = [];
    private ExtractionOptions _options = ExtractionOptions.Default;

    /// <summary>The kinds extracted: <c>all</c> is the whole pipeline, one kind measures one recogniser's cost.</summary>
    [Params("all", "Person", "Organization", "Location", "Quantity", "Date", "Number", "Gift")]
    public string Kinds { get; set; } = "all";

    /// <summary>Builds the extractor and reads the seeds, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _extractor = EntityExtractor.Default;
        _documents = BenchInputs.SeedDocuments();
        var kinds = Kinds == "all" ? EntityKindSet.All : EntityKindSet.Of(Enum.Parse<EntityKind>(Kinds));
        _options = new ExtractionOptions { ReferenceDate = new DateOnly(2024, 1, 15), Kinds = kinds };
    }

    /// <summary>Extracts every seed article once.</summary>
    /// <returns>The number of entities, so the work cannot be optimised away.</returns>
    [Benchmark]
    public int ExtractSeeds()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += _extractor.Extract(document, _options).Entities.Count;
        }

        return count;
    }
}

/// <summary>The whole pipeline on the generated 10 MB corpus (tools/bench-corpus), one article at a time and in batch.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private EntityExtractor _extractor = null!;
    private string[] _documents = [];
    private ExtractionOptions _options = ExtractionOptions.Default;

    /// <summary>Builds the extractor and reads the corpus, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _extractor = EntityExtractor.Default;
        var path = BenchInputs.CorpusPath() ?? throw new InvalidOperationException(BenchInputs.CorpusFile + " not found");
        _documents = BenchInputs.Documents(File.ReadAllText(path));
        _options = new ExtractionOptions { ReferenceDate = new DateOnly(2024, 1, 15) };
    }

    /// <summary>Every article of the corpus, one after the other on one thread.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark]
    public int ExtractCorpus()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += _extractor.Extract(document, _options).Entities.Count;
        }

        return count;
    }

    /// <summary>Every article through <see cref="EntityExtractor.ExtractBatch"/> on all cores.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark]
    public int ExtractCorpusBatch()
    {
        var count = 0;
        foreach (var result in _extractor.ExtractBatch(_documents.Select(d => new BatchDocument(d, _options))))
        {
            count += result.Entities.Count;
        }

        return count;
    }
}
