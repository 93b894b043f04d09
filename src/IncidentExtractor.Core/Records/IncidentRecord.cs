namespace IncidentExtractor.Core.Records;

/// <summary>
/// One structured record per input article, in the field order of the schema (SCHEMA.md).
/// Dates are ISO 8601 strings because the schema allows partial dates (<c>YYYY-MM</c>, <c>YYYY</c>).
/// Null means unknown; a count of 0 means the article says nobody was.
/// </summary>
public sealed record IncidentRecord
{
    public required string Source { get; init; }
    public required string Status { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? EventDate { get; init; }
    public string? EventDateText { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? Province { get; init; }
    public string? Country { get; init; }
    public string? LocationDetail { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Target { get; init; }
    public string? TargetType { get; init; }
    public string? Attackers { get; init; }
    public int? AttackerCount { get; init; }
    public string? AttackType { get; init; }
    public string? WeaponType { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public int? AttackersKilled { get; init; }
    public string? ClaimedGroup { get; init; }
    public string? SuspectedGroup { get; init; }
    public double? Confidence { get; init; }
    public string? Error { get; init; }

    /// <summary>For each filled field (by schema name), where in the cleaned text it came from.</summary>
    public IReadOnlyDictionary<string, FieldEvidence> Evidence { get; init; } =
        new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);

    /// <summary>A record for an input that could not be read; every incident field stays empty.</summary>
    public static IncidentRecord ForError(string source, string message) =>
        new() { Source = source, Status = RecordStatus.Error, Error = message };
}
