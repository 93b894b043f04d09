using System.CommandLine;
using System.Globalization;
using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Cli.Outputs;
using IncidentExtractor.Cli.Terminal;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Cli.Commands;

/// <summary>
/// <c>extract</c>: reads articles and writes one record per article. The options are read as text
/// and checked here, so every usage mistake gets a message that says what to write instead and
/// exit code 2.
/// </summary>
internal static class ExtractCommand
{
    public const int UsageError = 2;

    private const string Description =
        "Extract one incident record per article, from text files, folders of them, web pages or a JSON Lines batch.\n\n" +
        "Examples:\n" +
        "  incident-extractor extract samples/articles -o incidents.csv\n" +
        "  incident-extractor extract batch.jsonl --input-format jsonl -o incidents.jsonl\n" +
        "  curl -s https://example.org/story.html | incident-extractor extract - --format json";

    public static Command Create() => Create(standardInput: null);

    /// <param name="standardInput">Replaces the process's standard input (for tests).</param>
    public static Command Create(Func<TextReader>? standardInput)
    {
        var symbols = new Symbols();
        var command = new Command("extract", Description)
        {
            symbols.Inputs, symbols.Include, symbols.InputFormat, symbols.Format, symbols.Output, symbols.Published,
            symbols.Models, symbols.Jobs, symbols.MaxBytes, symbols.RawCsv, symbols.Quiet, symbols.Verbose,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var console = CommandConsole.FromInvocation(parseResult.InvocationConfiguration, standardInput);
            var (settings, problem) = Bind(parseResult, symbols);
            if (settings is null)
            {
                console.Error.WriteLine($"{RunReporter.Program}: {problem}");
                console.Error.WriteLine($"Run '{RunReporter.Program} extract --help' for usage.");
                return Task.FromResult(UsageError);
            }

            // Off the invoking thread, so the Ctrl+C handling of System.CommandLine stays responsive.
            return Task.Run(() => new ExtractJob(settings, console).Run(cancellationToken), CancellationToken.None);
        });
        return command;
    }

    /// <summary>The settings, or a one-line description of what is wrong with the command line.</summary>
    private static (ExtractSettings? Settings, string? Problem) Bind(ParseResult parseResult, Symbols symbols)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var inputs = parseResult.GetValue(symbols.Inputs) ?? [];
        if (inputs.Length == 0)
        {
            return Fail("no INPUT given: name article files, folders, or - for standard input (e.g. 'extract samples/articles -o incidents.csv')");
        }

        if (inputs.FirstOrDefault(i => i.Length > 1 && i[0] == '-') is { } unknown)
        {
            return Fail($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown})");
        }

        var inputFormat = InputFormat.Text;
        if (parseResult.GetValue(symbols.InputFormat) is { } inputFormatText)
        {
            switch (inputFormatText.ToLowerInvariant())
            {
                case "text":
                    break;
                case "jsonl":
                    inputFormat = InputFormat.Jsonl;
                    break;
                default:
                    return Fail($"--input-format must be text or jsonl, not '{inputFormatText}'");
            }
        }

        var output = parseResult.GetValue(symbols.Output);
        if (output is "-" || string.IsNullOrEmpty(output))
        {
            output = null;
        }

        var format = OutputFormats.FromPath(output);
        if (parseResult.GetValue(symbols.Format) is { } formatText)
        {
            if (OutputFormats.Parse(formatText) is not { } parsed)
            {
                return Fail($"--format must be csv, json or jsonl, not '{formatText}'");
            }

            format = parsed;
        }

        DateOnly? published = null;
        if (parseResult.GetValue(symbols.Published) is { } publishedText)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail($"--published must be a date written yyyy-MM-dd (e.g. 2018-11-23), not '{publishedText}'");
            }

            published = date;
        }

        var jobs = Environment.ProcessorCount;
        if (parseResult.GetValue(symbols.Jobs) is { } jobsText &&
            (!int.TryParse(jobsText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1 || jobs > 1024))
        {
            return Fail($"--jobs must be a whole number from 1 to 1024, not '{jobsText}'");
        }

        var maxBytes = new InputOptions().MaxBytes;
        if (parseResult.GetValue(symbols.MaxBytes) is { } maxBytesText &&
            (!long.TryParse(maxBytesText.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out maxBytes) || maxBytes < 1))
        {
            return Fail($"--max-bytes must be a whole number of at least 1, not '{maxBytesText}'");
        }

        var includes = parseResult.GetValue(symbols.Include) ?? [];
        if (includes.Any(string.IsNullOrWhiteSpace))
        {
            return Fail("--include needs a glob such as *.txt or news/**/*.html");
        }

        var inputOptions = new InputOptions { Format = inputFormat, MaxBytes = maxBytes, Published = published };
        if (includes.Length > 0)
        {
            inputOptions = inputOptions with { Includes = includes };
        }

        return (new ExtractSettings
        {
            Inputs = inputs,
            InputOptions = inputOptions,
            OutputPath = output,
            OutputFormat = format,
            ModelsDirectory = parseResult.GetValue(symbols.Models) ?? IncidentPipeline.DefaultModelsDirectory,
            Jobs = jobs,
            NeutraliseFormulas = !parseResult.GetValue(symbols.RawCsv),
            Quiet = parseResult.GetValue(symbols.Quiet),
            Verbose = parseResult.GetValue(symbols.Verbose),
        }, null);

        static (ExtractSettings?, string?) Fail(string problem) => (null, problem);
    }

    /// <summary>The command's arguments and options; new ones for each command, since symbols keep their parents.</summary>
    private sealed class Symbols
    {
        public readonly Argument<string[]> Inputs = new("INPUT")
        {
            Description = "Article files, folders (searched recursively) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public readonly Option<string[]> Include = new("--include")
        {
            Description = "Glob of the files to take from folders (repeatable); without '/' it matches file names at any depth. Default: *.txt (*.jsonl with --input-format jsonl).",
            HelpName = "GLOB",
        };

        public readonly Option<string> InputFormat = new("--input-format")
        {
            Description = "text: one article per file; jsonl: one {\"id\", \"text\", \"published\"?, \"title\"?} object per line.",
            HelpName = "text|jsonl",
        };

        public readonly Option<string> Format = new("--format")
        {
            Description = "Output format. Default: from the --output extension, else csv.",
            HelpName = "csv|json|jsonl",
        };

        public readonly Option<string> Output = new("--output", "-o")
        {
            Description = "Output file, replaced only when the run completes. Default: standard output (also -).",
            HelpName = "FILE",
        };

        public readonly Option<string> Published = new("--published")
        {
            Description = "Publication date (yyyy-MM-dd) for articles that state none; relative dates are resolved against it.",
            HelpName = "DATE",
        };

        public readonly Option<string> Models = new("--models")
        {
            Description = "Folder of gazetteers and lexicons. Default: the models folder installed with the program.",
            HelpName = "DIR",
        };

        public readonly Option<string> Jobs = new("--jobs", "-j")
        {
            Description = "Articles processed at once. Output order and content do not depend on it. Default: the number of processors.",
            HelpName = "N",
        };

        public readonly Option<string> MaxBytes = new("--max-bytes")
        {
            Description = "Largest input file accepted (characters for a JSON Lines row or standard input); larger ones get an error record. Default: 5000000.",
            HelpName = "N",
        };

        public readonly Option<bool> RawCsv = new("--raw-csv")
        {
            Description = "Write CSV cells as they are, without the quote that stops spreadsheets reading cells starting with = + - @ as formulas.",
        };

        public readonly Option<bool> Quiet = new("--quiet", "-q")
        {
            Description = "No progress and no per-input error lines; the closing count of failed inputs and fatal errors remain.",
        };

        public readonly Option<bool> Verbose = new("--verbose", "-v")
        {
            Description = "Add stack traces to internal errors.",
        };
    }

}
