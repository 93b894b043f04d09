using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>The chosen counts, each with the evidence it came from and how clear the choice was.</summary>
public sealed record CasualtyCounts(
    int? Killed,
    int? Injured,
    int? AttackersKilled,
    IReadOnlyDictionary<string, FieldEvidence> Evidence,
    double Clarity);
