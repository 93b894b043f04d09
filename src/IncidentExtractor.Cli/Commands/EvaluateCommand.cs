using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IncidentExtractor.Cli.Evaluation;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Core.Evaluation;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Commands;

/// <summary>
/// <c>evaluate</c>: scores the extractor against labelled (gold) records, either by extracting the
/// labelled articles now or by reading predictions written earlier. Exit codes: 0 when every gate
/// passes, 1 when one fails, 2 for usage errors and unreadable files.
/// </summary>
internal static class EvaluateCommand
{
    private const int GateFailed = 1;
    private const int UsageError = 2;

    private static readonly Argument<string[]> InputsArgument = new("INPUT")
    {
        Description = "Article files or folders, or - for standard input (as for extract). Default: --articles, " +
            "else the folder articles/ next to the labels file, else the labels file's folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<string?> GoldOption = new("--gold")
    {
        Description = "The labelled records (JSON Lines, JSON array or CSV in the record schema), matched by source.",
        HelpName = "LABELS",
    };

    private static readonly Option<string?> ArticlesOption = new("--articles")
    {
        Description = "The folder of labelled articles, when no INPUT is given.",
        HelpName = "DIR",
    };

    private static readonly Option<string?> PredictionsOption = new("--predictions")
    {
        Description = "Score records written earlier (extract --format jsonl, csv or json, or another tool) instead of extracting.",
        HelpName = "FILE",
    };

    private static readonly Option<string?> ModelsOption = new("--models")
    {
        Description = "The models folder. Default: the one shipped with the program.",
        HelpName = "DIR",
    };

    private static readonly Option<string?> JobsOption = new("--jobs", "-j")
    {
        Description = "Articles extracted in parallel. Default: the number of processors.",
        HelpName = "N",
    };

    private static readonly Option<string?> IncludeOption = new("--include")
    {
        Description = "Which files to take from input folders. Default: *.txt.",
        HelpName = "GLOB",
    };

    private static readonly Option<string?> FormatOption = new("--format")
    {
        Description = "table (for people; the default) or json (for scripts).",
        HelpName = "table|json",
    };

    private static readonly Option<bool> ErrorsOption = new("--errors")
    {
        Description = "List every mismatch: source, field, gold, predicted and the evidence sentence.",
    };

    private static readonly Option<string?> MinMacroOption = new("--min-macro")
    {
        Description = "Fail (exit 1) when the macro average is below X (0..1).",
        HelpName = "X",
    };

    private static readonly Option<string[]> MinOption = new("--min")
    {
        Description = "Fail (exit 1) when a field's figure is below X (0..1); FIELD may be FIELD.precision or " +
            "FIELD.recall. Repeatable: --min killed=0.8 --min claimed_group.precision=0.9",
        HelpName = "FIELD=X",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create()
    {
        var command = new Command(
            "evaluate",
            "Score extracted records against labelled (gold) records.\n" +
            "Example: incident-extractor evaluate --gold samples/labels-tune.jsonl --min-macro 0.7")
        {
            InputsArgument,
            GoldOption,
            ArticlesOption,
            PredictionsOption,
            ModelsOption,
            JobsOption,
            IncludeOption,
            FormatOption,
            ErrorsOption,
            MinMacroOption,
            MinOption,
        };

        // Values are validated here rather than by the parser so that every usage error exits with 2.
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;
    }

    private static int Execute(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        int Fail(int code, string message)
        {
            error.WriteLine($"incident-extractor evaluate: {message}");
            return code;
        }

        var gold = parseResult.GetValue(GoldOption);
        if (string.IsNullOrWhiteSpace(gold))
        {
            return Fail(UsageError, "--gold LABELS is required: the labelled records to score against.");
        }

        var inputs = parseResult.GetValue(InputsArgument) ?? [];
        var predictionsFile = parseResult.GetValue(PredictionsOption);
        if (predictionsFile is not null && (inputs.Length > 0 || parseResult.GetValue(ArticlesOption) is not null))
        {
            return Fail(UsageError, "give either --predictions FILE or articles (INPUT, --articles), not both.");
        }

        var format = parseResult.GetValue(FormatOption) ?? "table";
        if (format is not ("table" or "json"))
        {
            return Fail(UsageError, $"--format {format}: expected table or json.");
        }

        var jobs = Environment.ProcessorCount;
        if (parseResult.GetValue(JobsOption) is { } jobsText
            && (!int.TryParse(jobsText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1))
        {
            return Fail(UsageError, $"--jobs {jobsText}: expected a whole number of 1 or more.");
        }

        if (!TryParseGates(parseResult, out var gates, out var gateError))
        {
            return Fail(UsageError, gateError);
        }

        if (!RecordFileReader.TryRead(gold, Console.In, out var goldRecords, out var goldError))
        {
            return Fail(UsageError, goldError);
        }

        IReadOnlyList<IncidentRecord> predictions;
        string predictionsFrom;
        int unlabelled;
        if (predictionsFile is not null)
        {
            if (!RecordFileReader.TryRead(predictionsFile, Console.In, out var read, out var readError))
            {
                return Fail(UsageError, readError);
            }

            (predictions, predictionsFrom, unlabelled) = (read, predictionsFile, 0);
        }
        else
        {
            if (inputs.Length == 0)
            {
                inputs = [DefaultArticles(gold, parseResult.GetValue(ArticlesOption))];
            }

            // An unknown option reaches here as an INPUT (the argument takes any token); so does a
            // mistyped path. Either would otherwise only show as missing predictions.
            if (inputs.FirstOrDefault(i => i != "-" && !File.Exists(i) && !Directory.Exists(i)) is { } absent)
            {
                return Fail(UsageError, $"{absent}: no such file or folder (nor a known option).");
            }

            IncidentPipeline pipeline;
            try
            {
                pipeline = IncidentPipeline.Load(parseResult.GetValue(ModelsOption) ?? IncidentPipeline.DefaultModelsDirectory);
            }
            catch (ModelLoadException e)
            {
                return Fail(UsageError, e.Message);
            }

            var options = new InputOptions { Include = parseResult.GetValue(IncludeOption) ?? "*.txt" };
            (predictions, unlabelled) = ExtractLabelled(inputs, options, goldRecords, pipeline, jobs, cancellationToken);
            predictionsFrom = string.Join(", ", inputs);
            foreach (var unreadable in predictions.Where(p => p.Status == RecordStatus.Error))
            {
                error.WriteLine($"incident-extractor evaluate: {unreadable.Source}: {unreadable.Error}");
            }
        }

        // Group names compare through the group lexicon, so "BLA" and "Baloch Liberation Army" agree,
        // and places through the gazetteer, so "Mirali" and "Mir Ali" do (the schema's canonical names).
        // Without readable models (scoring another tool's file with no models) they compare as text.
        var modelsDirectory = parseResult.GetValue(ModelsOption) ?? IncidentPipeline.DefaultModelsDirectory;
        Func<string, string?>? canonicalGroup = null;
        Func<string, string?>? canonicalPlace = null;
        try
        {
            canonicalGroup = IncidentLexicons.Load(Path.Combine(modelsDirectory, "lexicons")).CanonicalGroup;
        }
        catch (ModelLoadException e)
        {
            error.WriteLine($"incident-extractor evaluate: group names compared as text: {e.Message}");
        }

        try
        {
            canonicalPlace = Gazetteer.Load(Path.Combine(modelsDirectory, "gazetteer")).CanonicalName;
        }
        catch (ModelLoadException e)
        {
            error.WriteLine($"incident-extractor evaluate: place names compared as text: {e.Message}");
        }

        var report = new RecordScorer(new ScoringOptions { GroupCanonicalizer = canonicalGroup, PlaceCanonicalizer = canonicalPlace }).Score(goldRecords, predictions);
        var run = new EvaluationRun(report, gold, predictionsFrom, unlabelled, gates, parseResult.GetValue(ErrorsOption));
        if (format == "json")
        {
            EvaluationJsonWriter.Write(output, run);
        }
        else
        {
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var color = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            EvaluationTableWriter.Write(output, run, terminal, color);
        }

        var failures = gates.Select(g => g.Check(report)).OfType<string>().ToList();
        foreach (var failure in failures)
        {
            error.WriteLine($"gate failed: {failure}");
        }

        return failures.Count == 0 ? 0 : GateFailed;
    }

    private static bool TryParseGates(
        ParseResult parseResult, out List<ScoreGate> gates, [NotNullWhen(false)] out string? error)
    {
        gates = [];
        error = null;
        if (parseResult.GetValue(MinMacroOption) is { } macroText)
        {
            if (!ScoreGate.TryParseMinimum(macroText, out var minimum))
            {
                error = $"--min-macro {macroText}: expected a number from 0 to 1.";
                return false;
            }

            gates.Add(ScoreGate.Macro(minimum));
        }

        foreach (var text in parseResult.GetValue(MinOption) ?? [])
        {
            if (!ScoreGate.TryParse(text, out var gate, out error))
            {
                return false;
            }

            gates.Add(gate);
        }

        return true;
    }

    /// <summary>
    /// Extracts the articles that have a gold record and counts the others. Articles without gold
    /// cannot be scored; extracting them would only cost time (and, for a labelled split, would run
    /// the articles of the other split).
    /// </summary>
    private static (List<IncidentRecord> Predictions, int Unlabelled) ExtractLabelled(
        IReadOnlyList<string> inputs,
        InputOptions options,
        IReadOnlyList<IncidentRecord> gold,
        IncidentPipeline pipeline,
        int jobs,
        CancellationToken cancellationToken)
    {
        var labelled = gold.Select(r => RecordScorer.SourceKey(r.Source)).ToHashSet(StringComparer.Ordinal);
        var unlabelled = 0;
        var items = InputCatalog.Enumerate(inputs, options, Console.In).Where(item =>
        {
            var keep = labelled.Contains(RecordScorer.SourceKey(item.Source));
            if (!keep)
            {
                // The runner may pull items from a worker thread.
                Interlocked.Increment(ref unlabelled);
            }

            return keep;
        });
        var predictions = ExtractionRunner.Run(items, pipeline, jobs, cancellationToken).ToList();
        return (predictions, unlabelled);
    }

    private static string DefaultArticles(string gold, string? articles)
    {
        if (articles is not null)
        {
            return articles;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(gold)) ?? ".";
        var beside = Path.Combine(folder, "articles");
        return Directory.Exists(beside) ? beside : folder;
    }
}
