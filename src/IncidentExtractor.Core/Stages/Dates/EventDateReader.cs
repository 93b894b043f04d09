using System.Text.RegularExpressions;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Dates;

/// <summary>
/// Finds when the main incident happened: among the date phrases of the main incident's sentences
/// that are not the date of a statement ("officials said on Friday"), the one closest to the words
/// that tell the attack, resolved against the publication date. Without one, a day and month with a weekday fix the year as the latest
/// year, not after <paramref name="today"/>, in which that day fell on that weekday.
/// </summary>
public sealed partial class EventDateReader(DateOnly today, FieldChooser chooser)
{
    // Every date phrase without a month name or a numeric date holds one of these (weekdays end in "day").
    private static readonly System.Buffers.SearchValues<string> DayWords = System.Buffers.SearchValues.Create(
        ["day", "night", "hours", "morning"], StringComparison.OrdinalIgnoreCase);

    // DatePhrase() matches month names with their capital only.
    private static readonly System.Buffers.SearchValues<string> MonthNames = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public EventDate? Read(IReadOnlyList<AnalyzedSentence> sentences, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var candidates = new List<Candidate<EventDate>>();
        foreach (var s in sentences.Where(s => s.IsMain))
        {
            var text = s.Sentence.Text;
            if (!MayHoldDate(text))
            {
                continue;
            }

            var datelineEnd = s.MainRank == 0 ? DatelinePrefix().Match(text) is { Success: true } dl ? dl.Length : 0 : 0;
            List<int>? attackWords = null;
            foreach (Match m in DatePhrase().Matches(text))
            {
                attackWords ??= CasualtyWord().Matches(text).Select(w => w.Index).ToList();
                if (m.Index < datelineEnd || IsStatementDate(text, m.Index) || IsOtherDay(text, m.Index) || SinceBefore().IsMatch(text.AsSpan(0, m.Index)) ||
                    (s.MainRank == 0 && InOpeningBrackets(text, m.Index)))
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

                var date = Resolve(m, published);

                // A dated year well before publication belongs to a recalled event ("a photo taken Feb. 21, 2013").
                if (published is { } p && date?.ToDateOnly() is { } d && d < p.AddDays(-60))
                {
                    continue;
                }

                var nearest = attackWords.Count == 0 ? 200 : attackWords.Min(w => Math.Abs(w - m.Index));
                var features = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["bias"] = 1,
                    ["attack_sentence"] = s.Triggers.Count > 0 || attackWords.Count > 0 ? 1 : 0,
                    ["title"] = s.Sentence.IsTitle ? 1 : 0,
                    ["main_rank"] = s.Sentence.IsTitle ? 0 : Math.Min(s.MainRank, 10),
                    ["distance"] = Math.Min(nearest, 200) / 40.0,
                    ["vague"] = Vague().IsMatch(phrase) ? 1 : 0,
                    ["toll_update"] = IsUpdateDate(text, m.Index, m.Length) ? 1 : 0,
                    ["possessive_day"] = phrase.Contains("'s", StringComparison.Ordinal) || (m.Index + m.Length < text.Length && text[m.Index + m.Length] == '\'') ? 1 : 0,
                };
                var evidence = new FieldEvidence(text, s.Sentence.Start + offset, s.Sentence.Start + offset + phrase.Length, "date-phrase");
                candidates.Add(new Candidate<EventDate>(new EventDate(phrase, date, evidence), evidence, features));
            }
        }

