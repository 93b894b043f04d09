namespace IncidentExtractor.Core.Pipeline.Scoring;

/// <summary>Picks a field's best candidate with the scorer.</summary>
public sealed class FieldChooser(ICandidateScorer scorer)
{
    public FieldChoice<T>? Choose<T>(string field, IReadOnlyList<Candidate<T>> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return null;
        }

        Candidate<T>? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            // Ties keep the earlier candidate: stages propose in text order, and the lead wins ties.
            var score = scorer.Score(field, candidate.Features);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is null || bestScore <= -50 ? null : new FieldChoice<T>(best, bestScore);
    }
}

/// <summary>The chosen candidate and its score.</summary>
public sealed record FieldChoice<T>(Candidate<T> Candidate, double Score)
{
    public T Value => Candidate.Value;
}
