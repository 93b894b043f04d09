using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Pipeline.Scoring;

/// <summary>
/// One possible value for a record field, with the features that describe how it was found
/// (position, cue words, role of its sentence) and where. Stages propose candidates; a
/// <see cref="ICandidateScorer"/> chooses among them.
/// </summary>
public sealed record Candidate<T>(T Value, FieldEvidence Evidence, IReadOnlyDictionary<string, double> Features);
