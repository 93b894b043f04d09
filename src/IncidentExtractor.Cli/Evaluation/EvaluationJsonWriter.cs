using System.Text.Encodings.Web;
using System.Text.Json;
using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Cli.Evaluation;

/// <summary>
/// Writes the report for machines: one JSON object with per-field figures keyed by field name,
/// the macro average, record counts and sources, the gates, and (on request) the mismatches.
/// Ratios are 0..1 and null when there is nothing to divide by.
/// </summary>
internal static class EvaluationJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        var report = run.Report;
        var document = new Dictionary<string, object?>
        {
            ["gold"] = run.Gold,
            ["predictions"] = run.Predictions,
            ["fields"] = report.Fields.ToDictionary(f => f.Field, Field),
            ["macro"] = report.Macro,
            ["records"] = new Dictionary<string, int>
            {
                ["gold"] = report.GoldRecords,
                ["predicted"] = report.PredictedRecords,
                ["matched"] = report.Matched,
                ["missing"] = report.Missing.Count,
                ["unknown"] = report.Unknown.Count,
                ["duplicate_gold"] = report.DuplicateGold.Count,
                ["duplicate_predictions"] = report.DuplicatePredictions.Count,
                ["unlabelled_articles"] = run.UnlabelledArticles,
            },
            ["missing"] = report.Missing,
            ["unknown"] = report.Unknown,
            ["duplicate_gold"] = report.DuplicateGold,
            ["duplicate_predictions"] = report.DuplicatePredictions,
            ["gates"] = run.Gates.Select(g => new Dictionary<string, object?>
            {
                ["gate"] = g.Name,
                ["minimum"] = g.Minimum,
                ["value"] = g.Measure(report),
                ["passed"] = g.Check(report) is null,
            }).ToList(),
        };
        if (run.ListMismatches)
        {
            document["mismatches"] = report.Mismatches.Select(m => new Dictionary<string, object?>
            {
                ["source"] = m.Source,
                ["field"] = m.Field,
                ["gold"] = m.Gold,
                ["predicted"] = m.Predicted,
                ["kind"] = KindName(m.Kind),
                ["evidence"] = m.Evidence,
            }).ToList();
        }

        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }

    private static Dictionary<string, object?> Field(FieldScore score) => new()
    {
        ["n"] = score.Scored,
        ["correct"] = score.Correct,
        ["accuracy"] = score.Accuracy,
        ["precision"] = score.Precision,
        ["recall"] = score.Recall,
        ["gold_filled"] = score.GoldFilled,
        ["predicted_filled"] = score.PredictedFilled,
        ["correct_filled"] = score.CorrectFilled,
    };

    private static string KindName(MismatchKind kind) => kind switch
    {
        MismatchKind.MissingPrediction => "missing_prediction",
        MismatchKind.DuplicateGold => "duplicate_gold",
        MismatchKind.DuplicatePrediction => "duplicate_prediction",
        _ => "wrong",
    };
}
