using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>
/// The chosen counts, each with the evidence it came from, and how many
/// other values the text offered for them (a sign the article mixes several figures).
/// </summary>
public sealed record CasualtyCounts(
    int? Killed,
    int? Injured,
    int? AttackersKilled,
    IReadOnlyDictionary<string, FieldEvidence> Evidence,
    int Alternatives);
