using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtractor.Core.Evaluation;

/// <summary>Normalises ISO dates, full or partial, so that equal days compare equal as text.</summary>
internal static partial class DateText
{
    /// <summary>
    /// <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c> with zero padding; a time part is dropped.
    /// Text that is not an ISO date falls back to <see cref="TextNormalizer.Normalize"/>.
    /// </summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var match = IsoDate().Match(value.Trim());
        if (!match.Success)
        {
            return TextNormalizer.Normalize(value);
        }

        var year = match.Groups["year"].Value;
        if (!match.Groups["month"].Success)
        {
            return year;
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["day"].Success)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}");
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:[-/.](?<month>\d{1,2})(?:[-/.](?<day>\d{1,2}))?)?(?:[T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
