using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Places;

/// <summary>Where the main incident happened, as far as the article and the gazetteer say.</summary>
public sealed record IncidentLocation(
    string? City,
    string? District,
    string? Province,
    string? Country,
    string? Detail,
    double? Latitude,
    double? Longitude,
    IReadOnlyDictionary<string, FieldEvidence> Evidence);