        return chooser.Choose("event_date", candidates)?.Value;
    }

    /// <summary>Every date phrase holds "day", "night", "hours" or "morning", a month name, or a numeric date; most sentences hold none.</summary>
    private static bool MayHoldDate(string text) =>
        text.AsSpan().IndexOfAny(DayWords) >= 0 ||
        (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && (text.AsSpan().IndexOfAny(MonthNames) >= 0 || HasNumericDate(text)));

    /// <summary>"23/11/2018", "23-11-2018", "2018-11-23": figures joined by a slash, stop or hyphen.</summary>
    private static bool HasNumericDate(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '/' or '.' or '-' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>"QUETTA, (UrduPoint News - 17th May, 2025) An attack...": the filing stamp in the lead's opening brackets.</summary>
    private static bool InOpeningBrackets(string text, int index)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 && open < 40 && open < index && text.IndexOf(')', open) is var close && (close < 0 || close > index);
    }

    private static bool IsUpdateDate(string text, int index, int length)
    {
        var before = text.AsSpan(Math.Max(0, index - 90), Math.Min(90, index));
        var afterStart = Math.Min(text.Length, index + length);
        var after = text.AsSpan(afterStart, Math.Min(60, text.Length - afterStart));
        return UpdateBefore().IsMatch(before) || TollRoseAfter().IsMatch(after);
    }

    private static bool IsStatementDate(string text, int index)
    {
        // "officials said on Friday" dates the statement; "claimed that late on Monday night they" does not.
        var before = text[Math.Max(0, index - 30)..index].ToLowerInvariant();
        return StatementBefore().IsMatch(before) && !before.Contains(" that ", StringComparison.Ordinal);
    }

    // "Tuesday's Tangi court attack" inside a main sentence points at another day's incident only when a place follows;
    // kept simple: "<weekday>'s" followed by a capitalised word is another event.
    private static bool IsOtherDay(string text, int index) => OtherDay().IsMatch(text[index..Math.Min(text.Length, index + 40)]);

    [GeneratedRegex(@"(?:\b(?:(?:in )?the (?:early|wee) hours of (?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\b(?:[Oo]n )?the (?:night|morning|evening) of (?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2})\b|\b(?:the night (?:between|of) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) and (?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\bduring (?:the )?(?<wd>Friday) (?:prayers|congregation)|\b(?:[Ll]ate |[Ee]arly )?(?:[Oo]n )?(?:late |early )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s (?:attack|blast|bombing|assault|explosion|shooting))?(?: (?:morning|afternoon|evening|night|midnight))?(?: \((?<abs>[A-Z][a-z]{2,8}\.? \d{1,2})\))?(?:,? (?<abs>\d{1,2} (?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:, \d{4})?))?(?!\w)|\b(?:[Oo]n (?:the (?=\d{1,2}(?:st|nd|rd|th)))?|[Ee]arly on |[Ll]ate on )?(?<abs>\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + DateExpressionParser.MonthPattern + @")(?: \d{4})?|(?:" + DateExpressionParser.MonthPattern + @") \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?)\b|\b(?:[Oo]n )?(?<abs>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\b|\b(?:[Ll]ate )?(?:[Yy]esterday|last night|this morning|overnight|today)\b(?: \((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\))?)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePhrase();

    [GeneratedRegex(@"\b(?:killed|killing|dead|died|injured|wounded|hurt|attack|attacked|attackers|blast|explosion|bombing|martyred|shot|stormed|opened fire|exploded|went off|struck|burnt|burned|torched|set on fire|set alight|abducted|kidnapped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyWord();

    [GeneratedRegex(@"^(?:late )?(?:overnight|today)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    [GeneratedRegex(@"^[A-Z][A-Za-z .'/-]{1,40}(?:,\s*[A-Za-z]{3,9}\.? \d{1,2}(?:,? \d{4})?)?\s*(?:,?\s*\([A-Za-z .]+\))?\s*(?::|—|–|-\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"\b(?:said|says|told|announced|confirmed|stated|reported|added|statement|tweeted|claimed|spoke|speaking|reports?)\b[^.]{0,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StatementBefore();

    // "maintained since Friday night" dates the start of something else.
    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceBefore();

    // "the death toll climbed to 131 on Saturday", "died of injuries on Sunday", "a wounded man died in
    // hospital on Saturday, after which the toll rose": the day of an update, not of the attack.
    [GeneratedRegex(@"\b(?:toll\b[^.]{0,80}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|mounted|jumped|increased|went up)|died (?:of (?:his |her |their )?(?:injuries|wounds)|(?:in|at) (?:the |a )?hospital)|succumbed)\b[^.]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateBefore();

    [GeneratedRegex(@"^[^.]{0,30}\b(?:the )?(?:death )?toll (?:has |had )?(?:rose|risen|climbed|reached|mounted|jumped|increased|gone up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TollRoseAfter();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDay();
}
