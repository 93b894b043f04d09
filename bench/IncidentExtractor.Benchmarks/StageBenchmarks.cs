using BenchmarkDotNet.Attributes;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Stages.Cleaning;
using IncidentExtractor.Core.Stages.Places;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Benchmarks;

/// <summary>
/// The cost of one article in each measured stage. Every invocation takes the next sample
/// article in turn, so a reported mean is the mean over the sample mix, per article (the median
/// is the median of those per-iteration means). Inputs of a stage are prepared in setup, so each
/// figure is that stage alone. Setup also runs the whole pipeline over the samples many times:
/// tiered compilation of the pipeline takes thousands of articles to settle, longer than a short
/// job's warm-up. These figures are the settled cost; the corpus benchmark measures whole runs,
/// warm-up included.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StageBenchmarks
{
    private const int WarmupRounds = 150;

    private ArticleInput[] _articles = [];
    private string[] _raw = [];
    private CleanedArticle[] _cleaned = [];
    private IncidentPipeline _pipeline = null!;
    private ArticleCleaner _cleaner = null!;
    private SentenceSplitter _splitter = null!;
    private PlaceMatcher _places = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. SampleArticles.Load()];
        _raw = [.. _articles.Select(a => a.Text)];
        _pipeline = IncidentPipeline.Load(SampleArticles.ModelsDirectory, new DateOnly(2025, 1, 1));
        _cleaner = new ArticleCleaner(_pipeline.Lexicons.Boilerplate);
        _splitter = new SentenceSplitter(_pipeline.Lexicons.Abbreviations);
        _places = Gazetteer.Load(Path.Combine(SampleArticles.ModelsDirectory, "gazetteer")).Matcher;
        _cleaned = [.. _raw.Select(_cleaner.Clean)];
        for (var round = 0; round < WarmupRounds; round++)
        {
            foreach (var article in _articles)
            {
                _pipeline.Extract(article);
            }
        }
    }

    [Benchmark(Description = "clean")]
    public CleanedArticle Clean() => _cleaner.Clean(_raw[Next()]);

    [Benchmark(Description = "split sentences")]
    public IReadOnlyList<Sentence> Split() => _splitter.Split(_cleaned[Next()]);

    [Benchmark(Description = "match gazetteer")]
    public int MatchPlaces() => _places.FindAll(_cleaned[Next()].Body).Count;

    [Benchmark(Description = "whole pipeline")]
    public object Extract() => _pipeline.Extract(_articles[Next()]);

    private int Next()
    {
        var i = _next;
        _next = i + 1 == _articles.Length ? 0 : i + 1;
        return i;
    }
}
