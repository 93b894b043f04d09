using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// Says whether an extracted record is right, which is what the confidence is meant to predict:
/// the counts, the place, the attack and target types and the claim all agree with the gold
/// record, by the same rules <c>evaluate</c> scores them with. The other fields (the target's
/// words, the date's wording) vary too much between right answers to say a record is wrong.
/// </summary>
internal sealed class RecordJudge(RecordScorer scorer)
{
    public static readonly IReadOnlyList<string> Fields =
        ["killed", "injured", "attackers_killed", "city", "province", "attack_type", "target_type", "claimed_group"];

    public bool IsRight(IncidentRecord gold, IncidentRecord extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);

        // Scored as a pair of its own, so the sources always match. A gold field left empty is not
        // scored (the label does not know), except counts and groups, where empty means none.
        var report = scorer.Score([gold], [extracted with { Source = gold.Source }]);
        return !report.Mismatches.Any(m => Fields.Contains(m.Field, StringComparer.Ordinal));
    }
}
