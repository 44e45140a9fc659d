using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FrenchNewsNer.Sample.Input;

/// <summary>The outcome of one batch item: its result, or the exception its extraction threw.</summary>
internal readonly record struct BatchOutcome<T>(T Item, ExtractionResult? Result, Exception? Error);

/// <summary>
/// Runs <see cref="IEntityExtractor.ExtractBatch"/> so that one failing document costs that document
/// only. ExtractBatch rethrows a document's exception in order and then stops; this keeps a queue of
/// the items handed to it, so the failed one is known (the oldest undelivered) and everything after it
/// is fed again to a fresh batch, followed by the rest of the (possibly streaming) input.
/// </summary>
internal static class ResilientBatch
{
    public static IEnumerable<BatchOutcome<T>> Run<T>(IEntityExtractor extractor, IEnumerable<T> items, Func<T, BatchDocument> toDocument, int? maxDegreeOfParallelism = null)
    {
        using var source = items.GetEnumerator();
        var retry = new Queue<T>();
        while (true)
        {
            // Filled by the batch's producer thread, drained here in result order.
            var handedOver = new ConcurrentQueue<T>();
            Exception? failure = null;
            using (var results = extractor.ExtractBatch(Feed(source, retry, handedOver).Select(toDocument), maxDegreeOfParallelism).GetEnumerator())
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        more = results.MoveNext();
                    }
                    catch (Exception ex)
                    {
                        // The batch iterator has already stopped its workers when the exception leaves MoveNext.
                        failure = ex;
                        break;
                    }

                    if (!more)
                    {
                        break;
                    }

                    handedOver.TryDequeue(out var item);
                    yield return new BatchOutcome<T>(item!, results.Current, null);
                }
            }

            if (failure is null)
            {
                yield break;
            }

            if (!handedOver.TryDequeue(out var failed))
            {
                // Every item handed over was delivered, so the input sequence itself failed (an unreadable stdin).
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            yield return new BatchOutcome<T>(failed!, null, failure);
            var pending = new Queue<T>(handedOver);
            while (retry.Count > 0)
            {
                pending.Enqueue(retry.Dequeue());
            }

            retry = pending;
        }
    }

    private static IEnumerable<T> Feed<T>(IEnumerator<T> source, Queue<T> retry, ConcurrentQueue<T> handedOver)
    {
        // The source enumerator outlives this feed (a later batch resumes it), so it is not disposed here.
        while (retry.Count > 0)
        {
            var item = retry.Dequeue();
            handedOver.Enqueue(item);
            yield return item;
        }

        while (source.MoveNext())
        {
            handedOver.Enqueue(source.Current);
            yield return source.Current;
        }
    }
}
