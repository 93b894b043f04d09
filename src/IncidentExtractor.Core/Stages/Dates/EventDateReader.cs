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
        // The incident's date is told where the attack is told: sentences with attack words or casualty
        // figures first ("The plane left on Friday" in a follow-up story is not the blast's day).
        var ordered = sentences.Where(s => s.IsMain)
            .OrderBy(s => s.Triggers.Count > 0 || CasualtyWord().IsMatch(s.Sentence.Text) ? 0 : 1)
            .ThenBy(s => s.Sentence.IsTitle ? 1 : 0)
            .ThenBy(s => s.Sentence.Index);
        foreach (var s in ordered)
        {
            var text = s.Sentence.Text;
            var datelineEnd = s.MainRank == 0 ? DatelinePrefix().Match(text) is { Success: true } dl ? dl.Length : 0 : 0;
            foreach (Match m in DatePhrase().Matches(text))
            {
                if (m.Index < datelineEnd || IsStatementDate(text, m.Index) || IsOtherDay(text, m.Index))
                {
                    continue;
                }

                var offset = m.Index;

                // "on Friday 23 November": the words that fix the date are the weekday and the date.
                var phrase = m.Value.Trim().TrimEnd(',');
                if (m.Groups["wd"].Success && m.Groups["abs"].Success && phrase.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
                {
                    phrase = phrase[3..];
                    offset += 3;
                }
                var evidence = new FieldEvidence(text, s.Sentence.Start + offset, s.Sentence.Start + offset + phrase.Length, "date-phrase");
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
        // "officials said on Friday" dates the statement; "claimed that late on Monday night they" does not.
        var before = text[Math.Max(0, index - 30)..index].ToLowerInvariant();
        return StatementBefore().IsMatch(before) && !before.Contains(" that ", StringComparison.Ordinal);
    }

    // "Tuesday's Tangi court attack" inside a main sentence points at another day's incident only when a place follows;
    // kept simple: "<weekday>'s" followed by a capitalised word is another event.
    private static bool IsOtherDay(string text, int index) => OtherDay().IsMatch(text[index..Math.Min(text.Length, index + 40)]);

    [GeneratedRegex(@"(?:\b(?:(?:in )?the (?:early|wee) hours of (?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\b(?:[Oo]n )?the (?:night|morning|evening) of (?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2})\b|\b(?:the night (?:between|of) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) and (?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\bduring (?:the )?(?<wd>Friday) (?:prayers|congregation)|\b(?:[Ll]ate |[Ee]arly )?(?:[Oo]n )?(?:late |early )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s (?:attack|blast|bombing|assault|explosion|shooting))?(?: (?:morning|afternoon|evening|night|midnight))?(?: \((?<abs>[A-Z][a-z]{2,8}\.? \d{1,2})\))?(?:,? (?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:, \d{4})?))?(?!\w)|\b(?:[Oo]n |[Ee]arly on |[Ll]ate on )?(?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)\b|\b(?:[Ll]ate )?(?:[Yy]esterday|last night|this morning|overnight|today)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    [GeneratedRegex(@"\b(?:killed|killing|dead|died|injured|wounded|attack|attacked|blast|explosion|martyred|shot)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyWord();

    [GeneratedRegex(@"^[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Za-z]{3,9}\.? \d{1,2}(?:,? \d{4})?)?\s*(?:\([A-Za-z .]+\))?\s*(?::|—|–|-\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"\b(?:said|says|told|announced|confirmed|stated|reported|added|statement|tweeted|claimed|spoke|speaking)\b[^.]{0,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatementBefore();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDay();
}
