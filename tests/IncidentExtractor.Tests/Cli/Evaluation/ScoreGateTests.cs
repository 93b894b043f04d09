using IncidentExtractor.Cli.Evaluation;
using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Cli.Evaluation;

public class ScoreGateTests
{
    private static readonly EvaluationReport Report = new RecordScorer().Score(
        [new IncidentRecord { Source = "a", Status = "ok", Killed = 2 }],
        [new IncidentRecord { Source = "a", Status = "ok", Killed = 2 }]);

    [Theory]
    [InlineData("killed=0.8", "killed", "accuracy", 0.8)]
    [InlineData("claimed_group.precision=1", "claimed_group", "precision", 1.0)]
    [InlineData("injured.recall = 0", "injured", "recall", 0.0)]
    [InlineData("macro=0.5", "macro", "accuracy", 0.5)]
    public void Gates_parse_field_metric_and_minimum(string text, string field, string metric, double minimum)
    {
        Assert.True(ScoreGate.TryParse(text, out var gate, out var error), error);
        Assert.Equal(new ScoreGate(field, metric, minimum), gate);
    }

    [Fact]
    public void A_gate_at_its_minimum_passes()
    {
        Assert.Null(new ScoreGate("killed", "accuracy", 1.0).Check(Report));
        Assert.Null(ScoreGate.Macro(1.0).Check(Report));
    }

    [Fact]
    public void A_gate_without_a_figure_fails()
    {
        // Gold has no city, so city was never scored: a gate on it cannot pass by default.
        Assert.Equal("city: undefined (nothing to compute it from), required 0.500", new ScoreGate("city", "accuracy", 0.5).Check(Report));
    }

    [Fact]
    public void A_gate_names_itself_as_written()
    {
        Assert.Equal("killed.recall", new ScoreGate("killed", "recall", 0.5).Name);
        Assert.Equal("killed", new ScoreGate("killed", "accuracy", 0.5).Name);
    }
}
