using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Benchmarks;

/// <summary>
/// The labelled sample articles, read once. The repository is found by walking up from the
/// program's folder to the one holding the solution file, because BenchmarkDotNet runs each
/// benchmark from a generated folder deep under <c>bin/</c>.
/// </summary>
internal static class SampleArticles
{
    private const string SolutionFile = "IncidentExtractor.sln";

    /// <summary>The repository root (the folder holding the solution file).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The models folder of the repository, as the pipeline loads it.</summary>
    public static string ModelsDirectory => Path.Combine(Root, "models");

    /// <summary>Every <c>samples/articles/*.txt</c>, in ordinal file-name order.</summary>
    public static IReadOnlyList<ArticleInput> Load()
    {
        var folder = Path.Combine(Root, "samples", "articles");
        return [.. Directory.EnumerateFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new ArticleInput(Path.GetFileName(path), File.ReadAllText(path)))];
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"no {SolutionFile} above {AppContext.BaseDirectory}: run the benchmarks from inside the repository");
    }
}
