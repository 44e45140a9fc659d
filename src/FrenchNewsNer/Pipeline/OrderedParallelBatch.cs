using System.Collections.Concurrent;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// Runs a function over a sequence on several workers and yields the results in input order. The
/// producer hands each item a completion slot in an ordered, bounded queue, so at most a window of
/// items is in flight and an endless feed streams in constant memory.
/// </summary>
internal static class OrderedParallelBatch
{
    public static IEnumerable<TResult> Run<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> work, int workers, CancellationToken cancellationToken) =>
        workers == 1 ? Sequential(inputs, work, cancellationToken) : Parallel(inputs, work, workers, cancellationToken);

    private static IEnumerable<TResult> Sequential<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> work, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return work(input);
        }
    }

    private static IEnumerable<TResult> Parallel<TInput, TResult>(IEnumerable<TInput> inputs, Func<TInput, TResult> work, int workers, CancellationToken cancellationToken)
    {
        // Items in flight: enough that a long document at the head of the order does not leave the other
        // workers idle (4 per worker measured ~10% slower on news-sized documents), few enough to keep
        // memory bounded on an endless feed.
        var window = workers * 32;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ordered = new BlockingCollection<TaskCompletionSource<TResult>>(window);
        using var pending = new BlockingCollection<(TInput Item, TaskCompletionSource<TResult> Slot)>(window);

        // Producer and workers block for their whole life, so each gets a thread of its own
        // (LongRunning): on the thread pool, with as many pool threads as cores, the last worker waited
        // for the pool to inject a thread (about a second) before it started.
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    var slot = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    ordered.Add(slot, stop.Token);
                    pending.Add((input, slot), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                // A failing input sequence surfaces in order, after the results before it.
                var failed = new TaskCompletionSource<TResult>();
                failed.SetException(ex);
                ordered.TryAdd(failed);
            }
            finally
            {
                pending.CompleteAdding();
                ordered.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (item, slot) in pending.GetConsumingEnumerable(stop.Token))
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
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        try
        {
            foreach (var slot in ordered.GetConsumingEnumerable(cancellationToken))
            {
                yield return slot.Task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Reached on completion, on an exception, and when the caller stops enumerating early.
            stop.Cancel();
            try
            {
                Task.WaitAll([producer, .. consumers]);
            }
            catch (AggregateException)
            {
            }
        }
    }
}
