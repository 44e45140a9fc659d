using FrenchNewsNer.Sample.Input;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.SampleConsole;

[Properties(MaxTest = 100)]
public class ResilientBatchTests
{
    [Property]
    public Property Every_item_gets_one_outcome_in_input_order_and_only_failing_ones_get_an_error()
    {
        var gen = Gen.Elements("Alice", "BOOM", "Bob et Carole", "").ArrayOf();

        return Prop.ForAll(Arb.From(gen, Shrinkers.Dropping), texts =>
        {
            foreach (var extractor in new IEntityExtractor[] { new RuleExtractor(), new LazyExtractor() })
            {
                var items = texts.Select((text, index) => (Index: index, Text: text)).ToArray();
                var outcomes = ResilientBatch.Run(extractor, items, item => new BatchDocument(item.Text)).ToList();

                var inOrder = outcomes.Select(o => o.Item.Index).SequenceEqual(items.Select(i => i.Index));
                var errorsWhereExpected = outcomes.All(o => (o.Error is not null) == o.Item.Text.Contains("BOOM", StringComparison.Ordinal));
                var resultsMatchTheirItem = outcomes.All(o => o.Error is not null || o.Result!.Text == o.Item.Text);
                var name = extractor.GetType().Name;
                if (!(inOrder && errorsWhereExpected && resultsMatchTheirItem))
                {
                    return inOrder.Label($"{name}: outcomes out of input order")
                        .And(errorsWhereExpected.Label($"{name}: an error on an item that does not fail, or none on one that does"))
                        .And(resultsMatchTheirItem.Label($"{name}: a result paired with another item"));
                }
            }

            return true.ToProperty();
        });
    }

    [Fact]
    public void The_real_parallel_batch_keeps_items_and_results_together()
    {
        var items = Enumerable.Range(0, 200).Select(i => (Index: i, Text: $"Vladimir Poutine a rencontré Kim Jong Un {i} fois.")).ToArray();

        var outcomes = ResilientBatch.Run(EntityExtractor.Default, items, item => new BatchDocument(item.Text), maxDegreeOfParallelism: 4).ToList();

        Assert.Equal(items.Select(i => i.Index), outcomes.Select(o => o.Item.Index));
        Assert.All(outcomes, o => Assert.Equal(o.Item.Text, o.Result!.Text));
    }

    [Fact]
    public void A_failing_input_sequence_surfaces_after_the_results_before_it()
    {
        static IEnumerable<string> Failing()
        {
            yield return "Alice";
            throw new IOException("stdin closed");
        }

        var seen = new List<string>();
        var ex = Assert.Throws<IOException>(() =>
        {
            foreach (var outcome in ResilientBatch.Run(new LazyExtractor(), Failing(), text => new BatchDocument(text)))
            {
                seen.Add(outcome.Item);
            }
        });

        Assert.Equal("stdin closed", ex.Message);
        Assert.Equal(["Alice"], seen);
    }

    /// <summary>Pulls one input at a time and stops at the first failure: the opposite read-ahead to <see cref="RuleExtractor"/>.</summary>
    private sealed class LazyExtractor : IEntityExtractor
    {
        private readonly RuleExtractor _inner = new();

        public EntityKindSet Kinds => EntityKindSet.All;

        public ExtractionResult Extract(string text, ExtractionOptions? options = null) => _inner.Extract(text, options);

        public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
        {
            foreach (var document in documents)
            {
                yield return Extract(document.Text, document.Options);
            }
        }
    }
}
