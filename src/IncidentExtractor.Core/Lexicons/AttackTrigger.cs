namespace IncidentExtractor.Core.Lexicons;

/// <summary>A word that tells how an attack was made, with GTD attack and weapon types.</summary>
public sealed record AttackTrigger(string AttackType, string? WeaponType, double Weight);
