using System.Globalization;

namespace IncidentExtractor.Core.Evaluation;

/// <summary>Compares one gold value with one predicted value by the rules of the field's kind.</summary>
internal sealed class FieldComparer
{
    /// <summary>Latitudes and longitudes closer than this many degrees (about 5 km) are equal.</summary>
    public const double CoordinateTolerance = 0.05;

    private readonly Func<string, string?>? _groupCanonicalizer;
    private readonly Func<string, string?>? _placeCanonicalizer;

    public FieldComparer(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _groupCanonicalizer = options.GroupCanonicalizer;
        _placeCanonicalizer = options.PlaceCanonicalizer;
    }

    public FieldOutcome Compare(ScoredField field, string? gold, string? predicted)
    {
        ArgumentNullException.ThrowIfNull(field);
        var goldFilled = IsFilled(field.Kind, gold);
        var predictedFilled = IsFilled(field.Kind, predicted);

        // An empty gold value means "unknown" except where the schema makes silence an answer:
        // a count of nobody, or no group named.
        var scored = !string.IsNullOrWhiteSpace(gold) || field.Kind is FieldKind.Count or FieldKind.Group;
        if (!scored)
        {
            return FieldOutcome.NotScored;
        }

        return new FieldOutcome(true, Equal(field.Kind, gold, predicted), goldFilled, predictedFilled);
    }

    private bool Equal(FieldKind kind, string? gold, string? predicted) => kind switch
    {
        FieldKind.Text => TextNormalizer.Normalize(gold) == TextNormalizer.Normalize(predicted),
        FieldKind.Date => DateText.Normalize(gold) == DateText.Normalize(predicted),
        FieldKind.Count => CountOrZero(gold) is { } g && CountOrZero(predicted) is { } p
            ? g == p
            : TextNormalizer.Normalize(gold) == TextNormalizer.Normalize(predicted),
        FieldKind.WholeNumber => ParseInteger(gold) is { } g && ParseInteger(predicted) is { } p
            ? g == p
            : TextNormalizer.Normalize(gold) == TextNormalizer.Normalize(predicted),
        FieldKind.Coordinate => ParseNumber(gold) is { } g && ParseNumber(predicted) is { } p
            && Math.Abs(g - p) <= CoordinateTolerance + 1e-9,
        FieldKind.Phrase => PhraseHead.Match(gold, predicted),
        FieldKind.Group => GroupName(gold) == GroupName(predicted),
        FieldKind.Place => PlaceName(gold) == PlaceName(predicted),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown field kind"),
    };

    private static bool IsFilled(FieldKind kind, string? value) =>
        kind == FieldKind.Count ? CountOrZero(value) is not 0 : !string.IsNullOrWhiteSpace(value);

    private string GroupName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var canonical = _groupCanonicalizer?.Invoke(value.Trim());
        return TextNormalizer.Normalize(string.IsNullOrWhiteSpace(canonical) ? value : canonical);
    }

    private string PlaceName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var canonical = _placeCanonicalizer?.Invoke(value.Trim());
        return TextNormalizer.Normalize(string.IsNullOrWhiteSpace(canonical) ? value : canonical);
    }

    // The schema writes 0 only when the article says nobody, and scores empty and 0 alike.
    private static long? CountOrZero(string? value) =>
        string.IsNullOrWhiteSpace(value) ? 0 : ParseInteger(value);

    private static long? ParseInteger(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        // Some tools write counts as 4.0.
        return ParseNumber(value) is { } number && number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? (long)number
            : null;
    }

    private static double? ParseNumber(string? value) =>
        double.TryParse(value?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
            ? number
            : null;
}
