using System.Globalization;
using System.Text.RegularExpressions;

namespace IncidentExtractor.Core.Stages.Dates;

/// <summary>
/// Reads absolute dates in the forms news uses: <c>2018-11-23</c>, <c>23/11/2018</c>,
/// <c>Nov. 23, 2018</c>, <c>November 17th, 2024</c>, <c>23 November</c>, <c>17 October 23</c>.
/// Returns null for text that is not a date; never throws.
/// </summary>
public static partial class DateExpressionParser
{
    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public const string MonthPattern =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    private static readonly Regex[] Forms = [IsoDate(), NumericDate(), MonthFirst(), DayFirst()];

    /// <summary>Month number (1-12) for a month name or abbreviation, or null.</summary>
    public static int? MonthNumber(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        Span<char> lower = stackalloc char[3];
        word[..3].ToLowerInvariant(lower);
        for (var i = 0; i < MonthPrefixes.Length; i++)
        {
            if (lower.SequenceEqual(MonthPrefixes[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Finds the first absolute date in <paramref name="text"/>.</summary>
    public static DateMatch? FindFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateMatch? best = null;
        foreach (var regex in Forms)
        {
            var m = regex.Match(text);
            while (m.Success)
            {
                var date = FromMatch(m);
                if (date is not null)
                {
                    if (best is null || m.Index < best.Value.Start)
                    {
                        best = new DateMatch(m.Index, m.Index + m.Length, m.Value, date.Value);
                    }

                    break;
                }

                m = m.NextMatch();
            }
        }

        return best;
    }

    private static CalendarDate? FromMatch(Match m)
    {
        var year = ParseYear(m.Groups["y"].Value);
        int? month = m.Groups["mn"].Success
            ? ParseInt(m.Groups["mn"].Value)
            : m.Groups["m"].Success ? MonthNumber(m.Groups["m"].Value) : null;
        var day = m.Groups["d"].Success ? ParseInt(m.Groups["d"].Value) : null;
        if (month is null or < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (m.Groups["y"].Success && year is null)
        {
            return null;
        }

        if (year is not null && day is not null &&
            !DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        return new CalendarDate(year, month, day);
    }

    private static int? ParseInt(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? ParseYear(string s)
    {
        if (s.Length == 0 || ParseInt(s) is not { } y)
        {
            return null;
        }

        // Two-digit years in page headers ("17 October 23") are this century's.
        if (s.Length == 2)
        {
            y += 2000;
        }

        return y is >= 1970 and <= 2100 ? y : null;
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mn>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<sep>[/.-])(?<mn>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<m>" + MonthPattern + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})(?:\b|(?=\d{1,2}:\d{2})))?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)(?<m>" + MonthPattern + @")(?![a-z])(?:(?:,?\s+|-)(?<y>(?:19|20)\d{2}\b|\d{2}(?=[ \t]*(?:\r?\n|$))))?", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DayFirst();
}

/// <summary>An absolute date found in text, with its offsets (end exclusive).</summary>
public readonly record struct DateMatch(int Start, int End, string Text, CalendarDate Date);
