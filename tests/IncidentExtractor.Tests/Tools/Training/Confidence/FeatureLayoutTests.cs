using IncidentExtractor.Training.Confidence;

namespace IncidentExtractor.Tests.Tools.Training.Confidence;

public class FeatureLayoutTests
{
    [Fact]
    public void The_layout_leaves_out_the_bias_and_keeps_the_estimators_order()
    {
        var example = new ConfidenceExample(
            new Dictionary<string, double> { ["bias"] = 1, ["no_date"] = 1, ["claim_named"] = 0 }, Right: true);

        var layout = FeatureLayout.Of([example]);

        Assert.Equal(["no_date", "claim_named"], layout.Names);
        Assert.Equal([1.0, 0.0], layout.Example(example).Features);
    }

    [Fact]
    public void A_feature_a_record_lacks_reads_as_zero()
    {
        var layout = new FeatureLayout(["no_date", "claim_named"]);

        Assert.Equal([0.0, 1.0], layout.Values(new Dictionary<string, double> { ["claim_named"] = 1 }));
    }

    [Fact]
    public void Features_with_one_value_throughout_are_named_as_unlearnt()
    {
        var layout = new FeatureLayout(["no_date", "no_place"]);
        ConfidenceExample[] examples =
        [
            new(new Dictionary<string, double> { ["no_date"] = 1, ["no_place"] = 0 }, Right: true),
            new(new Dictionary<string, double> { ["no_date"] = 0, ["no_place"] = 0 }, Right: false),
        ];

        Assert.Equal(["no_place"], layout.Unvaried(examples));
    }
}
