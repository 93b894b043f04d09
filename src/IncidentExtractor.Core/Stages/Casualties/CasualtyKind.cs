namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>Which record count a casualty figure feeds.</summary>
public enum CasualtyKind
{
    Killed,
    Injured,
    AttackersKilled,
}
