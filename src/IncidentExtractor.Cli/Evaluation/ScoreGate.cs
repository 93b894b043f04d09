using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Cli.Evaluation;

/// <summary>
/// A minimum a figure of the report must reach: the macro average, or one field's accuracy,
/// precision or recall. A figure the report cannot give (a field never scored) fails the gate,
/// so that a CI run cannot pass by measuring nothing.
/// </summary>
internal sealed record ScoreGate(string Field, string Metric, double Minimum)
{
    public const string MacroField = "macro";
    private static readonly string[] Metrics = ["accuracy", "precision", "recall"];

    /// <summary>How the user writes it: <c>macro</c>, <c>killed</c>, <c>claimed_group.precision</c>.</summary>
    public string Name => Field == MacroField || Metric == "accuracy" ? Field : $"{Field}.{Metric}";

    public static ScoreGate Macro(double minimum) => new(MacroField, "accuracy", minimum);

    /// <summary>Parses <c>FIELD=X</c> or <c>FIELD.METRIC=X</c> with X between 0 and 1.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ScoreGate? gate, [NotNullWhen(false)] out string? error)
    {
        gate = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            error = $"--min {text}: expected FIELD=X, e.g. --min killed=0.8 or --min claimed_group.precision=0.9";
            return false;
        }

        var name = text[..equals].Trim();
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var field = dot < 0 ? name : name[..dot];
        var metric = dot < 0 ? "accuracy" : name[(dot + 1)..];
        if (ScoredFields.Find(field) is null && field != MacroField)
        {
            error = $"--min {text}: '{field}' is not a scored field; scored fields are {string.Join(", ", ScoredFields.All.Select(f => f.Name))}";
            return false;
        }

        if (!Metrics.Contains(metric) || (field == MacroField && metric != "accuracy"))
        {
            error = $"--min {text}: '{metric}' is not a figure; use FIELD, FIELD.precision or FIELD.recall";
            return false;
        }

        if (!TryParseMinimum(text[(equals + 1)..], out var minimum))
        {
            error = $"--min {text}: the minimum must be a number from 0 to 1";
            return false;
        }

        gate = new ScoreGate(field, metric, minimum);
        error = null;
        return true;
    }

    public static bool TryParseMinimum(string text, out double minimum) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out minimum)
        && minimum is >= 0 and <= 1;

    /// <summary>The figure this gate checks, or null when the report has none.</summary>
    public double? Measure(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Field == MacroField)
        {
            return report.Macro;
        }

        var score = report.Field(Field);
        return Metric switch
        {
            "precision" => score?.Precision,
            "recall" => score?.Recall,
            _ => score?.Accuracy,
        };
    }

    /// <summary>Null when the gate passes; otherwise why it failed.</summary>
    public string? Check(EvaluationReport report)
    {
        var value = Measure(report);
        return value switch
        {
            null => $"{Name}: undefined (nothing to compute it from), required {Format(Minimum)}",
            _ when value.Value + 1e-12 < Minimum => $"{Name}: {Format(value.Value)} is below the required {Format(Minimum)}",
            _ => null,
        };
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
