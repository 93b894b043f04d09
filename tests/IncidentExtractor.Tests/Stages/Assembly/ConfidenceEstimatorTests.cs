using System.Text.Json;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Tests.Stages.Assembly;

public class ConfidenceEstimatorTests
{
    private static readonly string[] Counts = ["killed", "injured", "attackers_killed"];
    private static readonly string[] Labels = ["city", "province", "attack_type", "target_type", "claimed_group"];

    [Fact]
    public void Confidence_ranks_right_records_above_wrong_ones_on_the_tuning_articles()
    {
        var right = new List<double>();
        var wrong = new List<double>();
        // The tuning split, where the weights were fitted: the held-out articles stay out of every
        // test so that their figures, reported apart, are never looked at while rules change.
        foreach (var line in File.ReadLines(Path.Combine(TestModels.RepositoryRoot, "samples", "labels-tune.jsonl")))
        {
            using var gold = JsonDocument.Parse(line);
            var root = gold.RootElement;
            var source = root.GetProperty("source").GetString()!;
            var text = File.ReadAllText(Path.Combine(TestModels.RepositoryRoot, "samples", "articles", source));
            var record = TestModels.Pipeline.Extract(new ArticleInput(source, text));
            if (root.GetProperty("status").GetString() != RecordStatus.Ok || record.Status != RecordStatus.Ok)
            {
                continue;
            }

            (AllRight(root, record) ? right : wrong).Add(record.Confidence!.Value);
        }

        Assert.NotEmpty(right);
        Assert.NotEmpty(wrong);

        // The chance that a right record has higher confidence than a wrong one: 0.5 is chance (about
        // +-0.08 at this sample size). The weights fitted on this split give about 0.75 here; on
        // records left out of the fit they do little better than chance, which the weights file says.
        var auc = right.Sum(r => wrong.Sum(w => r > w ? 1.0 : r == w ? 0.5 : 0.0)) / (right.Count * (double)wrong.Count);
        Assert.True(auc > 0.65, $"confidence separates right from wrong records with AUC {auc:0.000} ({right.Count} right, {wrong.Count} wrong)");
    }

    [Fact]
    public void A_plain_single_incident_report_is_more_confident_than_a_mixed_one()
    {
        var plain = TestModels.Extract("PESHAWAR: A suicide bomber blew himself up near a police van in Peshawar on Monday, killing three policemen.");
        var mixed = TestModels.Extract(
            "A blast hit a market in Quetta on Monday, killing three people, while five died according to other reports.\n" +
            "In a separate incident, gunmen killed two soldiers in Kech.\n" +
            "Last month, a bombing in Mastung killed 12 people.");
        Assert.True(plain.Confidence > mixed.Confidence, $"plain {plain.Confidence} vs mixed {mixed.Confidence}");
    }

    private static bool AllRight(JsonElement gold, IncidentRecord record)
    {
        foreach (var field in Counts)
        {
            var g = gold.GetProperty(field).ValueKind == JsonValueKind.Number ? gold.GetProperty(field).GetInt32() : 0;
            var p = RecordFields.Get(record, field) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (g != p)
            {
                return false;
            }
        }

        foreach (var field in Labels)
        {
            if (gold.GetProperty(field).GetString() is { } g && !string.Equals(Fold(g), Fold(RecordFields.Get(record, field)), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string? value) =>
        new string((value ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
