using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Stages.Dates;

namespace IncidentExtractor.Core.Stages.Cleaning;

/// <summary>
/// Stage 1: raw pasted page text in, story text out. Finds the headline, the publication date and
/// the dateline; drops page furniture line by line and cuts the junk after the story's end marker.
/// Works on whole lines only, so furniture rules can never eat part of a story sentence.
/// </summary>
public sealed partial class ArticleCleaner(BoilerplateRules rules)
{
    private const int MaxTitleLength = 220;
    private const int HeaderZoneLines = 6;

    public CleanedArticle Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var lines = SplitLines(raw);
        string? title = null;
        DateOnly? published = null;
        string? publishedText = null;
        string? dateline = null;
        var kept = new List<(string Text, int Original)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var contentLines = 0;
        var firstLineWords = 0;
        var storyLines = 0;
        var publishedLabelled = false;
        var publishedByScraper = false;
        var titleLine = 0;
        string? incidentTitle = null;
        var incidentTitleLine = 0;

        foreach (var (rawLine, offset) in lines)
        {
            var line = Normalize(rawLine);
            var lineOffset = offset;

            // "date 2018-11-23 Headline..." : a scraper's header glued to the first line.
            var header = HeaderDate().Match(line);
            if (header.Success)
            {
                if (DateExpressionParser.FindFirst(header.Groups["date"].Value) is { } h && h.Date.ToDateOnly() is { } hd)
                {
                    published ??= hd;
                    publishedText ??= header.Groups["date"].Value;
                    publishedByScraper = true;
                }

                lineOffset += header.Length;
                line = line[header.Length..];
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            // A footer line ("Published in Dawn, June 22nd, 2024") ends the story only after the story
            // has begun: printed under the headline it is the page's date line.
            var endsStory = storyLines > 0 && rules.EndsStory(trimmed);
            if (IsPublicationLine(trimmed, contentLines) && DateExpressionParser.FindFirst(trimmed) is { } pub && pub.Date.IsComplete)
            {
                // A labelled date ("LAST UPDATED: ... Aug 13, 2011") beats a bare date above it, which
                // on scraped pages is often the day the page was saved.
                var labelled = PublishedPrefix().IsMatch(trimmed);
                if (labelled && !publishedLabelled && published is not null && !publishedByScraper)
                {
                    published = null;
                    publishedText = null;
                }

                publishedLabelled |= labelled;
                published ??= pub.Date.ToDateOnly();
                publishedText ??= pub.Text;
                if (endsStory)
                {
                    break;
                }

                continue;
            }

            if (endsStory)
            {
                break;
            }

            if (rules.IsFurniture(trimmed) || IsBareDateLine(trimmed))
            {
                continue;
            }

            // Headlines and captions are often repeated verbatim further down the page.
            if (!seen.Add(trimmed))
            {
                continue;
            }

            // The headline is the first line, or the second after a short site name or slogan.
            if (title is null && LooksLikeTitle(trimmed) && (contentLines == 0 || (contentLines == 1 && firstLineWords <= 6)))
            {
                title = WithoutSiteName(trimmed);
                titleLine = contentLines;
            }

            // A page's top lines can be a site's menu ("Today's Paper | December 15"); a headline of an
            // incident among the first three lines names what happened.
            if (incidentTitle is null && contentLines <= 2 && LooksLikeTitle(trimmed) && IncidentWord().IsMatch(trimmed))
            {
                incidentTitle = WithoutSiteName(trimmed);
                incidentTitleLine = contentLines;
            }

            if (contentLines == 0)
            {
                firstLineWords = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }

            if (dateline is null && contentLines <= 3 && Dateline().Match(trimmed) is { Success: true } d &&
                !ReferenceEquals(title, trimmed))
            {
                dateline = CultureNeutralTitleCase(d.Groups["place"].Value.Trim());
                if (published is null && d.Groups["date"].Success &&
                    DateExpressionParser.FindFirst(d.Groups["date"].Value) is { } dd && dd.Date.IsComplete)
                {
                    published = dd.Date.ToDateOnly();
                    publishedText = dd.Text;
                }
            }

            var leading = line.Length - line.TrimStart().Length;
            kept.Add((trimmed, lineOffset + leading));
            var isTitle = (title is not null && trimmed.StartsWith(title, StringComparison.Ordinal)) ||
                (incidentTitle is not null && trimmed.StartsWith(incidentTitle, StringComparison.Ordinal));
            if (!isTitle && (trimmed.EndsWith('.') || trimmed.AsSpan().Count(' ') >= 11))
            {
                storyLines++;
            }

            contentLines++;
        }

        // Some sites end headlines with a full stop; such a line is short, one sentence, and followed
        // by a paragraph, where a lead sentence would run on.
        if (title is null && kept.Count > 1 && LooksLikeStoppedHeadline(kept[0].Text, kept[1].Text))
        {
            title = kept[0].Text;
        }

        // Only a line that looks like a menu gives way ("Today's Paper | December 15", "News Opinion |
        // Site"): a first-line headline without incident words stays, and so does its story.
        if (incidentTitle is not null && incidentTitleLine >= titleLine &&
            (title is null || (!IncidentWord().IsMatch(title) && (title.Contains('|', StringComparison.Ordinal) || title.Split(' ').Length <= 4))))
        {
            title = incidentTitle;
            titleLine = incidentTitleLine;
        }

        // The lines above the headline are the site's name and menu: the story starts at the headline.
        if (title is not null && titleLine > 0)
        {
            kept.RemoveRange(0, titleLine);
        }

        var body = new StringBuilder();
        var segments = new List<TextSegment>(kept.Count);
        foreach (var (text, original) in kept)
        {
            if (body.Length > 0)
            {
                body.Append('\n');
            }

            segments.Add(new TextSegment(body.Length, original, text.Length));
            body.Append(text);
        }

        return new CleanedArticle(title, published, publishedText, dateline, body.ToString(), segments);
    }

