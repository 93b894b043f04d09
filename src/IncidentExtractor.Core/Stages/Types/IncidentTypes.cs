using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Types;

/// <summary>The GTD categories of the main incident, each with the words that decided it.</summary>
public sealed record IncidentTypes(
    string? AttackType,
    string? WeaponType,
    string? TargetType,
    FieldEvidence? AttackEvidence,
    FieldEvidence? TargetEvidence,
    double TriggerScore);
