namespace IncidentExtractor.Core.Evaluation;

/// <summary>Counts one field's outcomes while a labelled set is scored.</summary>
internal sealed class FieldTally(ScoredField field)
{
    private int _scored;
    private int _correct;
    private int _goldFilled;
    private int _predictedFilled;
    private int _correctFilled;

    public ScoredField Field { get; } = field;

    public void Add(FieldOutcome outcome)
    {
        if (!outcome.Scored)
        {
            return;
        }

        _scored++;
        _correct += outcome.Correct ? 1 : 0;
        _goldFilled += outcome.GoldFilled ? 1 : 0;
        _predictedFilled += outcome.PredictedFilled ? 1 : 0;
        _correctFilled += outcome.Correct && outcome.GoldFilled && outcome.PredictedFilled ? 1 : 0;
    }

    public FieldScore ToScore()
    {
        var ratios = Field.ReportsPrecisionAndRecall;
        return new FieldScore(
            Field.Name,
            _scored,
            _correct,
            _goldFilled,
            _predictedFilled,
            _correctFilled,
            Ratio(_correct, _scored),
            ratios ? Ratio(_correctFilled, _predictedFilled) : null,
            ratios ? Ratio(_correctFilled, _goldFilled) : null);
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
