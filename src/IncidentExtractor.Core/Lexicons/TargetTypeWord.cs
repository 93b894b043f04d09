namespace IncidentExtractor.Core.Lexicons;

/// <summary>A word that signals a GTD target type; higher priority wins inside one phrase.</summary>
public sealed record TargetTypeWord(string TargetType, int Priority);
