namespace IncidentExtractor.Training.Fitting;

/// <summary>
/// A fitted logistic regression: an intercept and one weight per feature, in the order of the
/// examples' features. <see cref="Score"/> is the log-odds; ranking needs nothing more.
/// </summary>
internal sealed record LogisticModel(double Bias, IReadOnlyList<double> Weights)
{
    public double Score(IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count != Weights.Count)
        {
            throw new ArgumentException($"expected {Weights.Count} feature values, got {features.Count}", nameof(features));
        }

        var sum = Bias;
        for (var j = 0; j < Weights.Count; j++)
        {
            sum += Weights[j] * features[j];
        }

        return sum;
    }

    /// <summary>
    /// The weights as they will be written to the weights file, so that figures reported for the
    /// model are figures for what gets pasted. Away from zero, as a person rounds.
    /// </summary>
    public LogisticModel Rounded(int decimals) => new(
        Round(Bias, decimals),
        Weights.Select(w => Round(w, decimals)).ToList());

    // "+ 0.0" turns a rounded -0 into 0, which would otherwise print as "-0".
    private static double Round(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
}
