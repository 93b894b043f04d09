using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Assembly;

/// <summary>
/// How sure the extractor is that the record describes one real incident correctly. The signs of
/// trouble are the ones analysts meet: an article that mixes several incidents, several figures
/// for the same count, a place known only from the dateline, a target guessed from the victims.
/// The features go through the same scorer as the field candidates (field <c>confidence</c>), and
/// a logistic turns the score into 0..1.
/// </summary>
public sealed class ConfidenceEstimator(ICandidateScorer scorer)
{
    public const string Field = "confidence";

    public double Estimate(IncidentFindings f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Squash(scorer.Score(Field, Features(f)));
    }

    /// <summary>A "no incident" verdict is surer the fewer attack words the article holds.</summary>
    public double EstimateNoIncident(IncidentFindings f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var attackWords = f.Sentences.Sum(s => s.Triggers.Count);
        return Math.Round(1.0 / (1.0 + (0.15 * attackWords)), 3);
    }

    public static IReadOnlyDictionary<string, double> Features(IncidentFindings f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var body = f.Sentences.Where(s => !s.Sentence.IsTitle).ToList();
        var other = body.Count == 0 ? 0 : body.Count(s => s.Role == SentenceRole.OtherIncident) / (double)body.Count;
        var cityFrom = f.Location?.Evidence.TryGetValue("city", out var ev) == true ? ev : null;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["count_alternatives"] = Math.Min(f.Counts.Alternatives, 5),
            ["other_incident_share"] = other,
            ["attack_strength"] = Math.Min(1.0, f.Types.TriggerScore / 20.0),
            ["no_place"] = f.Location?.Province is null ? 1 : 0,
            ["target_from_victims"] = f.Target is null || f.Target.Rule == "victims" ? 1 : 0,
            ["no_attack_type"] = f.Types.AttackType is null or "Unknown" ? 1 : 0,
            ["claim_named"] = f.Groups.ClaimedGroup is null ? 0 : 1,
            ["city_from_dateline"] = cityFrom is not null && f.Document.Cleaned.Dateline is { } dl && cityFrom.Rule.EndsWith(dl, StringComparison.Ordinal) ? 1 : 0,
            ["has_other_incident"] = other > 0 ? 1 : 0,
            ["no_date"] = f.Date is null ? 1 : 0,
            ["no_counts"] = f.Counts.Killed is null or 0 && f.Counts.Injured is null or 0 ? 1 : 0,
        };
    }

    private static double Squash(double score) => Math.Round(1.0 / (1.0 + Math.Exp(-score)), 3);
}
