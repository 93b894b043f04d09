using System.Diagnostics;
using System.Globalization;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Stages.Cleaning;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Benchmarks;

/// <summary>
/// A plain Stopwatch harness that times every sample article on its own, so the spread over
/// articles shows (BenchmarkDotNet reports one figure over the mix). Each article's time is the
/// median of many runs after a warm-up long enough for tiered compilation to settle. Runs in
/// seconds, as a quick check beside the full benchmarks.
/// </summary>
internal static class PerArticleTimer
{
    private const int WarmupRounds = 300;
    private const int Repeats = 41;

    public static void Run(TextWriter output)
    {
        var articles = SampleArticles.Load();
        var pipeline = IncidentPipeline.Load(SampleArticles.ModelsDirectory, new DateOnly(2025, 1, 1));
        var cleaner = new ArticleCleaner(pipeline.Lexicons.Boilerplate);
        var splitter = new SentenceSplitter(pipeline.Lexicons.Abbreviations);
        var places = Gazetteer.Load(Path.Combine(SampleArticles.ModelsDirectory, "gazetteer")).Matcher;
        var cleaned = articles.Select(a => cleaner.Clean(a.Text)).ToArray();

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{articles.Count} sample articles, {articles.Average(a => a.Text.Length):F0} characters on average; time per article, each the median of {Repeats} runs"));
        output.WriteLine("stage               median µs    p90 µs    max µs   mean µs   alloc KB/article");
        Report(output, "clean", articles.Count, i => cleaner.Clean(articles[i].Text));
        Report(output, "split sentences", articles.Count, i => splitter.Split(cleaned[i]));
        Report(output, "match gazetteer", articles.Count, i => places.FindAll(cleaned[i].Body));
        Report(output, "whole pipeline", articles.Count, i => pipeline.Extract(articles[i]));
    }

    private static void Report(TextWriter output, string stage, int count, Func<int, object> work)
    {
        for (var round = 0; round < WarmupRounds; round++)
        {
            for (var i = 0; i < count; i++)
            {
                GC.KeepAlive(work(i));
            }
        }

        var perArticle = new double[count];
        var runs = new double[Repeats];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            for (var r = 0; r < Repeats; r++)
            {
                var start = Stopwatch.GetTimestamp();
                GC.KeepAlive(work(i));
                runs[r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(runs);
            perArticle[i] = runs[Repeats / 2];
        }

        var allocatedPerArticle = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count / Repeats / 1024;
        Array.Sort(perArticle);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{stage,-18} {Quantile(perArticle, 0.5),9:F1} {Quantile(perArticle, 0.9),9:F1} {perArticle[^1],9:F1} {perArticle.Average(),9:F1} {allocatedPerArticle,18:F1}"));
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
}
