using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Tests.Tools.Training.Fitting;

public class LogisticRegressionTests
{
    // Feature 0 goes with the positives, feature 1 with the negatives, feature 2 is noise; the
    // positives and negatives never overlap.
    private static readonly LabelledExample[] Separable =
    [
        new([1.0, 0.0, 0.3], true),
        new([0.9, 0.2, 0.8], true),
        new([0.8, 0.1, 0.1], true),
        new([0.1, 0.9, 0.3], false),
        new([0.2, 1.0, 0.8], false),
        new([0.0, 0.8, 0.1], false),
    ];

    // Overlapping classes, so the unpenalised optimum is finite and the penalty's pull is plain.
    private static readonly LabelledExample[] Overlapping =
    [
        new([1.0, 0.0], true),
        new([1.0, 1.0], true),
        new([0.0, 1.0], true),
        new([1.0, 0.0], false),
        new([0.0, 1.0], false),
        new([0.0, 0.0], false),
        new([1.0, 1.0], true),
        new([0.0, 0.0], false),
    ];

    [Fact]
    public void A_separable_set_is_ranked_perfectly_with_weights_of_the_right_sign()
    {
        var model = LogisticRegression.Fit(Separable, l2: 1.0);

        Assert.True(model.Weights[0] > 0, $"weight of the positive feature: {model.Weights[0]}");
        Assert.True(model.Weights[1] < 0, $"weight of the negative feature: {model.Weights[1]}");
        var scores = Separable.Select(e => model.Score(e.Features)).ToList();
        Assert.Equal(1.0, RankingAuc.Compute(scores, Separable.Select(e => e.Positive).ToList()));
    }

    [Fact]
    public void A_larger_penalty_gives_smaller_weights()
    {
        var loose = LogisticRegression.Fit(Overlapping, l2: 0.1);
        var tight = LogisticRegression.Fit(Overlapping, l2: 10.0);

        for (var j = 0; j < loose.Weights.Count; j++)
        {
            Assert.True(Math.Abs(tight.Weights[j]) < Math.Abs(loose.Weights[j]), $"feature {j}: {tight.Weights[j]} vs {loose.Weights[j]}");
        }
    }

    [Fact]
    public void The_bias_is_not_penalised()
    {
        // Three positives to one negative: with the weights pressed to zero, the bias alone must
        // carry the base rate, log(3 / 1).
        LabelledExample[] examples = [new([1.0], true), new([0.0], true), new([1.0], true), new([0.0], false)];

        var model = LogisticRegression.Fit(examples, l2: 1e6);

        Assert.True(Math.Abs(model.Weights[0]) < 1e-3, $"weight {model.Weights[0]}");
        Assert.Equal(Math.Log(3), model.Bias, 3);
    }

    [Fact]
    public void The_fit_is_the_optimum_of_the_penalised_likelihood()
    {
        const double l2 = 0.5;
        var model = LogisticRegression.Fit(Overlapping, l2);

        // At the optimum the gradient vanishes: Σ(p - y) for the bias, Σ(p - y)·x + l2·w for a weight.
        var residuals = Overlapping.Select(e => LogisticRegression.Sigmoid(model.Score(e.Features)) - (e.Positive ? 1 : 0)).ToList();
        Assert.Equal(0.0, residuals.Sum(), 9);
        for (var j = 0; j < model.Weights.Count; j++)
        {
            var gradient = Overlapping.Select((e, i) => residuals[i] * e.Features[j]).Sum() + (l2 * model.Weights[j]);
            Assert.Equal(0.0, gradient, 9);
        }
    }

    [Fact]
    public void The_same_examples_give_the_same_weights()
    {
        var first = LogisticRegression.Fit(Overlapping, 1.0);
        var second = LogisticRegression.Fit(Overlapping, 1.0);

        Assert.Equal(first.Bias, second.Bias);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void Leave_one_out_scores_each_example_by_a_fit_that_never_saw_it()
    {
        // Feature 1 is set on one positive only. Fitted with it, that example scores high; without
        // it the feature is always 0, gets no weight, and cannot lift the example.
        LabelledExample[] examples =
        [
            new([1.0, 1.0], true),
            new([1.0, 0.0], true),
            new([0.0, 0.0], true),
            new([1.0, 0.0], false),
            new([0.0, 0.0], false),
            new([0.0, 0.0], false),
        ];

        var inSample = LogisticRegression.Fit(examples, 0.1).Rounded(2).Score(examples[0].Features);
        var leftOut = LogisticRegression.LeaveOneOutScores(examples, 0.1, decimals: 2);

        Assert.Equal(examples.Length, leftOut.Count);
        Assert.True(leftOut[0] < inSample - 0.5, $"left out {leftOut[0]}, in sample {inSample}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void The_penalty_must_be_above_zero(double l2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogisticRegression.Fit(Separable, l2));
    }

    [Fact]
    public void Examples_must_have_the_same_features()
    {
        LabelledExample[] examples = [new([1.0, 0.0], true), new([1.0], false)];

        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit(examples, 1.0));
    }

    [Fact]
    public void Rounding_writes_weights_as_the_file_holds_them()
    {
        var rounded = new LogisticModel(0.125, [-0.004, 1.2345, -0.675]).Rounded(2);

        Assert.Equal(0.13, rounded.Bias);
        Assert.Equal([0.0, 1.23, -0.68], rounded.Weights);
        Assert.False(double.IsNegative(rounded.Weights[0]), "a rounded -0.004 is 0, not -0");
    }
}
