namespace IncidentExtractor.Core.Lexicons;

/// <summary>What a cue phrase says about its sentence or figure (see <c>lexicons/cues.tsv</c>).</summary>
public enum CueKind
{
    OtherIncident,
    Background,
    Update,
    Claim,
    NoClaim,
    Suspect,
    Accident,
    Statement,
    NoAttack,
}
