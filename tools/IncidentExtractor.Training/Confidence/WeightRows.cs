using System.Globalization;
using IncidentExtractor.Core.Stages.Assembly;
using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// Writes fitted weights as rows of <c>weights/candidates.tsv</c> (field, feature, weight), to
/// replace the file's confidence rows. A zero weight is left out, since a feature without a row
/// counts for nothing, unless the file has a shared <c>*</c> weight for that feature: that weight
/// would then apply instead, so the zero is written. The bias is always written.
/// </summary>
internal static class WeightRows
{
    public static IReadOnlyList<string> Format(FeatureLayout layout, LogisticModel rounded, IReadOnlySet<string> sharedFeatures)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(rounded);
        ArgumentNullException.ThrowIfNull(sharedFeatures);
        var rows = new List<string> { Row(FeatureLayout.Bias, rounded.Bias) };
        for (var j = 0; j < layout.Names.Count; j++)
        {
            var name = layout.Names[j];
            var weight = rounded.Weights[j];
            if (weight != 0 || sharedFeatures.Contains(name))
            {
                rows.Add(Row(name, weight));
            }
        }

        return rows;
    }

    // "0.##" writes 1, 0.9 and -0.35 as the hand-written rows of the file do.
    private static string Row(string feature, double weight) =>
        $"{ConfidenceEstimator.Field}\t{feature}\t{weight.ToString("0.##", CultureInfo.InvariantCulture)}";
}
