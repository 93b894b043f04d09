namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// One field of one record compared: whether it counts at all, whether it is right, and whether
/// gold and prediction are filled (for a count field, filled means a number other than 0).
/// </summary>
internal readonly record struct FieldOutcome(bool Scored, bool Correct, bool GoldFilled, bool PredictedFilled)
{
    public static readonly FieldOutcome NotScored = new(false, false, false, false);
}
