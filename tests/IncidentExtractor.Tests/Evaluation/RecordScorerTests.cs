using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Evaluation;

public class RecordScorerTests
{
    private static readonly RecordScorer Scorer = new();

    private static IncidentRecord Ok(string source = "a.txt") => new() { Source = source, Status = RecordStatus.Ok };

    private static FieldScore Score(IncidentRecord gold, IncidentRecord predicted, string field, RecordScorer? scorer = null) =>
        (scorer ?? Scorer).Score([gold], [predicted]).Field(field)!;

    [Fact]
    public void A_wrong_count_scores_zero()
    {
        var score = Score(Ok() with { Killed = 4 }, Ok() with { Killed = 6 }, "killed");
        Assert.Equal((1, 0), (score.Scored, score.Correct));
    }

    [Fact]
    public void Empty_and_zero_are_equal_for_counts()
    {
        var emptyGold = Score(Ok(), Ok() with { Injured = 0 }, "injured");
        var zeroGold = Score(Ok() with { AttackersKilled = 0 }, Ok(), "attackers_killed");
        Assert.Equal((1, 1), (emptyGold.Scored, emptyGold.Correct));
        Assert.Equal((1, 1), (zeroGold.Scored, zeroGold.Correct));
    }

    [Fact]
    public void Empty_and_zero_differ_for_the_attacker_count()
    {
        var score = Score(Ok() with { AttackerCount = 3 }, Ok() with { AttackerCount = 0 }, "attacker_count");
        Assert.Equal((1, 0), (score.Scored, score.Correct));
    }

    [Fact]
    public void A_count_predicted_where_gold_is_empty_is_wrong()
    {
        var score = Score(Ok(), Ok() with { Killed = 2 }, "killed");
        Assert.Equal((1, 0, 1, 0), (score.Scored, score.Correct, score.PredictedFilled, score.GoldFilled));
        Assert.Equal(0, score.Precision);
        Assert.Null(score.Recall);
    }

    [Fact]
    public void A_group_predicted_where_gold_is_empty_is_a_false_positive()
    {
        var score = Score(Ok(), Ok() with { ClaimedGroup = "Baloch Liberation Army" }, "claimed_group");
        Assert.Equal((1, 0), (score.Scored, score.Correct));
        Assert.Equal(0, score.Precision);
    }

    [Fact]
    public void An_empty_group_matching_an_empty_gold_is_correct_but_not_a_hit()
    {
        var score = Score(Ok(), Ok(), "suspected_group");
        Assert.Equal((1, 1, 0), (score.Scored, score.Correct, score.CorrectFilled));
        Assert.Null(score.Precision);
    }

    [Fact]
    public void Group_aliases_match_through_the_canonicaliser()
    {
        var canonical = new Dictionary<string, string> { ["BLA"] = "Baloch Liberation Army" };
        var scorer = new RecordScorer(new ScoringOptions { GroupCanonicalizer = n => canonical.GetValueOrDefault(n) });
        var gold = Ok() with { ClaimedGroup = "Baloch Liberation Army" };
        var predicted = Ok() with { ClaimedGroup = "BLA" };

        Assert.Equal(1, Score(gold, predicted, "claimed_group", scorer).Correct);
        Assert.Equal(0, Score(gold, predicted, "claimed_group").Correct); // without a canonicaliser, normalisation only
    }

    [Fact]
    public void Place_spellings_match_through_the_canonicaliser()
    {
        var canonical = new Dictionary<string, string> { ["Mirali"] = "Mir Ali", ["Mir Ali"] = "Mir Ali" };
        var scorer = new RecordScorer(new ScoringOptions { PlaceCanonicalizer = n => canonical.GetValueOrDefault(n) });
        var gold = Ok() with { City = "Mirali" };
        var predicted = Ok() with { City = "Mir Ali" };

        Assert.Equal(1, Score(gold, predicted, "city", scorer).Correct);
        Assert.Equal(0, Score(gold, predicted, "city").Correct); // without a canonicaliser, normalisation only
        Assert.Equal(0, Score(gold, Ok() with { City = "Miran Shah" }, "city", scorer).Correct);
    }