    /// <summary>Straight quotes, plain spaces and decoded entities, so later stages see one spelling.</summary>
    public static string Normalize(string line)
    {
        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = WebUtility.HtmlDecode(line);
        }

        var needs = false;
        foreach (var c in line)
        {
            if (c is '\u00A0' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2032' or '\u00AD' or '\u200B' or '\t' or '\u2009' or '\u202F')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return line;
        }

        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00A0' or '\t' or '\u2009' or '\u202F': sb.Append(' '); break;
                case '\u2018' or '\u2019' or '\u2032': sb.Append('\''); break;
                case '\u201C' or '\u201D': sb.Append('"'); break;
                case '\u00AD' or '\u200B': break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static List<(string Line, int Offset)> SplitLines(string raw)
    {
        var result = new List<(string, int)>();
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == '\n' || raw[i] == '\r')
            {
                result.Add((raw[start..i], start));
                if (i < raw.Length - 1 && raw[i] == '\r' && raw[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        return result;
    }

    private static bool IsPublicationLine(string line, int contentLines) =>
        PublishedPrefix().IsMatch(line) ||
        (line.Length <= 110 && (PublishedInside().IsMatch(line) || ClockTime().IsMatch(line)) && !line.EndsWith('.')) ||
        (contentLines < HeaderZoneLines && line.Length <= 60 && HeaderTimestamp().IsMatch(line)) ||
        (contentLines < HeaderZoneLines && line.Length <= 80 && IsHeaderWithDate(line));

    /// <summary>"By Staff Reporter | 12 March 2023", "Sunday, 12 March 2023 | 10:45 PST": a byline or clock beside the date.</summary>
    private static bool IsHeaderWithDate(string line) =>
        line.IndexOfAny(['|', '•']) >= 0 &&
        line.Split(['|', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(part => HeaderTimestamp().IsMatch(part) && DateExpressionParser.FindFirst(part) is { Date.IsComplete: true });

    private static bool IsBareDateLine(string line) =>
        line.Length <= 40 && !line.EndsWith('.') &&
        DateExpressionParser.FindFirst(line) is { } d && d.Text.Length >= line.Length - 12;

    /// <summary>"Blast kills five in Quetta | Daily Times": the part after a bar names the site, not the story.</summary>
    private static string WithoutSiteName(string title)
    {
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 20 && title.Length - bar <= 60 && !IncidentWord().IsMatch(title[bar..]) ? title[..bar].TrimEnd() : title;
    }

    private static bool LooksLikeStoppedHeadline(string line, string next)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return line.EndsWith('.') && words is >= 4 and <= 12 && !line[..^1].Contains(". ", StringComparison.Ordinal) &&
            !line.Contains(':', StringComparison.Ordinal) && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 20;
    }

    private static bool LooksLikeTitle(string line)
    {
        if (line.Length > MaxTitleLength || line.Length < 12)
        {
            return false;
        }

        // Headlines carry no sentence-final full stop; a lead sentence does.
        var last = line[^1];
        return last is not ('.' or ':' or ',') && line.Split(' ').Length >= 3;
    }

    private static string CultureNeutralTitleCase(string place)
    {
        if (place.Any(char.IsLower))
        {
            return place;
        }

        var words = place.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    [GeneratedRegex(@"\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|die|injur(?:es|ed|ing|y)|wound(?:s|ed|ing)|hurt|martyr(?:s|ed)?|attack(?:s|ed|ers?)?|blast|bomb(?:s|ed|ing|er)?|explosion|shot|shoot(?:s|ing)?|gun(?:men|man|ned)|firing|ambush(?:ed)?|abduct(?:s|ed)?|kidnap(?:s|ped)?|militants?|terrorists?|suicide|grenade|IED|raid|storm(?:s|ed)?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IncidentWord();

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderDate();

    [GeneratedRegex(@"^(?:published|posted|first published|updated|last updated)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedPrefix();

    [GeneratedRegex(@"\b(?:Published|Posted|Updated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedInside();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\s*(?:am|pm|AM|PM)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:\d{1,2}:\d{2}\s*(?:AM|PM|am|pm)?\s*[,|-]?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[,-]?\s*)?[\d\w ,./:+-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderTimestamp();

    // "KARACHI:", "QUETTA, Aug 8:", "ISLAMABAD (Reuters) -", "DERA ISMAIL KHAN:", "Islamabad:".
    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})\s*(?:\s*/\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?(?:,\s*Pakistan)?(?:,\s*(?<date>" + DateExpressionParser.MonthPattern + @"\s*\d{1,2}(?:,\s*\d{4})?))?\s*(?:,?\s*\([A-Za-z .]+\))?\s*(?::|—|–|-\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
