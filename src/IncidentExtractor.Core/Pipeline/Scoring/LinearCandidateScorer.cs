using System.Globalization;
using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Pipeline.Scoring;

/// <summary>
/// A weighted sum of features, with weights per field read from <c>weights/candidates.tsv</c>
/// (field, feature, weight). A feature with no weight for the field counts for nothing; the
/// field <c>*</c> gives weights shared by every field.
/// </summary>
public sealed class LinearCandidateScorer : ICandidateScorer
{
    private readonly Dictionary<(string Field, string Feature), double> _weights;

    public LinearCandidateScorer(IReadOnlyDictionary<(string Field, string Feature), double> weights)
    {
        _weights = new Dictionary<(string, string), double>(weights);
    }

    public static LinearCandidateScorer Load(string path)
    {
        var weights = new Dictionary<(string, string), double>();
        foreach (var row in TsvFile.Read(path, ["field", "feature", "weight"]))
        {
            if (!double.TryParse(row["weight"], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw row.Error($"weight '{row["weight"]}' is not a number");
            }

            weights[(row["field"], row["feature"])] = w;
        }

        return new LinearCandidateScorer(weights);
    }

    public double Score(string field, IReadOnlyDictionary<string, double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var sum = 0.0;
        foreach (var (feature, value) in features)
        {
            if (_weights.TryGetValue((field, feature), out var w) || _weights.TryGetValue(("*", feature), out w))
            {
                sum += w * value;
            }
        }

        return sum;
    }
}