    [Fact]
    public void Group_names_differing_in_punctuation_and_case_match()
    {
        var score = Score(Ok() with { ClaimedGroup = "Tehrik-i-Taliban Pakistan" }, Ok() with { ClaimedGroup = "tehrik i taliban  pakistan" }, "claimed_group");
        Assert.Equal(1, score.Correct);
    }

    [Fact]
    public void Target_scores_by_head_noun()
    {
        var gold = Ok() with { Target = "Chinese Consulate General in Karachi" };
        Assert.Equal(1, Score(gold, Ok() with { Target = "Chinese consulate" }, "target").Correct);
        Assert.Equal(0, Score(gold, Ok() with { Target = "Chinese nationals" }, "target").Correct);
    }

    [Fact]
    public void Attackers_score_by_head_noun()
    {
        Assert.Equal(1, Score(Ok() with { Attackers = "gunmen" }, Ok() with { Attackers = "unidentified gunman" }, "attackers").Correct);
        Assert.Equal(0, Score(Ok() with { Attackers = "gunmen" }, Ok() with { Attackers = "suicide bomber" }, "attackers").Correct);
    }

    [Fact]
    public void Dates_match_after_normalisation()
    {
        Assert.Equal(1, Score(Ok() with { EventDate = "2018-11-23" }, Ok() with { EventDate = "2018-11-23T00:00:00" }, "event_date").Correct);
        Assert.Equal(0, Score(Ok() with { EventDate = "2018-11-23" }, Ok() with { EventDate = "2018-11-22" }, "event_date").Correct);
        Assert.Equal(0, Score(Ok() with { EventDate = "2018-11" }, Ok() with { EventDate = "2018-11-23" }, "event_date").Correct);
    }

    [Fact]
    public void Coordinates_match_within_five_hundredths_of_a_degree()
    {
        Assert.Equal(1, Score(Ok() with { Latitude = 24.86 }, Ok() with { Latitude = 24.90 }, "latitude").Correct);
        Assert.Equal(0, Score(Ok() with { Latitude = 24.86 }, Ok() with { Latitude = 24.95 }, "latitude").Correct);
    }

    [Fact]
    public void Text_fields_compare_after_normalisation()
    {
        Assert.Equal(1, Score(Ok() with { TargetType = "Private Citizens & Property" }, Ok() with { TargetType = "private citizens and property" }, "target_type").Correct);
    }

    [Fact]
    public void A_field_empty_in_gold_is_not_scored_except_counts_and_groups()
    {
        var report = Scorer.Score([Ok()], [Ok() with { City = "Karachi", AttackerCount = 3 }]);
        Assert.Equal(0, report.Field("city")!.Scored);
        Assert.Equal(0, report.Field("attacker_count")!.Scored);
        Assert.Equal(1, report.Field("killed")!.Scored);
        Assert.Equal(1, report.Field("claimed_group")!.Scored);
    }

    [Fact]
    public void A_no_incident_gold_scores_status_counts_and_groups_only()
    {
        var gold = new IncidentRecord { Source = "a.txt", Status = RecordStatus.NoIncident };
        var report = Scorer.Score([gold], [Ok() with { City = "Quetta", Killed = 1 }]);
        var scored = report.Fields.Where(f => f.Scored > 0).Select(f => f.Field).ToList();

        Assert.Equal(["status", "killed", "injured", "attackers_killed", "claimed_group", "suspected_group"], scored);
        Assert.Equal(0, report.Field("status")!.Correct);
        Assert.Equal(0, report.Field("killed")!.Correct);
    }

    [Fact]
    public void A_gold_source_without_prediction_counts_wrong_in_every_scored_field()
    {
        var report = Scorer.Score([Ok("a.txt") with { City = "Karachi" }, Ok("b.txt")], [Ok("b.txt")]);

        Assert.Equal(["a.txt"], report.Missing);
        Assert.Equal(1, report.Matched);
        Assert.Equal((2, 1), (report.Field("status")!.Scored, report.Field("status")!.Correct));
        Assert.Equal((1, 0), (report.Field("city")!.Scored, report.Field("city")!.Correct));
        Assert.All(report.Mismatches, m => Assert.Equal(MismatchKind.MissingPrediction, m.Kind));
    }

