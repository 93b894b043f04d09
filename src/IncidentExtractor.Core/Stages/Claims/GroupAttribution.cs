using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Claims;

/// <summary>The groups tied to the main incident: one that claimed it, or else one officials blame.</summary>
public sealed record GroupAttribution(string? ClaimedGroup, FieldEvidence? ClaimEvidence, string? SuspectedGroup, FieldEvidence? SuspectEvidence);
