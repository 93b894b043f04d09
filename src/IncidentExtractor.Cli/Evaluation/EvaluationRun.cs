using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Cli.Evaluation;

/// <summary>
/// One evaluate run as the writers show it: the report, where gold and predictions came from,
/// how many articles had no gold record (not extracted), the gates, and whether to list mismatches.
/// </summary>
internal sealed record EvaluationRun(
    EvaluationReport Report,
    string Gold,
    string Predictions,
    int UnlabelledArticles,
    IReadOnlyList<ScoreGate> Gates,
    bool ListMismatches);
