using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// Scores predicted records against gold records by the rules of the schema's Scoring section.
/// Records are matched by <c>source</c> (compared exactly, with <c>\</c> read as <c>/</c>). Pure:
/// no files, no console; safe to share between threads.
/// </summary>
public sealed class RecordScorer
{
    private readonly FieldComparer _comparer;

    public RecordScorer(ScoringOptions? options = null)
    {
        _comparer = new FieldComparer(options ?? new ScoringOptions());
    }

    public EvaluationReport Score(IReadOnlyList<IncidentRecord> gold, IReadOnlyList<IncidentRecord> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);

        var predictionsBySource = new Dictionary<string, List<IncidentRecord>>(StringComparer.Ordinal);
        var predictionOrder = new List<string>();
        foreach (var prediction in predictions)
        {
            var key = SourceKey(prediction.Source);
            if (!predictionsBySource.TryGetValue(key, out var list))
            {
                predictionsBySource[key] = list = [];
                predictionOrder.Add(key);
            }

            list.Add(prediction);
        }

        var tallies = ScoredFields.All.Select(f => new FieldTally(f)).ToList();
        var mismatches = new List<FieldMismatch>();
        var goldSeen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var duplicateGold = new List<string>();
        var matched = 0;

        foreach (var record in gold)
        {
            var key = SourceKey(record.Source);
            predictionsBySource.TryGetValue(key, out var candidates);
            MismatchKind? forcedWrong;
            if (!goldSeen.Add(key))
            {
                forcedWrong = MismatchKind.DuplicateGold;
                if (!duplicateGold.Contains(key))
                {
                    duplicateGold.Add(key);
                }
            }
            else if (candidates is null)
            {
                forcedWrong = MismatchKind.MissingPrediction;
                missing.Add(key);
            }
            else if (candidates.Count > 1)
            {
                forcedWrong = MismatchKind.DuplicatePrediction;
            }
            else
            {
                forcedWrong = null;
                matched++;
            }

            var prediction = forcedWrong is null ? candidates![0] : null;
            foreach (var tally in tallies)
            {
                var name = tally.Field.Name;
                var goldValue = RecordFields.Get(record, name);
                var predictedValue = prediction is null ? null : RecordFields.Get(prediction, name);
                var outcome = _comparer.Compare(tally.Field, goldValue, predictedValue);
                if (!outcome.Scored)
                {
                    continue;
                }

                if (forcedWrong is not null)
                {
                    // Never silently dropped: a record that cannot be paired counts wrong everywhere.
                    outcome = outcome with { Correct = false, PredictedFilled = false };
                }

                tally.Add(outcome);
                if (!outcome.Correct)
                {
                    mismatches.Add(new FieldMismatch(
                        record.Source, name, goldValue, predictedValue, forcedWrong ?? MismatchKind.Wrong, Evidence(prediction, name)));
                }
            }
        }

        var fields = tallies.Select(t => t.ToScore()).ToList();
        var accuracies = fields.Where(f => f.Accuracy is not null).Select(f => f.Accuracy!.Value).ToList();
        return new EvaluationReport
        {
            Fields = fields,
            Macro = accuracies.Count == 0 ? null : accuracies.Average(),
            GoldRecords = gold.Count,
            PredictedRecords = predictions.Count,
            Matched = matched,
            Missing = missing,
            Unknown = predictionOrder.Where(s => !goldSeen.Contains(s)).ToList(),
            DuplicateGold = duplicateGold,
            DuplicatePredictions = predictionOrder.Where(s => predictionsBySource[s].Count > 1).ToList(),
            Mismatches = mismatches,
        };
    }

    /// <summary>The form in which sources are matched: trimmed, with <c>\</c> read as <c>/</c>.</summary>
    public static string SourceKey(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Trim().Replace('\\', '/');
    }

    private static string? Evidence(IncidentRecord? prediction, string field) =>
        prediction is not null && prediction.Evidence.TryGetValue(field, out var evidence) && !string.IsNullOrWhiteSpace(evidence.Sentence)
            ? evidence.Sentence
            : null;
}
