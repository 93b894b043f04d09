namespace IncidentExtractor.Training.Fitting;

/// <summary>
/// One training example: its feature values, without the intercept (the fit adds that itself),
/// and whether it belongs to the positive class.
/// </summary>
internal sealed record LabelledExample(IReadOnlyList<double> Features, bool Positive);
