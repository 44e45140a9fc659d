using System.Runtime.CompilerServices;
using System.Threading.Channels;
using FrenchNewsNer.Pipeline;

namespace FrenchNewsNer;

/// <summary>
/// The batch and stream paths as <see cref="IAsyncEnumerable{T}"/>: for ASP.NET Core endpoints, channels
/// and other async feeds. Results come in input order, as soon as they and every earlier one are done,
/// with at most a bounded window of documents in flight; extraction runs on thread-pool workers and
/// the caller's thread is never blocked.
/// </summary>
public static class AsyncExtraction
{
    // RS0026 warns of several public overloads with optional parameters, for fear that a call binds to
    // another overload once a parameter is added. These two differ in the type of their documents
    // (IAsyncEnumerable or IEnumerable), never in which optional parameters a call gives.
#pragma warning disable RS0026
    /// <summary>Extracts an async feed of documents on several workers; results in input order.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <param name="documents">The documents; each carries its own options.</param>
    /// <param name="maxDegreeOfParallelism">Worker count; null for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the batch (so does the token given to <c>WithCancellation</c>).</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> or <paramref name="documents"/> is null (a null document throws when reached).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static IAsyncEnumerable<ExtractionResult> ExtractBatchAsync(
        this IEntityExtractor extractor,
        IAsyncEnumerable<BatchDocument> documents,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(extractor, nameof(extractor));
        Preconditions.CheckNotNull(documents, nameof(documents));
        var workers = Workers(maxDegreeOfParallelism);
        return OrderedAsync(documents, doc => extractor.Extract(Preconditions.CheckNotNull(doc, nameof(documents)).Text, doc.Options), workers, cancellationToken);
    }

    /// <summary>Extracts a sequence of documents on several workers without blocking the caller; results in input order.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <param name="documents">The documents; each carries its own options.</param>
    /// <param name="maxDegreeOfParallelism">Worker count; null for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per input, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> or <paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static IAsyncEnumerable<ExtractionResult> ExtractBatchAsync(
        this IEntityExtractor extractor,
        IEnumerable<BatchDocument> documents,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(documents, nameof(documents));
        return extractor.ExtractBatchAsync(ToAsync(documents), maxDegreeOfParallelism, cancellationToken);
    }
#pragma warning restore RS0026

    /// <summary>
    /// <see cref="StreamingExtraction.ExtractStream"/> as an async sequence: the reader is read with
    /// <see cref="TextReader.ReadAsync(Memory{char}, CancellationToken)"/> in windows cut at paragraph, line
    /// or sentence ends, the windows are extracted on several workers, and they come back in stream order.
    /// </summary>
    /// <param name="extractor">The extractor.</param>
    /// <param name="reader">The text; not disposed.</param>
    /// <param name="options">Reference date and kinds for every window; the defaults when null.</param>
    /// <param name="maxWindowLength">The longest window, in UTF-16 code units; at least <see cref="StreamingExtraction.MinWindowLength"/>.</param>
    /// <param name="maxDegreeOfParallelism">Worker count; null for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the extraction.</param>
    /// <returns>The windows in stream order, with their stream offsets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> or <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWindowLength"/> is below the minimum, or <paramref name="maxDegreeOfParallelism"/> below 1.</exception>
    public static IAsyncEnumerable<StreamWindow> ExtractStreamAsync(
        this IEntityExtractor extractor,
        TextReader reader,
        ExtractionOptions? options = null,
        int maxWindowLength = StreamingExtraction.DefaultMaxWindowLength,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(extractor, nameof(extractor));
        Preconditions.CheckNotNull(reader, nameof(reader));
        if (maxWindowLength < StreamingExtraction.MinWindowLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWindowLength), maxWindowLength, $"The window length must be at least {StreamingExtraction.MinWindowLength}.");
        }

        var workers = Workers(maxDegreeOfParallelism);
        return Windows(extractor, reader, options, maxWindowLength, workers, cancellationToken);
    }

    private static async IAsyncEnumerable<StreamWindow> Windows(IEntityExtractor extractor, TextReader reader, ExtractionOptions? options, int maxWindowLength, int workers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var windows = StreamWindowCutter.CutAsync(reader, maxWindowLength, cancellationToken);
        long offset = 0;
        var index = 0;
        await foreach (var result in OrderedAsync(windows, text => extractor.Extract(text, options), workers, cancellationToken).ConfigureAwait(false))
        {
            yield return new StreamWindow(index++, offset, result);
            offset += result.Text.Length;
        }
    }

    private static int Workers(int? maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be at least 1.");
        }

        return maxDegreeOfParallelism ?? Environment.ProcessorCount;
    }

    private static async IAsyncEnumerable<BatchDocument> ToAsync(IEnumerable<BatchDocument> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// The async counterpart of <see cref="OrderedParallelBatch"/>: each input gets a completion slot in an
    /// ordered, bounded channel as it is read, workers fill the slots, and the slots are awaited in order.
    /// </summary>
    private static async IAsyncEnumerable<TResult> OrderedAsync<TInput, TResult>(IAsyncEnumerable<TInput> inputs, Func<TInput, TResult> work, int workers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = workers * 32;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ordered = Channel.CreateBounded<TaskCompletionSource<TResult>>(new BoundedChannelOptions(window) { SingleReader = true, SingleWriter = true });
        var pending = Channel.CreateBounded<(TInput Item, TaskCompletionSource<TResult> Slot)>(new BoundedChannelOptions(window) { SingleWriter = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var input in inputs.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    var slot = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await ordered.Writer.WriteAsync(slot, stop.Token).ConfigureAwait(false);
                    await pending.Writer.WriteAsync((input, slot), stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // A failing input sequence surfaces in order, after the results before it.
                var failed = new TaskCompletionSource<TResult>();
                failed.SetException(ex);
                ordered.Writer.TryWrite(failed);
            }
            finally
            {
                pending.Writer.TryComplete();
                ordered.Writer.TryComplete();
            }
        }, CancellationToken.None);

        var consumers = new Task[workers];
        for (var w = 0; w < consumers.Length; w++)
        {
            consumers[w] = Task.Run(async () =>
            {
                try
                {
                    await foreach (var (item, slot) in pending.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                    {
                        try
                        {
                            slot.SetResult(work(item));
                        }
                        catch (Exception ex)
                        {
                            slot.SetException(ex);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }, CancellationToken.None);
        }

        try
        {
            await foreach (var slot in ordered.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Slots already read are not waited for, so the token is checked here: nothing comes after a cancel.
                cancellationToken.ThrowIfCancellationRequested();
                yield return await slot.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Reached on completion, on an exception, and when the caller stops early.
            stop.Cancel();
            try
            {
                await Task.WhenAll([producer, .. consumers]).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
