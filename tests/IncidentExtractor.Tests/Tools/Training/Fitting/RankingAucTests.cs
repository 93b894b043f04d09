using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Tests.Tools.Training.Fitting;

public class RankingAucTests
{
    [Fact]
    public void Every_positive_above_every_negative_is_one()
    {
        Assert.Equal(1.0, RankingAuc.Compute([0.9, 0.1, 0.8, 0.2], [true, false, true, false]));
    }

    [Fact]
    public void Reversed_scores_are_zero()
    {
        Assert.Equal(0.0, RankingAuc.Compute([0.1, 0.9, 0.2, 0.8], [true, false, true, false]));
    }

    [Fact]
    public void A_tie_counts_half()
    {
        Assert.Equal(0.5, RankingAuc.Compute([0.4, 0.4, 0.4], [true, false, false]));

        // Pairs: 1 above 0.5 (1), 0.5 tied with 0.5 (0.5), of two pairs.
        Assert.Equal(0.75, RankingAuc.Compute([1.0, 0.5, 0.5], [true, true, false]));
    }

    [Fact]
    public void Counts_the_share_of_pairs_in_order()
    {
        // Positive 3 beats both negatives, positive 1 beats only 0: 3 of 4 pairs.
        Assert.Equal(0.75, RankingAuc.Compute([3, 1, 2, 0], [true, true, false, false]));
    }

    [Fact]
    public void Is_undefined_without_both_classes()
    {
        Assert.Null(RankingAuc.Compute([0.3, 0.7], [true, true]));
        Assert.Null(RankingAuc.Compute([], []));
    }

    [Fact]
    public void Scores_and_labels_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => RankingAuc.Compute([0.3, 0.7], [true]));
    }
}
