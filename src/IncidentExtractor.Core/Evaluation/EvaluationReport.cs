namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// The outcome of scoring predictions against a labelled set. <see cref="Macro"/> is the mean
/// accuracy over the fields scored at least once (null when none was). Sources are listed in
/// the order first seen; a source appears in a list once however often it repeats.
/// </summary>
public sealed record EvaluationReport
{
    public required IReadOnlyList<FieldScore> Fields { get; init; }
    public required double? Macro { get; init; }

    /// <summary>Records in the labelled set, duplicates included.</summary>
    public required int GoldRecords { get; init; }

    /// <summary>Predictions given, duplicates and unknown sources included.</summary>
    public required int PredictedRecords { get; init; }

    /// <summary>Gold sources with exactly one prediction.</summary>
    public required int Matched { get; init; }

    /// <summary>Gold sources with no prediction; every scored field of theirs counts wrong.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>Prediction sources absent from the labelled set; reported, not scored.</summary>
    public required IReadOnlyList<string> Unknown { get; init; }

    /// <summary>Sources labelled more than once; each extra gold record counts wrong in every scored field.</summary>
    public required IReadOnlyList<string> DuplicateGold { get; init; }

    /// <summary>Sources predicted more than once; their gold records count wrong in every scored field.</summary>
    public required IReadOnlyList<string> DuplicatePredictions { get; init; }

    /// <summary>Every scored field that counted wrong, in gold order then field order.</summary>
    public required IReadOnlyList<FieldMismatch> Mismatches { get; init; }

    /// <summary>The figures for the field with this schema name, or null when it is not scored.</summary>
    public FieldScore? Field(string name) => Fields.FirstOrDefault(f => f.Field == name);
}
