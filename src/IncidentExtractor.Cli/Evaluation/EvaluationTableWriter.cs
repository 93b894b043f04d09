using System.Globalization;
using IncidentExtractor.Core.Evaluation;
using Spectre.Console;

namespace IncidentExtractor.Cli.Evaluation;

/// <summary>
/// Writes the report for people: a table of the figures per field, then the records that could
/// not be paired and, on request, every mismatch. On a terminal it draws a rounded table (bold
/// only when colour is allowed); anywhere else it writes plain text
/// (a Markdown table, no escape codes, no trailing spaces).
/// </summary>
internal static class EvaluationTableWriter
{
    private const string None = "-";

    public static void Write(TextWriter output, EvaluationRun run, bool terminal, bool color)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        if (terminal)
        {
            Write(Console(output, color), run, terminal: true);
            return;
        }

        // Spectre pads the Markdown border's empty top and bottom lines with spaces; plain text
        // for files and pipes should not carry them.
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var console = Console(buffer, color: false);
        // Spectre assumes 80 columns off a terminal; a file has no width to respect.
        console.Profile.Width = 160;
        Write(console, run, terminal: false);
        var previousBlank = false;
        foreach (var line in buffer.ToString().ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0 || !previousBlank)
            {
                output.WriteLine(trimmed);
            }

            previousBlank = trimmed.Length == 0;
        }
    }

    private static IAnsiConsole Console(TextWriter output, bool color) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(output),
    });

    private static void Write(IAnsiConsole console, EvaluationRun run, bool terminal)
    {
        var report = run.Report;
        console.WriteLine(
            $"{report.Matched} of {report.GoldRecords} gold records matched a prediction " +
            $"(gold: {run.Gold}; predictions: {run.Predictions}, {report.PredictedRecords} records).");
        console.WriteLine();
        console.Write(Table(report, terminal));
        WriteSourceList(console, "No prediction (every scored field counts wrong)", report.Missing);
        WriteSourceList(console, "Predicted but not in the gold file (not scored)", report.Unknown);
        WriteSourceList(console, "Labelled more than once (each extra record counts wrong)", report.DuplicateGold);
        WriteSourceList(console, "Predicted more than once (counts wrong)", report.DuplicatePredictions);
        if (run.UnlabelledArticles > 0)
        {
            console.WriteLine();
            console.WriteLine($"{run.UnlabelledArticles} articles have no gold record and were not extracted.");
        }

        if (run.ListMismatches)
        {
            WriteMismatches(console, report.Mismatches);
        }
    }

    private static Table Table(EvaluationReport report, bool terminal)
    {
        var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.Markdown };
        table.AddColumn("field");
        foreach (var heading in new[] { "n", "correct", "accuracy", "precision", "recall" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var field in report.Fields)
        {
            table.AddRow(
                field.Field,
                field.Scored.ToString(CultureInfo.InvariantCulture),
                field.Correct.ToString(CultureInfo.InvariantCulture),
                Ratio(field.Accuracy),
                Ratio(field.Precision),
                Ratio(field.Recall));
        }

        var bold = new Style(decoration: Decoration.Bold);
        table.AddRow(
            new Text("macro", bold), new Text(""), new Text(""), new Text(Ratio(report.Macro), bold), new Text(""), new Text(""));
        return table;
    }

    private static void WriteSourceList(IAnsiConsole console, string heading, IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine($"{heading}: {sources.Count}");
        foreach (var source in sources)
        {
            console.WriteLine($"  {source}");
        }
    }

    private static void WriteMismatches(IAnsiConsole console, IReadOnlyList<FieldMismatch> mismatches)
    {
        console.WriteLine();
        console.WriteLine($"Mismatches: {mismatches.Count}");
        foreach (var mismatch in mismatches)
        {
            var why = mismatch.Kind switch
            {
                MismatchKind.MissingPrediction => " (no prediction)",
                MismatchKind.DuplicateGold => " (extra gold record)",
                MismatchKind.DuplicatePrediction => " (several predictions)",
                _ => "",
            };
            console.WriteLine(
                $"{mismatch.Source}\t{mismatch.Field}: gold {Value(mismatch.Gold)}, predicted {Value(mismatch.Predicted)}{why}");
            if (mismatch.Evidence is not null)
            {
                console.WriteLine($"\tevidence: {mismatch.Evidence.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static string Value(string? value) => value is null ? "(empty)" : $"\"{value}\"";

    private static string Ratio(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? None;
}
