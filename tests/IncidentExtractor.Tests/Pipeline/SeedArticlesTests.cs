using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Pipeline;

/// <summary>The five seed articles are the project's first golden files: every labelled field must be right.</summary>
public class SeedArticlesTests
{
    [Fact]
    public void Every_labelled_field_of_the_seed_articles_is_right()
    {
        var labels = Path.Combine(TestModels.RepositoryRoot, "samples", "labels.jsonl");
        Assert.True(RecordFileReader.TryRead(labels, TextReader.Null, out var all, out var error), error);
        var seeds = all.Where(r => r.Source.StartsWith("00", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, seeds.Count);

        var predictions = seeds
            .Select(g => TestModels.Pipeline.Extract(new ArticleInput(g.Source, File.ReadAllText(Path.Combine(TestModels.RepositoryRoot, "samples", "articles", g.Source)))))
            .ToList();
        var report = new RecordScorer(new ScoringOptions { GroupCanonicalizer = TestModels.Lexicons.CanonicalGroup }).Score(seeds, predictions);

        Assert.Empty(report.Mismatches.Select(m => $"{m.Source} {m.Field}: gold '{m.Gold}', predicted '{m.Predicted}'"));
        Assert.All(predictions, p => Assert.Equal(RecordStatus.Ok, p.Status));
    }
}