    [Fact]
    public void A_prediction_without_gold_is_reported_not_scored()
    {
        var report = Scorer.Score([Ok("a.txt")], [Ok("a.txt"), Ok("stray.txt") with { Killed = 9 }]);

        Assert.Equal(["stray.txt"], report.Unknown);
        Assert.Equal((1, 1), (report.Field("killed")!.Scored, report.Field("killed")!.Correct));
    }

    [Fact]
    public void An_extra_gold_record_for_a_source_counts_wrong()
    {
        var report = Scorer.Score([Ok("a.txt"), Ok("a.txt")], [Ok("a.txt")]);

        Assert.Equal(["a.txt"], report.DuplicateGold);
        Assert.Equal((2, 1), (report.Field("status")!.Scored, report.Field("status")!.Correct));
    }

    [Fact]
    public void A_source_predicted_twice_counts_wrong()
    {
        var report = Scorer.Score([Ok("a.txt")], [Ok("a.txt"), Ok("a.txt")]);

        Assert.Equal(["a.txt"], report.DuplicatePredictions);
        Assert.Equal(0, report.Matched);
        Assert.Equal(0, report.Field("status")!.Correct);
        Assert.Contains(report.Mismatches, m => m.Kind == MismatchKind.DuplicatePrediction);
    }

    [Fact]
    public void Sources_match_across_path_separators()
    {
        var report = Scorer.Score([Ok("dawn/a.txt")], [Ok("dawn\\a.txt")]);
        Assert.Equal(1, report.Matched);
    }

    [Fact]
    public void Precision_and_recall_count_only_filled_values()
    {
        // Four articles: a hit, a wrong group, a false positive, a miss.
        var gold = new[]
        {
            Ok("1") with { ClaimedGroup = "Baloch Liberation Army" },
            Ok("2") with { ClaimedGroup = "Baloch Liberation Army" },
            Ok("3"),
            Ok("4") with { ClaimedGroup = "Tehrik-i-Taliban Pakistan" },
        };
        var predicted = new[]
        {
            Ok("1") with { ClaimedGroup = "Baloch Liberation Army" },
            Ok("2") with { ClaimedGroup = "Tehrik-i-Taliban Pakistan" },
            Ok("3") with { ClaimedGroup = "Lashkar-e-Jhangvi" },
            Ok("4"),
        };

        var score = Scorer.Score(gold, predicted).Field("claimed_group")!;

        Assert.Equal((4, 1, 3, 3, 1), (score.Scored, score.Correct, score.GoldFilled, score.PredictedFilled, score.CorrectFilled));
        Assert.Equal(0.25, score.Accuracy);
        Assert.Equal(1.0 / 3, score.Precision!.Value, 9);
        Assert.Equal(1.0 / 3, score.Recall!.Value, 9);
    }

    [Fact]
    public void Status_reports_accuracy_only()
    {
        var score = Score(Ok(), Ok(), "status");
        Assert.Equal(1.0, score.Accuracy);
        Assert.Null(score.Precision);
        Assert.Null(score.Recall);
    }

    [Fact]
    public void Macro_is_the_mean_accuracy_of_the_fields_scored()
    {
        // Scored: status (right), city (wrong), three counts (right, empty = empty), two groups (right).
        var report = Scorer.Score([Ok() with { City = "Karachi" }], [Ok() with { City = "Quetta" }]);

        Assert.Equal(7, report.Fields.Count(f => f.Scored > 0));
        Assert.Equal(6.0 / 7, report.Macro!.Value, 9);
    }

    [Fact]
    public void Macro_is_absent_when_nothing_was_scored()
    {
        Assert.Null(Scorer.Score([], []).Macro);
    }

    [Fact]
    public void A_mismatch_carries_the_prediction_evidence()
    {
        var evidence = new Dictionary<string, FieldEvidence> { ["killed"] = new("Six people died.", 0, 3, "count") };
        var report = Scorer.Score([Ok() with { Killed = 4 }], [Ok() with { Killed = 6, Evidence = evidence }]);

        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal(new FieldMismatch("a.txt", "killed", "4", "6", MismatchKind.Wrong, "Six people died."), mismatch);
    }
}
