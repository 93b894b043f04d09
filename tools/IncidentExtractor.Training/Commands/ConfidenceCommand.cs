using System.CommandLine;
using System.Globalization;

namespace IncidentExtractor.Training.Commands;

/// <summary>
/// <c>confidence</c>: fits the weights of the record-level confidence from a gold file and prints
/// them as rows for the weights file, with their ranking quality beside that of the current ones.
/// Options are read as text and checked here, so every usage mistake exits 2 with a message.
/// </summary>
internal static class ConfidenceCommand
{
    public const string Name = "incident-training confidence";
    public const int UsageError = 2;

    /// <summary>
    /// A fixed date rather than the clock, so that a run gives the same weights whatever day it is
    /// run on; the tests extract with the same date.
    /// </summary>
    public static readonly DateOnly DefaultToday = new(2026, 11, 21);

    public const double DefaultL2 = 1.0;

    private const string Description =
        "Fit the confidence weights (field confidence of weights/candidates.tsv) on labelled records.\n" +
        "Example: incident-training confidence --gold samples/labels-tune.jsonl --articles samples/articles";

    public static Command Create()
    {
        var symbols = new Symbols();
        var command = new Command("confidence", Description)
        {
            symbols.Gold, symbols.Articles, symbols.Models, symbols.L2, symbols.Today, symbols.Check, symbols.Features,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var (settings, problem) = Bind(parseResult, symbols);
            if (settings is null)
            {
                error.WriteLine($"{Name}: {problem}");
                error.WriteLine("Run 'incident-training confidence --help' for usage.");
                return Task.FromResult(UsageError);
            }

            return Task.FromResult(new ConfidenceRun(settings, output, error).Execute(cancellationToken));
        });
        return command;
    }

    /// <summary>The settings, or a one-line description of what is wrong with the command line.</summary>
    private static (ConfidenceSettings? Settings, string? Problem) Bind(ParseResult parseResult, Symbols symbols)
    {
        var gold = parseResult.GetValue(symbols.Gold);
        if (string.IsNullOrWhiteSpace(gold))
        {
            return Fail("--gold LABELS is required: the labelled records to fit on.");
        }

        if (!File.Exists(gold))
        {
            return Fail($"--gold {gold}: no such file.");
        }

        var articles = parseResult.GetValue(symbols.Articles);
        if (string.IsNullOrWhiteSpace(articles))
        {
            return Fail("--articles DIR is required: the folder of the labelled articles.");
        }

        if (!Directory.Exists(articles))
        {
            return Fail($"--articles {articles}: no such folder.");
        }

        var models = parseResult.GetValue(symbols.Models) ?? "models";
        if (!Directory.Exists(models))
        {
            return Fail($"--models {models}: no such folder (run from the repository root, or give --models DIR).");
        }

        var l2 = DefaultL2;
        if (parseResult.GetValue(symbols.L2) is { } l2Text &&
            (!double.TryParse(l2Text, NumberStyles.Float, CultureInfo.InvariantCulture, out l2) || !double.IsFinite(l2) || l2 <= 0))
        {
            return Fail($"--l2 must be a number above 0 (e.g. 1.0), not '{l2Text}'.");
        }

        var today = DefaultToday;
        if (parseResult.GetValue(symbols.Today) is { } todayText &&
            !DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            return Fail($"--today must be a date written yyyy-MM-dd (e.g. 2026-11-21), not '{todayText}'.");
        }

        var check = parseResult.GetValue(symbols.Check);
        if (check is not null && !File.Exists(check))
        {
            return Fail($"--check {check}: no such file.");
        }

        var features = parseResult.GetValue(symbols.Features) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;
        if (features is { Length: 0 })
        {
            return Fail("--features needs at least one feature name (e.g. count_alternatives,has_other_incident).");
        }

        return (new ConfidenceSettings
        {
            Features = features,
            GoldPath = gold,
            ArticlesFolder = articles,
            ModelsDirectory = models,
            L2 = l2,
            Today = today,
            CheckPath = check,
        }, null);

        static (ConfidenceSettings?, string?) Fail(string problem) => (null, problem);
    }

    /// <summary>The command's options; new ones for each command, since symbols keep their parents.</summary>
    private sealed class Symbols
    {
        public readonly Option<string> Gold = new("--gold")
        {
            Description = "The labelled records to fit on (JSON Lines, JSON array or CSV in the record schema).",
            HelpName = "LABELS",
        };

        public readonly Option<string> Articles = new("--articles")
        {
            Description = "The folder of the labelled articles; a record's source is its file name there.",
            HelpName = "DIR",
        };

        public readonly Option<string> Models = new("--models")
        {
            Description = "The models folder whose pipeline extracts and whose weights are compared. Default: models.",
            HelpName = "DIR",
        };

        public readonly Option<string> L2 = new("--l2")
        {
            Description = "The L2 penalty on the feature weights (the bias is not penalised). Default: 1.0.",
            HelpName = "X",
        };

        public readonly Option<string> Today = new("--today")
        {
            Description = "The latest date an undated weekday may resolve to. Default: 2026-11-21, so runs repeat.",
            HelpName = "yyyy-MM-dd",
        };

        public readonly Option<string> Features = new("--features")
        {
            Description = "Fit only these features, comma-separated (the others get weight 0). Default: every feature " +
                "the estimator computes. Fewer weights carry over better to articles not fitted on.",
            HelpName = "A,B,...",
        };

        public readonly Option<string> Check = new("--check")
        {
            Description = "A held-out gold file: print the AUC of the new and current weights on it, in aggregate only.",
            HelpName = "LABELS",
        };
    }
}
