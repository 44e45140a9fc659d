using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Tests.Api;

/// <summary><see cref="AsyncExtraction"/>: ordered results, cancellation, errors in order, streaming.</summary>
public class AsyncExtractionTests
{
    private static readonly string[] Texts = Enumerable.Range(0, 60)
        .Select(i => i % 7 == 0
            ? string.Concat(Enumerable.Repeat($"Le {i} mai, Vladimir Poutine a parcouru {i} kilomètres à Moscou. ", 40))
            : $"Document {i} : le président Emmanuel Macron était à Paris le {1 + (i % 27)} mars.")
        .ToArray();

    private static async IAsyncEnumerable<BatchDocument> Feed(IEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var text in texts)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new BatchDocument(text);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Batch_results_come_in_input_order_and_equal_Extract(int workers)
    {
        var results = new List<ExtractionResult>();
        await foreach (var result in EntityExtractor.Default.ExtractBatchAsync(Feed(Texts), workers))
        {
            results.Add(result);
        }

        Assert.Equal(Texts, results.Select(r => r.Text));
        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.Equal(EntityExtractor.Default.Extract(Texts[i]).Entities, results[i].Entities);
        }
    }

    [Fact]
    public async Task The_synchronous_sequence_overload_gives_the_same_order()
    {
        var texts = new List<string>();
        await foreach (var result in EntityExtractor.Default.ExtractBatchAsync(Texts.Select(t => new BatchDocument(t)), 2))
        {
            texts.Add(result.Text);
        }

        Assert.Equal(Texts, texts);
    }

    [Fact]
    public async Task Cancellation_stops_the_batch()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var endless = Feed(Enumerable.Range(0, int.MaxValue).Select(i => Texts[i % Texts.Length]));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EntityExtractor.Default.ExtractBatchAsync(endless, 2, cancel.Token))
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.Equal(10, seen);

        // The token given to WithCancellation stops it as well.
        using var other = new CancellationTokenSource();
        other.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EntityExtractor.Default.ExtractBatchAsync(Feed(Texts), 2).WithCancellation(other.Token))
            {
            }
        });
    }

    [Fact]
    public async Task A_failing_feed_fails_after_the_results_before_it()
    {
        static async IAsyncEnumerable<BatchDocument> Failing()
        {
            yield return new BatchDocument("Paris, le 3 mai.");
            await Task.Yield();
            throw new InvalidOperationException("feed broke");
        }

        var texts = new List<string>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var result in EntityExtractor.Default.ExtractBatchAsync(Failing(), 2))
            {
                texts.Add(result.Text);
            }
        });
        Assert.Equal("feed broke", error.Message);
        Assert.Equal(["Paris, le 3 mai."], texts);
    }

    [Fact]
    public async Task The_async_stream_equals_the_synchronous_stream()
    {
        var text = string.Join("\n\n", Texts);
        var expected = EntityExtractor.Default.ExtractStream(new StringReader(text), maxWindowLength: 1024).ToList();
        var actual = new List<StreamWindow>();
        await foreach (var window in EntityExtractor.Default.ExtractStreamAsync(new StringReader(text), maxWindowLength: 1024, maxDegreeOfParallelism: 2))
        {
            actual.Add(window);
        }

        Assert.Equal(expected.Select(w => (w.Offset, w.Text)), actual.Select(w => (w.Offset, w.Text)));
        Assert.Equal(expected.SelectMany(w => w.Entities).Select(e => (e.Start, e.End, e.Kind)), actual.SelectMany(w => w.Entities).Select(e => (e.Start, e.End, e.Kind)));
        Assert.Equal(text, string.Concat(actual.Select(w => w.Text)));
    }
}
