using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Stages.Assembly;

namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// The weights file of a models folder, as the pipeline reads it: the confidence score it gives
/// today, and which features have a shared (<c>*</c>) weight that would stand in for a confidence
/// row left out of the file.
/// </summary>
internal sealed class CurrentWeights
{
    private readonly LinearCandidateScorer _scorer;

    private CurrentWeights(string path, LinearCandidateScorer scorer, IReadOnlySet<string> sharedFeatures)
    {
        Path = path;
        _scorer = scorer;
        SharedFeatures = sharedFeatures;
    }

    public string Path { get; }

    public IReadOnlySet<string> SharedFeatures { get; }

    /// <exception cref="Core.Pipeline.ModelLoadException">The file is missing or malformed.</exception>
    public static CurrentWeights Load(string modelsDirectory)
    {
        var path = System.IO.Path.Combine(modelsDirectory, "weights", "candidates.tsv");
        var scorer = LinearCandidateScorer.Load(path);
        var shared = TsvFile.Read(path, ["field", "feature", "weight"])
            .Where(row => row["field"] == "*")
            .Select(row => row["feature"])
            .ToHashSet(StringComparer.Ordinal);
        return new CurrentWeights(path, scorer, shared);
    }

    /// <summary>The record's confidence score before the logistic; the logistic keeps the order, and its rounding would add ties.</summary>
    public double Score(IReadOnlyDictionary<string, double> features) => _scorer.Score(ConfidenceEstimator.Field, features);
}
