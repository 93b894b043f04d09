namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// A schema field the scorer compares, how it compares it, and whether precision and recall are
/// reported for it (every field whose gold value may be empty).
/// </summary>
public sealed record ScoredField(string Name, FieldKind Kind, bool ReportsPrecisionAndRecall = true);
