namespace IncidentExtractor.Core.Evaluation;

/// <summary>Why a scored field counted wrong.</summary>
public enum MismatchKind
{
    /// <summary>The prediction differs from the gold value.</summary>
    Wrong,

    /// <summary>No prediction has the gold record's source.</summary>
    MissingPrediction,

    /// <summary>The gold record repeats a source already labelled earlier in the file.</summary>
    DuplicateGold,

    /// <summary>Several predictions have this source, so none can be taken as the answer.</summary>
    DuplicatePrediction,
}
