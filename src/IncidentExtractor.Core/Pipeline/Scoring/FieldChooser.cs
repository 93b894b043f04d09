namespace IncidentExtractor.Core.Pipeline.Scoring;

/// <summary>Picks a field's best candidate with the scorer and says how clear the choice was.</summary>
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
        var second = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = scorer.Score(field, candidate.Features);

            // Ties keep the earlier candidate: stages propose in text order, and the lead wins ties.
            if (score > bestScore)
            {
                if (best is not null && !EqualityComparer<T>.Default.Equals(best.Value, candidate.Value))
                {
                    second = bestScore;
                }

                best = candidate;
                bestScore = score;
            }
            else if (score > second && !EqualityComparer<T>.Default.Equals(best!.Value, candidate.Value))
            {
                second = score;
            }
        }

        if (best is null || bestScore <= -50)
        {
            return null;
        }

        // Clarity: a lone candidate or a wide margin over a different value is clear evidence.
        var margin = double.IsNegativeInfinity(second) ? 2.0 : bestScore - second;
        var clarity = 1.0 / (1.0 + Math.Exp(-margin));
        return new FieldChoice<T>(best, bestScore, clarity);
    }
}

/// <summary>The chosen candidate, its score, and clarity in 0..1 (how far it stood above a different value).</summary>
public sealed record FieldChoice<T>(Candidate<T> Candidate, double Score, double Clarity)
{
    public T Value => Candidate.Value;
}
