namespace IncidentExtractor.Training.Fitting;

/// <summary>
/// The area under the ROC curve, read as what it means for a confidence: the chance that a
/// randomly drawn positive scores above a randomly drawn negative, a tie counting half. 0.5 is
/// chance, 1 a perfect ranking, 0 a perfectly reversed one. Only the order of the scores matters,
/// so log-odds and probabilities give the same figure.
/// </summary>
internal static class RankingAuc
{
    /// <summary>The AUC, or null when either class has no scores (there are no pairs to compare).</summary>
    public static double? Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {positive.Count} labels", nameof(positive));
        }

        var positives = scores.Where((_, i) => positive[i]).ToList();
        var negatives = scores.Where((_, i) => !positive[i]).ToList();
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return null;
        }

        // Every pair, directly: the labelled sets are small, and the definition is then plain to read.
        var wins = 0.0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1.0 : p == n ? 0.5 : 0.0;
            }
        }

        return wins / ((double)positives.Count * negatives.Count);
    }
}
