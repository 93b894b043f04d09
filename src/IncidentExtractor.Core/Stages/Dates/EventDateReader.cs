using System.Text.RegularExpressions;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Dates;

/// <summary>
/// Finds when the main incident happened: the first date phrase of the main incident's sentences
/// that is not the date of a statement ("officials said on Friday"), resolved against the
/// publication date. Without one, a day and month with a weekday fix the year as the latest
/// year, not after <paramref name="today"/>, in which that day fell on that weekday.
/// </summary>
public sealed partial class EventDateReader(DateOnly today)
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public EventDate? Read(IReadOnlyList<AnalyzedSentence> sentences, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ordered = sentences.Where(s => s.IsMain).OrderBy(s => s.Sentence.IsTitle ? 1 : 0).ThenBy(s => s.Sentence.Index);
        foreach (var s in ordered)
        {
            var text = s.Sentence.Text;
            foreach (Match m in DatePhrase().Matches(text))
            {
                if (IsStatementDate(text, m.Index) || IsOtherDay(text, m.Index))
                {
                    continue;
                }

                var phrase = m.Value.Trim().TrimEnd(',');
                var evidence = new FieldEvidence(text, s.Sentence.Start + m.Index, s.Sentence.Start + m.Index + phrase.Length, "date-phrase");
                return new EventDate(phrase, Resolve(m, published), evidence);
            }
        }

        return null;
    }

    private CalendarDate? Resolve(Match m, DateOnly? published)
    {
        var weekday = m.Groups["wd"].Success ? Array.IndexOf(Weekdays, m.Groups["wd"].Value.ToLowerInvariant()) : -1;
        var absolute = m.Groups["abs"].Success ? DateExpressionParser.FindFirst(m.Groups["abs"].Value) : null;

        if (absolute is { } a)
        {
            var d = a.Date;
            if (d.Year is not null)
            {
                return d;
            }

            if (published is { } p && d.Month is { } month)
            {
                var year = month > p.Month || (month == p.Month && d.Day > p.Day) ? p.Year - 1 : p.Year;
                return d with { Year = year };
            }

            if (weekday >= 0 && d.Month is { } mo && d.Day is { } day)
            {
                for (var y = today.Year; y > today.Year - 30; y--)
                {
                    if (DateOnly.TryParseExact($"{y:D4}-{mo:D2}-{day:D2}", "yyyy-MM-dd", out var candidate) &&
                        candidate <= today && (int)candidate.DayOfWeek == weekday)
                    {
                        return new CalendarDate(y, mo, day);
                    }
                }
            }

            return null;
        }

        if (published is not { } pub)
        {
            return null;
        }

        var word = m.Value.ToLowerInvariant();
        if (word.Contains("yesterday", StringComparison.Ordinal) || word.Contains("last night", StringComparison.Ordinal))
        {
            return FromDate(pub.AddDays(-1));
        }

        if (word.Contains("today", StringComparison.Ordinal) || word.Contains("this morning", StringComparison.Ordinal))
        {
            return FromDate(pub);
        }

        if (weekday >= 0)
        {
            // The latest such weekday on or before publication: news reports the past week.
            var back = ((int)pub.DayOfWeek - weekday + 7) % 7;
            return FromDate(pub.AddDays(-back));
        }

        return null;
    }

    private static CalendarDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    private static bool IsStatementDate(string text, int index)
    {
        var before = text[Math.Max(0, index - 30)..index].ToLowerInvariant();
        return StatementBefore().IsMatch(before);
    }

    // "Tuesday's Tangi court attack" inside a main sentence points at another day's incident only when a place follows;
    // kept simple: "<weekday>'s" followed by a capitalised word is another event.
    private static bool IsOtherDay(string text, int index) => OtherDay().IsMatch(text[index..Math.Min(text.Length, index + 40)]);

    [GeneratedRegex(@"(?:\b(?:late |early )?(?:on )?(?:late |early )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?: (?:morning|afternoon|evening|night|midnight))?(?: \((?<abs>[A-Z][a-z]{2,8}\.? \d{1,2})\))?(?:,? (?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:, \d{4})?))?\b|\b(?:[Oo]n |[Ee]arly on |[Ll]ate on )?(?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)\b|\b(?:late )?(?:yesterday|last night|this morning|overnight|today)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    [GeneratedRegex(@"\b(?:said|says|told|announced|confirmed|stated|reported|added|statement|tweeted|claimed|spoke|speaking)\b[^.]{0,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatementBefore();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDay();
}
