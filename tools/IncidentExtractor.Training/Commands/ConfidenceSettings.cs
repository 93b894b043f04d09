namespace IncidentExtractor.Training.Commands;

/// <summary>What a <c>confidence</c> run was asked to do, checked.</summary>
internal sealed record ConfidenceSettings
{
    public required string GoldPath { get; init; }

    public required string ArticlesFolder { get; init; }

    public required string ModelsDirectory { get; init; }

    /// <summary>The L2 penalty on the feature weights (not on the bias); above 0.</summary>
    public required double L2 { get; init; }

    /// <summary>The latest date an undated weekday resolves to, as in <c>IncidentPipeline.Load</c>.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The features to fit, or null for every one the estimator computes.</summary>
    public IReadOnlyList<string>? Features { get; init; }

    /// <summary>A held-out gold file scored only in aggregate, or null.</summary>
    public string? CheckPath { get; init; }
}
