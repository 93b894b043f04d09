using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// The order in which the confidence features become columns of the fit: the estimator's own
/// order, first seen first, without <c>bias</c>, which is the fit's intercept.
/// </summary>
internal sealed record FeatureLayout(IReadOnlyList<string> Names)
{
    public const string Bias = "bias";

    /// <param name="examples">The examples whose features become columns.</param>
    /// <param name="only">When given, only these features become columns.</param>
    public static FeatureLayout Of(IEnumerable<ConfidenceExample> examples, IReadOnlyList<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var names = new List<string>();
        foreach (var name in examples.SelectMany(e => e.Features.Keys))
        {
            if (name != Bias && !names.Contains(name, StringComparer.Ordinal) && (only is null || only.Contains(name, StringComparer.Ordinal)))
            {
                names.Add(name);
            }
        }

        return new FeatureLayout(names);
    }

    /// <summary>The values in column order; a feature the record lacks is 0, as the scorer reads it.</summary>
    public IReadOnlyList<double> Values(IReadOnlyDictionary<string, double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Names.Select(n => features.TryGetValue(n, out var v) ? v : 0.0).ToList();
    }

    /// <summary>The features that have one value on every example: the examples say nothing about their weight.</summary>
    public IReadOnlyList<string> Unvaried(IReadOnlyList<ConfidenceExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = examples.Select(e => Values(e.Features)).ToList();
        return Names.Where((_, j) => rows.All(r => r[j] == rows[0][j])).ToList();
    }

    public LabelledExample Example(ConfidenceExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        return new LabelledExample(Values(example.Features), example.Right);
    }
}
