using IncidentExtractor.Cli.Commands;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Commands;

public class ExtractionRunnerTests
{
    private static List<InputItem> Articles(int count) =>
        Enumerable.Range(0, count).Select(i => new InputItem($"a{i:D4}", new ArticleInput($"a{i:D4}", $"Story {i}."), null)).ToList();

    private static IncidentRecord Echo(ArticleInput article, CancellationToken _) =>
        new() { Source = article.Source, Status = RecordStatus.NoIncident };

    [Fact]
    public void Records_come_in_input_order_however_long_each_article_takes()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 4)).ToArray();

        var records = ExtractionRunner.Run(Articles(60), (article, ct) =>
        {
            Thread.Sleep(delays[int.Parse(article.Source[1..], System.Globalization.CultureInfo.InvariantCulture)]);
            return Echo(article, ct);
        }, jobs: 4, onInternalError: null, CancellationToken.None).ToList();

        Assert.Equal(Articles(60).Select(i => i.Source), records.Select(r => r.Source));
    }

    [Fact]
    public void At_most_jobs_articles_run_at_once_and_reading_stays_a_bounded_window_ahead()
    {
        var running = 0;
        var mostRunning = 0;
        var read = 0;
        var mostAhead = 0;
        var written = 0;
        IEnumerable<InputItem> Source()
        {
            foreach (var item in Articles(200))
            {
                read++;
                mostAhead = Math.Max(mostAhead, read - Volatile.Read(ref written));
                yield return item;
            }
        }

        foreach (var _ in ExtractionRunner.Run(Source(), (article, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostRunning, now);
            Thread.Sleep(1);
            Interlocked.Decrement(ref running);
            return Echo(article, ct);
        }, jobs: 3, onInternalError: null, CancellationToken.None))
        {
            Interlocked.Increment(ref written);
        }

        Assert.InRange(mostRunning, 1, 3);
        Assert.InRange(mostAhead, 1, 3 * 4 + 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_exception_from_the_pipeline_becomes_an_internal_error_record_and_the_batch_goes_on(int jobs)
    {
        var seen = new List<string>();

        var records = ExtractionRunner.Run(Articles(5), (article, ct) =>
            article.Source == "a0002" ? throw new InvalidOperationException("stage broke") : Echo(article, ct),
            jobs, (item, _) => { lock (seen) { seen.Add(item.Source); } }, CancellationToken.None).ToList();

        Assert.Equal(5, records.Count);
        Assert.Equal(RecordStatus.Error, records[2].Status);
        Assert.Equal("internal error: InvalidOperationException: stage broke", records[2].Error);
        Assert.All(records.Where((_, i) => i != 2), r => Assert.Equal(RecordStatus.NoIncident, r.Status));
        Assert.Equal(["a0002"], seen);
    }

    [Fact]
    public void Unreadable_inputs_become_error_records_without_reaching_the_pipeline()
    {
        var records = ExtractionRunner.Run([new InputItem("x.txt", null, "empty")], (_, _) => throw new InvalidOperationException("must not run"), 2, null, CancellationToken.None).ToList();

        Assert.Equal("empty", Assert.Single(records).Error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Cancellation_stops_the_run(int jobs)
    {
        using var cancel = new CancellationTokenSource();
        var count = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in ExtractionRunner.Run(Articles(1000), Echo, jobs, null, cancel.Token))
            {
                if (++count == 3)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(count, 3, 3);
    }

    [Fact]
    public void The_pipeline_overload_extracts_every_article()
    {
        var records = ExtractionRunner.Run(Articles(3), TestModels.Pipeline, 2, CancellationToken.None).ToList();

        Assert.Equal(["a0000", "a0001", "a0002"], records.Select(r => r.Source));
        Assert.All(records, r => Assert.NotEqual(RecordStatus.Error, r.Status));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
