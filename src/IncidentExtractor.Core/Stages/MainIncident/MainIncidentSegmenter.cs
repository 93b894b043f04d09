using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Core.Stages.MainIncident;

/// <summary>
/// Splits the article into the main incident and everything else. The headline and lead define
/// the main incident; a sentence that recalls another incident ("In a separate incident",
/// "last month", "the January 31 blast", a past year) is set apart, and so are the sentences
/// that follow it in its paragraph, because news paragraphs keep to one incident. A "separate
/// incident" switch holds to the end of the article: such stories close on the other incident.
/// </summary>
public sealed partial class MainIncidentSegmenter(IncidentLexicons lexicons)
{
    private const int MinStoryWords = 5;

    // Capitalised words every story repeats: sharing them says nothing about which incident a sentence tells.
    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.Ordinal)
    {
        "pakistan", "pakistani", "police", "province", "district", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "minister", "government", "army", "security", "chief", "said",
    };

    public IReadOnlyList<AnalyzedSentence> Segment(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var publishedYear = document.Published?.Year;
        var result = new List<AnalyzedSentence>(document.Sentences.Count);
        var otherParagraph = -1;
        var separateFromHere = false;
        var mainRank = 0;
        var bodyIndex = 0;
        string? leadDate = null;
        var leadNames = new HashSet<string>(StringComparer.Ordinal);
        var separateParagraph = -1;

        foreach (var sentence in document.Sentences)
        {
            var tokens = Tokenizer.Tokenize(sentence.Text, sentence.Start);
            var cues = lexicons.Cues.FindAll(tokens);
            var triggers = lexicons.Triggers.FindAll(tokens);
            var actors = lexicons.Actors.FindAll(tokens);
            var groups = lexicons.Groups.FindAll(tokens);
            var role = SentenceRole.Main;

            if (!sentence.IsTitle && tokens.Count(t => t.IsWord) < MinStoryWords && !EndsLikeSentence(sentence.Text))
            {
                // Bylines, site names and captions left on lines of their own are not the story's lead.
                role = SentenceRole.Background;
            }
            else if (!sentence.IsTitle)
            {
                var isLead = bodyIndex == 0;
                if (isLead)
                {
                    leadDate = LeadDate().Match(sentence.Text) is { Success: true } d ? d.Value : null;
                }

                if (isLead)
                {
                    leadNames = ProperNames(tokens);

                    // "QUETTA: ...": the dateline's place is the lead's too ("the Quetta bombing" later).
                    if (tokens.Count > 1 && tokens[0].IsWord && tokens[0].Text.Length > 3 && tokens[1].Text is ":" or "," or "(" or "-" &&
                        !CommonCapitalised.Contains(tokens[0].Key))
                    {
                        leadNames.Add(tokens[0].Key);
                    }
                }

                var recalls = RecallsOtherIncident(sentence.Text, cues, publishedYear) || StartsOnOtherDate(sentence.Text, leadDate);
                if (Separate().IsMatch(sentence.Text))
                {
                    separateFromHere = true;
                    separateParagraph = sentence.Paragraph;
                }
                else if (separateFromHere && sentence.Paragraph != separateParagraph && !recalls &&
                         (RefersToMain(sentence.Text) || ProperNames(tokens).Overlaps(leadNames) || NamesLeadDaysAttack(sentence.Text, leadDate)))
                {
                    // A new paragraph that names the lead's places or people again is back on the main incident.
                    separateFromHere = false;
                }

                if (separateFromHere)
                {
                    role = SentenceRole.OtherIncident;
                }
                else if (!isLead && recalls)
                {
                    role = SentenceRole.OtherIncident;
                    otherParagraph = sentence.Paragraph;
                }
                else if (!isLead && otherParagraph == sentence.Paragraph && !RefersToMain(sentence.Text))
                {
                    role = SentenceRole.OtherIncident;
                }
                else if (!isLead && cues.Any(c => c.Values.Contains(CueKind.Background)))
                {
                    role = SentenceRole.Background;
                }

                bodyIndex++;
            }

            result.Add(new AnalyzedSentence(sentence, tokens, cues, triggers, actors, groups, role)
            {
                MainRank = role == SentenceRole.Main && !sentence.IsTitle ? mainRank++ : sentence.IsTitle ? 0 : -1,
            });
        }

        return result;
    }

    private static bool RecallsOtherIncident(string text, IReadOnlyList<PhraseMatch<CueKind>> cues, int? publishedYear)
    {
        if (cues.Any(c => c.Values.Contains(CueKind.OtherIncident)))
        {
            return true;
        }

        // Both checks below need a figure; most sentences have none, so they are skipped cheaply.
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        // "the January 31 blast", "On July 21, a suicide attack": a dated attack other than today's.
        if (DatedAttack().IsMatch(text))
        {
            return true;
        }

        // A past year as the time of something ("in 2015", "the 2013 market blast"), not "deadliest since 2014".
        foreach (Match m in PastYear().Matches(text))
        {
            if (int.TryParse(m.Groups["y"].Value, out var year) && (publishedYear is null || year < publishedYear))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "On September 22, militants targeted a church" after a lead dated "on Saturday": a dated
    /// sentence-opening that is not the lead's date tells another incident. Without a date in the
    /// lead such an opening may date the main incident itself, so it is left alone.
    /// </summary>
    private static bool StartsOnOtherDate(string text, string? leadDate)
    {
        if (leadDate is null)
        {
            return false;
        }

        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return false;
        }

        var m = OpeningDate().Match(text);
        return m.Success && !leadDate.Contains(m.Groups["d"].Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Capitalised words inside a sentence (not its first word): the places, people and units it names.</summary>
    private static HashSet<string> ProperNames(IReadOnlyList<Token> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i].IsCapitalized && tokens[i].Text.Length > 3 && !CommonCapitalised.Contains(tokens[i].Key))
            {
                names.Add(tokens[i].Key);
            }
        }

        return names;
    }

    /// <summary>"claimed Monday's attack" after a lead told "on Monday": the lead's day names its incident.</summary>
    private static bool NamesLeadDaysAttack(string text, string? leadDate) =>
        leadDate is not null && DaysAttack().Match(text) is { Success: true } m &&
        leadDate.Contains(m.Groups["d"].Value, StringComparison.OrdinalIgnoreCase);

    private static bool EndsLikeSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"';

    private static bool RefersToMain(string text) => MainReference().IsMatch(text);

    [GeneratedRegex(@"\b(?:in|during) (?:a|another) (?:separate|similar|different) (?:incident|attack|development)\b|\bin another (?:incident|attack)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separate();

    [GeneratedRegex(@"\b(?:the|a|on) (?:" + Dates.DateExpressionParser.MonthPattern + @") \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4} )?(?:[\w-]+ ){0,2}(?:blast|bombing|attack|explosion|assault|shooting|raid|incident)|\b(?:on|in) (?:" + Dates.DateExpressionParser.MonthPattern + @") \d{1,2}(?:st|nd|rd|th)?,? (?:\d{4},? )?(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten) ", RegexOptions.CultureInvariant)]
    private static partial Regex DatedAttack();

    [GeneratedRegex(@"\b(?:[Ii]n|[Dd]uring|[Oo]f|[Tt]he) (?:early |late |mid-)?(?:" + Dates.DateExpressionParser.MonthPattern + @" )?(?:\d{1,2},? )?(?<y>19[89]\d|20[0-4]\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastYear();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|last night)\b|\b(?:" + Dates.DateExpressionParser.MonthPattern + @") \d{1,2}\b|\b\d{1,2} (?:" + Dates.DateExpressionParser.MonthPattern + @")", RegexOptions.CultureInvariant)]
    private static partial Regex LeadDate();

    [GeneratedRegex(@"^(?:On|In|By|Since) (?<d>(?:" + Dates.DateExpressionParser.MonthPattern + @") \d{1,2}|\d{1,2} (?:" + Dates.DateExpressionParser.MonthPattern + @"))\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningDate();

    [GeneratedRegex(@"\b(?<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s (?:[\w-]+ )?(?:attack|blast|bombing|assault|ambush|raid|explosion|shooting)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DaysAttack();

    [GeneratedRegex(@"\b(?:today's|yesterday's|this) (?:attack|blast|bombing|assault|incident)\b|\bthe (?:latest|current) (?:attack|blast)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MainReference();
}
