namespace IncidentExtractor.Training.Confidence;

/// <summary>One extracted record: the confidence features the estimator saw, and whether the record was right.</summary>
internal sealed record ConfidenceExample(IReadOnlyDictionary<string, double> Features, bool Right);
