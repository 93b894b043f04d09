using System.Globalization;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Commands;

/// <summary>
/// Runs the pipeline over discovered inputs, several articles at a time, and yields their records
/// in input order as soon as each record and all before it are ready. At most a small window of
/// inputs is read ahead, so memory does not grow with the batch. An exception from the pipeline
/// becomes an error record for that article and the batch goes on; only cancellation stops it.
/// </summary>
internal static class ExtractionRunner
{
    // Inputs read ahead per job: enough to keep every job busy while the head of the queue is slow.
    private const int LookAheadPerJob = 4;

    public static IEnumerable<IncidentRecord> Run(
        IEnumerable<InputItem> items, IncidentPipeline pipeline, int jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Run(items, pipeline.Extract, jobs, onInternalError: null, cancellationToken);
    }

    /// <param name="extract">The extraction; must be thread-safe when <paramref name="jobs"/> is over 1.</param>
    /// <param name="onInternalError">Told about each exception turned into an error record (for --verbose).</param>
    public static IEnumerable<IncidentRecord> Run(
        IEnumerable<InputItem> items,
        Func<ArticleInput, CancellationToken, IncidentRecord> extract,
        int jobs,
        Action<InputItem, Exception>? onInternalError,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(extract);
        return jobs <= 1
            ? RunInOrder(items, extract, onInternalError, cancellationToken)
            : RunInParallel(items, extract, jobs, onInternalError, cancellationToken);
    }

    private static IEnumerable<IncidentRecord> RunInOrder(
        IEnumerable<InputItem> items,
        Func<ArticleInput, CancellationToken, IncidentRecord> extract,
        Action<InputItem, Exception>? onInternalError,
        CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ExtractOne(item, extract, onInternalError, cancellationToken);
        }
    }

    private static IEnumerable<IncidentRecord> RunInParallel(
        IEnumerable<InputItem> items,
        Func<ArticleInput, CancellationToken, IncidentRecord> extract,
        int jobs,
        Action<InputItem, Exception>? onInternalError,
        CancellationToken cancellationToken)
    {
        // Stops the work still queued when the caller stops reading early or the run is cancelled.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        var window = new Queue<Task<IncidentRecord>>();
        var capacity = checked(jobs * LookAheadPerJob);
        using var source = items.GetEnumerator();
        try
        {
            while (true)
            {
                while (window.Count < capacity && !stop.IsCancellationRequested && source.MoveNext())
                {
                    var item = source.Current;
                    window.Enqueue(Task.Factory.StartNew(
                        () => ExtractOne(item, extract, onInternalError, stop.Token),
                        stop.Token,
                        TaskCreationOptions.DenyChildAttach,
                        scheduler));
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (window.Count == 0)
                {
                    yield break;
                }

                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var pending in window)
            {
                // Waiting (not observing the outcome) so no extraction outlives the run.
                ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private static IncidentRecord ExtractOne(
        InputItem item,
        Func<ArticleInput, CancellationToken, IncidentRecord> extract,
        Action<InputItem, Exception>? onInternalError,
        CancellationToken cancellationToken)
    {
        if (item.Article is null)
        {
            return IncidentRecord.ForError(item.Source, item.Error ?? "unreadable");
        }

        try
        {
            return extract(item.Article, cancellationToken)
                ?? IncidentRecord.ForError(item.Source, "internal error: the pipeline returned no record");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One article's failure must not end the batch; it becomes that article's error record.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            onInternalError?.Invoke(item, ex);
            return IncidentRecord.ForError(item.Source, string.Create(CultureInfo.InvariantCulture, $"internal error: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}
