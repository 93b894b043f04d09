namespace IncidentExtractor.Cli.Outputs;

/// <summary>
/// The schema fields that hold numbers (SCHEMA.md): written as JSON numbers, and never touched by
/// the CSV formula guard, since a number cannot carry a formula.
/// </summary>
internal static class NumericFields
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "latitude", "longitude", "attacker_count", "killed", "injured", "attackers_killed", "confidence",
    };

    public static bool Contains(string field) => Names.Contains(field);
}
