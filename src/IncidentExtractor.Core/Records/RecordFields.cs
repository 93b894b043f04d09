namespace IncidentExtractor.Core.Records;

/// <summary>
/// The schema's field names in column order, and access to a record's values by name
/// (as strings in the form the CSV output uses), shared by the writers and the scorer.
/// </summary>
public static class RecordFields
{
    public static readonly IReadOnlyList<string> Names =
    [
        "source", "status", "title", "published", "event_date", "event_date_text", "city", "district",
        "province", "country", "location_detail", "latitude", "longitude", "target", "target_type",
        "attackers", "attacker_count", "attack_type", "weapon_type", "killed", "injured",
        "attackers_killed", "claimed_group", "suspected_group", "confidence", "error",
    ];

    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        "latitude", "longitude", "attacker_count", "killed", "injured", "attackers_killed", "confidence",
    };

    /// <summary>Whether the schema types a field as a number: written as a JSON number, never guarded as a CSV formula.</summary>
    public static bool IsNumeric(string field) => Numeric.Contains(field);

    /// <summary>The value of a field as text, in invariant culture; null when empty.</summary>
    public static string? Get(IncidentRecord record, string field) => field switch
    {
        "source" => record.Source,
        "status" => record.Status,
        "title" => record.Title,
        "published" => record.Published,
        "event_date" => record.EventDate,
        "event_date_text" => record.EventDateText,
        "city" => record.City,
        "district" => record.District,
        "province" => record.Province,
        "country" => record.Country,
        "location_detail" => record.LocationDetail,
        "latitude" => Format(record.Latitude),
        "longitude" => Format(record.Longitude),
        "target" => record.Target,
        "target_type" => record.TargetType,
        "attackers" => record.Attackers,
        "attacker_count" => Format(record.AttackerCount),
        "attack_type" => record.AttackType,
        "weapon_type" => record.WeaponType,
        "killed" => Format(record.Killed),
        "injured" => Format(record.Injured),
        "attackers_killed" => Format(record.AttackersKilled),
        "claimed_group" => record.ClaimedGroup,
        "suspected_group" => record.SuspectedGroup,
        "confidence" => Format(record.Confidence),
        "error" => record.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a schema field"),
    };

    private static string? Format(int? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Format(double? value) =>
        value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
