namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// One scored field that counted wrong: the values as written (null for empty), and the sentence
/// the prediction's value came from when the prediction carries evidence.
/// </summary>
public sealed record FieldMismatch(
    string Source,
    string Field,
    string? Gold,
    string? Predicted,
    MismatchKind Kind,
    string? Evidence = null);
