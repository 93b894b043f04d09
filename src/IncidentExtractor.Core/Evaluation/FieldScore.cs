namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// The figures for one field over a labelled set. <see cref="Scored"/> counts the cases the
/// field was scored on; <see cref="Accuracy"/> is <see cref="Correct"/> over that. Precision is
/// <see cref="CorrectFilled"/> over <see cref="PredictedFilled"/> and recall is
/// <see cref="CorrectFilled"/> over <see cref="GoldFilled"/>, all among scored cases (for a count
/// field "filled" means a number other than 0). Ratios are null when their denominator is 0 or
/// when the field does not report them.
/// </summary>
public sealed record FieldScore(
    string Field,
    int Scored,
    int Correct,
    int GoldFilled,
    int PredictedFilled,
    int CorrectFilled,
    double? Accuracy,
    double? Precision,
    double? Recall);
