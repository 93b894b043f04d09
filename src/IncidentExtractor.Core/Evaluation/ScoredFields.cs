namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// The fields the scorer compares, in schema column order: every schema field except
/// <c>source</c> (the key), <c>confidence</c> (the extractor's own estimate) and <c>error</c>.
/// </summary>
public static class ScoredFields
{
    public static readonly IReadOnlyList<ScoredField> All =
    [
        // Gold always has a status, so precision and recall would only repeat the accuracy.
        new("status", FieldKind.Text, ReportsPrecisionAndRecall: false),
        new("title", FieldKind.Text),
        new("published", FieldKind.Date),
        new("event_date", FieldKind.Date),
        new("event_date_text", FieldKind.Text),
        new("city", FieldKind.Place),
        new("district", FieldKind.Place),
        new("province", FieldKind.Place),
        new("country", FieldKind.Text),
        new("location_detail", FieldKind.Text),
        new("latitude", FieldKind.Coordinate),
        new("longitude", FieldKind.Coordinate),
        new("target", FieldKind.Phrase),
        new("target_type", FieldKind.Text),
        new("attackers", FieldKind.Phrase),
        new("attacker_count", FieldKind.WholeNumber),
        new("attack_type", FieldKind.Text),
        new("weapon_type", FieldKind.Text),
        new("killed", FieldKind.Count),
        new("injured", FieldKind.Count),
        new("attackers_killed", FieldKind.Count),
        new("claimed_group", FieldKind.Group),
        new("suspected_group", FieldKind.Group),
    ];

    /// <summary>The scored field with this schema name, or null.</summary>
    public static ScoredField? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
