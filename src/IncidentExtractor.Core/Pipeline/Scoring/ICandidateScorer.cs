namespace IncidentExtractor.Core.Pipeline.Scoring;

/// <summary>
/// Scores a field's candidate from its features; higher is better. The one seam between the
/// stages and the weights: hand weights today, weights learned from the labelled sets later,
/// without touching the stages.
/// </summary>
public interface ICandidateScorer
{
    double Score(string field, IReadOnlyDictionary<string, double> features);
}
