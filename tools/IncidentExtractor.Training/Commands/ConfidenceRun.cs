using System.Globalization;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Training.Confidence;
using IncidentExtractor.Training.Fitting;

namespace IncidentExtractor.Training.Commands;

/// <summary>
/// One <c>confidence</c> run: extract the gold file's articles, label each record right or wrong,
/// fit, and print the weights with their figures. Exit codes: 0 done, 1 when the records are all
/// of one class (nothing to fit), 2 for unreadable files.
/// </summary>
internal sealed class ConfidenceRun(ConfidenceSettings settings, TextWriter output, TextWriter error)
{
    public const int NothingToFit = 1;

    /// <summary>The weights file's precision; every figure for the new weights is for the rounded ones.</summary>
    private const int Decimals = 2;

    public int Execute(CancellationToken cancellationToken)
    {
        IncidentPipeline pipeline;
        CurrentWeights current;
        try
        {
            pipeline = IncidentPipeline.Load(settings.ModelsDirectory, settings.Today);
            current = CurrentWeights.Load(settings.ModelsDirectory);
        }
        catch (ModelLoadException e)
        {
            return Fail(ConfidenceCommand.UsageError, e.Message);
        }

        if (!RecordFileReader.TryRead(settings.GoldPath, TextReader.Null, out var gold, out var goldError))
        {
            return Fail(ConfidenceCommand.UsageError, goldError);
        }

        // Read before the long part, so a bad check file fails at once; its records are used only
        // after the weights are fixed.
        IReadOnlyList<IncidentRecord>? checkGold = null;
        if (settings.CheckPath is { } checkPath && !RecordFileReader.TryRead(checkPath, TextReader.Null, out checkGold, out var checkError))
        {
            return Fail(ConfidenceCommand.UsageError, checkError);
        }

        // Group names compare through the group lexicon, as in evaluate: "BLA" is the Baloch Liberation Army.
        var places = Gazetteer.Load(Path.Combine(settings.ModelsDirectory, "gazetteer"));
        var judge = new RecordJudge(new RecordScorer(new ScoringOptions { GroupCanonicalizer = pipeline.Lexicons.CanonicalGroup, PlaceCanonicalizer = places.CanonicalName }));
        var builder = new ExampleBuilder(pipeline, judge);
        var training = builder.Build(gold, settings.ArticlesFolder, cancellationToken);
        WriteCounts(training);
        if (training.Right == 0 || training.Wrong == 0)
        {
            return Fail(NothingToFit, $"{settings.GoldPath}: {training.Right} right and {training.Wrong} wrong records; " +
                "a fit needs some of each (more labelled articles, or another --articles folder).");
        }

        var layout = FeatureLayout.Of(training.Examples, settings.Features);
        if (settings.Features?.FirstOrDefault(f => !layout.Names.Contains(f, StringComparer.Ordinal) && f != FeatureLayout.Bias) is { } unknown)
        {
            return Fail(ConfidenceCommand.UsageError, $"--features: '{unknown}' is not a confidence feature; they are: " +
                string.Join(", ", FeatureLayout.Of(training.Examples).Names) + ".");
        }
        var examples = training.Examples.Select(layout.Example).ToList();
        var model = LogisticRegression.Fit(examples, settings.L2).Rounded(Decimals);
        var leaveOneOut = LogisticRegression.LeaveOneOutScores(examples, settings.L2, Decimals);

        output.WriteLine();
        output.WriteLine($"Weights (L2 {Number(settings.L2)}), to replace the confidence rows of {current.Path}:");
        foreach (var row in WeightRows.Format(layout, model, current.SharedFeatures))
        {
            output.WriteLine(row);
        }

        if (layout.Unvaried(training.Examples) is { Count: > 0 } unvaried)
        {
            // Their weights come out 0 because the records hold no evidence about them, not because
            // they do not matter: worth knowing before pasting over a hand-set weight.
            output.WriteLine($"Same value on every record, so not learnt (weight 0): {string.Join(", ", unvaried)}");
        }

        output.WriteLine();
        output.WriteLine("AUC, the chance that a right record scores above a wrong one (0.5 is chance):");
        WriteAuc("new weights, training", examples.Select(e => model.Score(e.Features)).ToList(), training.Labels);
        WriteAuc("new weights, leave-one-out", leaveOneOut, training.Labels);
        WriteAuc("current weights", training.Examples.Select(e => current.Score(e.Features)).ToList(), training.Labels);

        if (checkGold is not null)
        {
            WriteCheck(builder.Build(checkGold, settings.ArticlesFolder, cancellationToken), layout, model, current);
        }

        return 0;
    }

    /// <summary>
    /// The held-out figures. Aggregates only: a record-level line would let the held-out articles
    /// steer the next round of tuning, and then their figures would no longer say anything.
    /// </summary>
    private void WriteCheck(LabelledRecords check, FeatureLayout layout, LogisticModel model, CurrentWeights current)
    {
        output.WriteLine();
        output.WriteLine($"Check on {settings.CheckPath}: {check.Examples.Count} records ({check.Right} right, {check.Wrong} wrong), " +
            $"{Skipped(check)} skipped");
        WriteAuc("new weights", check.Examples.Select(e => model.Score(layout.Values(e.Features))).ToList(), check.Labels);
        WriteAuc("current weights", check.Examples.Select(e => current.Score(e.Features)).ToList(), check.Labels);
    }

    private void WriteCounts(LabelledRecords records)
    {
        output.WriteLine($"Gold {settings.GoldPath}, articles {settings.ArticlesFolder}, models {settings.ModelsDirectory}, today {settings.Today:yyyy-MM-dd}");
        output.WriteLine($"Records: {records.Examples.Count} ({records.Right} right, {records.Wrong} wrong); " +
            $"right = {string.Join(", ", RecordJudge.Fields)} all agree with the gold");
        output.WriteLine($"Skipped: {records.GoldNotOk} not incidents in the gold, {records.ExtractedNotOk} not incidents as extracted, " +
            $"{records.WithoutArticle} without an article, {records.UnreadableArticle} unreadable");
    }

    private void WriteAuc(string label, IReadOnlyList<double> scores, IReadOnlyList<bool> right)
    {
        var auc = RankingAuc.Compute(scores, right);
        var figure = auc is { } value ? value.ToString("0.000", CultureInfo.InvariantCulture) : "none (needs right and wrong records)";
        output.WriteLine($"  {label,-28} {figure}");
    }

    private static int Skipped(LabelledRecords records) =>
        records.GoldNotOk + records.ExtractedNotOk + records.WithoutArticle + records.UnreadableArticle;

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private int Fail(int code, string message)
    {
        error.WriteLine($"{ConfidenceCommand.Name}: {message}");
        return code;
    }
}
