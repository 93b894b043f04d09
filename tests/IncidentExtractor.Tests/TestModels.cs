using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.Cleaning;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Tests;

/// <summary>The repository's real models, loaded once for every test, and small helpers to run stages on a text.</summary>
internal static class TestModels
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentExtractor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<IncidentLexicons> LazyLexicons = new(() => IncidentLexicons.Load(Path.Combine(ModelsDirectory, "lexicons")));

    private static readonly Lazy<IncidentPipeline> LazyPipeline = new(() => IncidentPipeline.Load(ModelsDirectory, new DateOnly(2026, 11, 21)));

    public static string RepositoryRoot => Root.Value;

    public static string ModelsDirectory => Path.Combine(Root.Value, "models");

    public static IncidentLexicons Lexicons => LazyLexicons.Value;

    public static IncidentPipeline Pipeline => LazyPipeline.Value;

    public static IncidentRecord Extract(string text, DateOnly? published = null) =>
        Pipeline.Extract(new ArticleInput("test.txt", text, published));

    /// <summary>Cleans, splits and segments a text the way the pipeline does.</summary>
    public static IReadOnlyList<AnalyzedSentence> Analyze(string text, DateOnly? published = null)
    {
        var cleaned = new ArticleCleaner(Lexicons.Boilerplate).Clean(text);
        var document = new ArticleDocument(new ArticleInput("test.txt", text, published), cleaned, new SentenceSplitter(Lexicons.Abbreviations).Split(cleaned));
        return new MainIncidentSegmenter(Lexicons).Segment(document);
    }
}
