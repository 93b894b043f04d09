using IncidentExtractor.Training.Confidence;
using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Tests.Tools.Training.Confidence;

public class WeightRowsTests
{
    private static readonly FeatureLayout Layout = new(["no_date", "claim_named", "count_alternatives"]);

    [Fact]
    public void Rows_are_the_weights_file_format_with_zero_weights_left_out()
    {
        var rows = WeightRows.Format(Layout, new LogisticModel(0.9, [0.6, 0.0, -0.35]), new HashSet<string>());

        Assert.Equal(["confidence\tbias\t0.9", "confidence\tno_date\t0.6", "confidence\tcount_alternatives\t-0.35"], rows);
    }

    [Fact]
    public void A_zero_is_written_where_a_shared_weight_would_stand_in_for_it()
    {
        var rows = WeightRows.Format(Layout, new LogisticModel(0, [0.0, 0.0, 1.0]), new HashSet<string> { "bias", "claim_named" });

        Assert.Equal(["confidence\tbias\t0", "confidence\tclaim_named\t0", "confidence\tcount_alternatives\t1"], rows);
    }

    [Fact]
    public void The_bias_is_always_written()
    {
        var rows = WeightRows.Format(Layout, new LogisticModel(0, [0.0, 0.0, 0.0]), new HashSet<string>());

        Assert.Equal(["confidence\tbias\t0"], rows);
    }
}
