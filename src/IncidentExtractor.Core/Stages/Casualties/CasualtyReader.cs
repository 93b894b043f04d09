using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Numbers;

namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>
/// Reads casualty figures from the main incident's sentences: a count, the people it counts
/// (victims or attackers, from the actors lexicon), and what happened to them (killed or injured,
/// from the verb after the phrase or the one before the count). Counts of other incidents never
/// reach it: the segmenter has set those sentences apart, and inside a sentence a figure that
/// follows a recall cue ("weeks after a blast that killed 80") is skipped.
/// </summary>
public sealed partial class CasualtyReader(IncidentLexicons lexicons)
{
    private const int ForwardWindow = 12;

    // The verbs of NamedVictimKilled() and NamedVictimWasKilled().
    private static readonly System.Buffers.SearchValues<string> NamedVictimVerbs = System.Buffers.SearchValues.Create(
        ["shot dead", "gunned down", "assassinated", "murdered", "shot and killed", "killed", "martyred"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> BomberWords = System.Buffers.SearchValues.Create(
        ["self", "bomber", "attacker", "vest", "jacket", "explosive", "device"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule name of a zero read from "no casualties" and the like.</summary>
    public const string NoneStated = "none-stated";

    private static readonly HashSet<string> KillWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "dead", "died", "martyred", "slain", "perished", "succumbed", "lives", "life", "deaths", "dies", "die",
        "neutralised", "neutralized", "eliminated", "hell", "martyrdom", "shahadat",
    };

    private static readonly HashSet<string> InjureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "injured", "wounded", "hurt", "injuries", "wounds", "wounding", "injuring",
    };

    private static readonly HashSet<string> KillVerbsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "killing", "killed", "kill", "kills", "claimed", "claiming", "martyring", "martyred", "neutralised", "neutralized",
        "neutralising", "neutralizing", "neutralise", "neutralize", "eliminated", "eliminating", "eliminate", "down", "dead", "of",
    };

    private static readonly HashSet<string> InjureVerbsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "injuring", "wounding", "injured", "wounded", "injures", "wounds", "hurting",
    };

    private static readonly HashSet<string> SkipBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "least", "more", "than", "up", "to", "over", "nearly", "almost", "about", "around", "some", "as", "many",
        "the", "all", "another", "critically", "seriously", "also", "only", "and", "including", "severely",
    };

    public IReadOnlyList<CasualtyFigure> Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var figures = new List<CasualtyFigure>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (!sentence.IsMain)
            {
                continue;
            }

            var previous = s > 0 ? sentences[s - 1] : null;
            var before = figures.Count;
            ReadSentence(sentence, previous, figures);
            if (!figures.Skip(before).Any(f => f.Kind == CasualtyKind.Killed))
            {
                ReadNamedVictim(sentence, figures);
            }

            ReadPronounAndCompanions(sentence, figures);
            ReadBomberDeath(sentence, figures);
            ReadNoCasualties(sentence, figures);
        }

        return figures;
    }

    private void ReadSentence(AnalyzedSentence sentence, AnalyzedSentence? previous, List<CasualtyFigure> figures)
    {
        var tokens = sentence.Tokens;
        var isUpdate = sentence.Has(CueKind.Update);
        var consumedUntil = 0;
        ActorRole? lastRole = null;
        int? lastValue = null;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < consumedUntil)
            {
                continue;
            }

            var count = ReadCount(tokens, i);

            // "four policemen lost their lives and as many were hurt": the same number again.
            if (count is null && lastValue is { } same && i + 2 < tokens.Count && Is(tokens[i], "as") && Is(tokens[i + 1], "many") && !Is(tokens[i + 2], "as"))
            {
                count = (same, i + 2, false);
            }

            if (count is null)
            {
                continue;
            }

            var (value, afterCount, isLowerBound) = count.Value;

            // "no one was hurt": nobody, not one.
            if (i > 0 && Is(tokens[i - 1], "no", "not"))
            {
                continue;
            }

            if (sentence.InRecall(tokens[i].Start))
            {
                continue;
            }

            // "two of the injured died in hospital": the wounded who died move to the toll, which says so.
            if (afterCount + 3 < tokens.Count && Is(tokens[afterCount], "of") && Is(tokens[afterCount + 1], "the") &&
                Is(tokens[afterCount + 2], "injured", "wounded") && Is(tokens[afterCount + 3], "died", "succumbed", "later"))
            {
                continue;
            }

            // "two of them", "six of whom": a part of a figure already given.
            if (afterCount + 1 < tokens.Count && Is(tokens[afterCount], "of") && Is(tokens[afterCount + 1], "them", "whom", "those"))
            {
                continue;
            }

            // ", three Chinese nationals among them,": likewise.
            if (i > 0 && tokens[i - 1].Text == "," && AsideAboutPart(tokens, i - 1) is not null)
            {
                continue;
            }

            // "one more wounded person died": one of the injured moved to the dead, which the toll
            // that follows counts; the figure is a change, not a total.
            if (afterCount + 1 < tokens.Count && Is(tokens[afterCount], "more") && DescribesPeople(tokens, afterCount + 1))
            {
                continue;
            }

            var (role, afterPhrase) = ReadActor(tokens, afterCount);

            // "Nine Chinese nationals among 13 dead": a part named before the whole.
            if (afterPhrase < tokens.Count && Is(tokens[afterPhrase], "among") && afterPhrase + 1 < tokens.Count && ReadCount(tokens, afterPhrase + 1) is not null)
            {
                continue;
            }

            var verbBefore = OutcomeBefore(tokens, i);

            // "a prayer leader was shot dead and his son was wounded", "2 people have died and at least 70
            // have been hurt": a subject with a verb of its own after "and" takes that verb, not the one before.
            var opening = i;
            while (opening > 0 && Is(tokens[opening - 1], "at", "least", "more", "than", "over", "nearly", "about", "around", "some"))
            {
                opening--;
            }

            if (verbBefore is not null && opening > 0 && Is(tokens[opening - 1], "and") && OutcomeAfter(tokens, afterPhrase, afterPhrase > afterCount ? 2 : 3) is { } own)
            {
                verbBefore = own;
            }

            var outcome = verbBefore;
            var total = value;

            // "Haroon Bilour and 19 others were killed": the one named and the others.
            if (i >= 3 && Is(tokens[i - 1], "and") && IsNamePart(tokens[i - 2]) && IsNamePart(tokens[i - 3]) &&
                afterCount < tokens.Count && Is(tokens[afterCount], "others"))
            {
                total += 1;
            }
            var end = afterPhrase;
            int? sharedVerbFrom = null;

            // "a policeman and two civilians were killed", "killing two health workers and a police officer":
            // coordinated phrases share one verb.
            // Commas join list items only in headlines ("2 polio workers, policeman killed"); in a story
            // sentence a comma more often opens an aside ("a soldier, Sepoy Ali, 24, was martyred").
            while (end + 1 < tokens.Count && afterPhrase > afterCount &&
                   (Is(tokens[end], "and") || (tokens[end].Text == "," && (sentence.Sentence.IsTitle || ListClosesWithAnd(tokens, end)))) &&
                   AsideAboutPart(tokens, end) is null && NextInList(tokens, end + 1) is { } more)
            {
                if (OutcomeAfter(tokens, end, 1) is not null)
                {
                    break;
                }

                // "four troops and three insurgents dead": attackers in the list are a figure of their own,
                // and the verb after them is the troops' too.
                if (role is { } first && first != more.Role && (first == ActorRole.Attacker || more.Role == ActorRole.Attacker))
                {
                    sharedVerbFrom = more.End;
                    break;
                }

                total += more.Value;
                end = more.End;
                role ??= more.Role;
            }

            outcome ??= OutcomeAfter(tokens, end, ForwardWindow) ?? (sharedVerbFrom is { } from ? OutcomeAfter(tokens, from, ForwardWindow) : null);

            if (outcome is null)
            {
                continue;
            }

            // A count with no people noun counts only when the verb follows at once ("Three were killed", "9 dead")
            // or a kill verb precedes it ("killing two"); "two motorcycles" and "three hours" are not casualties.
            var bare = afterCount < tokens.Count && (IsBareOutcome(tokens, afterCount, outcome.Value) || Is(tokens[afterCount], "were", "was", "have", "had", "are") ||
                OutcomeAfter(tokens, afterCount, 3) is not null);
            if (role is null && afterPhrase == afterCount && !bare && verbBefore is null)
            {
                continue;
            }

            consumedUntil = end;
            var kind = outcome.Value;

            // After an active kill verb ("militants stormed a school, killing one teacher") the count is the victims.
            var actor = role ?? (OutcomeIsNoun(tokens, afterCount) || verbBefore is not null ? ActorRole.Victim : InferRole(sentence, previous));

            // "six militants were killed and 13 others wounded": "others" are more of the same people.
            if (actor == ActorRole.Person && lastRole is { } inherited && afterPhrase > afterCount && Is(tokens[afterPhrase - 1], "others", "more"))
            {
                actor = inherited;
            }

            lastRole = actor;
            lastValue = total;
            if (actor == ActorRole.Attacker)
            {
                if (kind != CasualtyKind.Killed)
                {
                    continue;
                }

                kind = CasualtyKind.AttackersKilled;
            }

            // "a total of 13", "taking the death toll to seven": the whole, over the parts counted beside it.
            // The figure a toll rose to is the whole too ("the toll rose to 41" beside "leaving 40 dead").
            var rule = (i >= 2 && Is(tokens[i - 1], "of") && Is(tokens[i - 2], "total")) || (i >= 1 && Is(tokens[i - 1], "to") && TollRaisedBefore(tokens, i - 1)) ||
                       (kind == CasualtyKind.Killed && UpdateBefore(tokens, i))
                ? "total"
                : "count";
            figures.Add(new CasualtyFigure(kind, total, sentence, tokens[i].Start, tokens[Math.Max(i, end - 1)].End, rule, isUpdate || UpdateBefore(tokens, i), isLowerBound));
        }
    }

    /// <summary>
    /// "gunmen shot dead PPP leader Ali Khan Jamali", "Journalist Hasan Zaib was shot dead": one person
    /// killed, named rather than counted. A named militant commander killed is not a victim.
    /// </summary>
    private static void ReadNamedVictim(AnalyzedSentence sentence, List<CasualtyFigure> figures)
    {
        var text = sentence.Sentence.Text;
        if (text.AsSpan().IndexOfAny(NamedVictimVerbs) < 0)
        {
            return;
        }

        var m = NamedVictimKilled().Match(text);
        if (!m.Success)
        {
            m = NamedVictimWasKilled().Match(text);
        }

        if (m.Success && !MilitantWord().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), m.Length + Math.Min(30, m.Index))))
        {
            var start = sentence.Sentence.Start + m.Index;
            figures.Add(new CasualtyFigure(CasualtyKind.Killed, 1, sentence, start, start + m.Length, "named-victim", false, false));
        }
    }

    /// <summary>
    /// "killing him", "killing him and his guard", "injuring her and two children": the person the
    /// sentence is about and those with them, when nothing else in the sentence counts that outcome. A pronoun that
    /// stands for an attacker ("shot at the bomber, killing him and his accomplice") is not a victim.
    /// </summary>
    private void ReadPronounAndCompanions(AnalyzedSentence sentence, List<CasualtyFigure> figures)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Key is not ("him" or "her"))
            {
                continue;
            }

            CasualtyKind? kind = KillVerbsBefore.Contains(tokens[i - 1].Key) && tokens[i - 1].Key is not ("of" or "down" or "dead" or "claimed" or "claiming")
                ? CasualtyKind.Killed
                : InjureVerbsBefore.Contains(tokens[i - 1].Key) ? CasualtyKind.Injured : null;
            if (kind is not { } k || figures.Any(f => f.Kind == k && ReferenceEquals(f.Sentence, sentence)))
            {
                continue;
            }

            // "killing him" alone is one; "his guard" is one more; "two guards" or "two of his guards" are a count.
            int others;
            int end;
            if (i + 3 >= tokens.Count || tokens[i + 1].Key != "and")
            {
                others = 0;
                end = i + 1;
            }
            else if (tokens[i + 2].Key is "his" or "her")
            {
                others = 1;
                end = i + 4;
            }
            else if (CountParser.ParseAt(tokens, i + 2) is { } count)
            {
                others = count.Value;
                end = count.NextToken < tokens.Count ? count.NextToken + 1 : count.NextToken;
            }
            else
            {
                continue;
            }

            var nounAt = Math.Min(end - 1, tokens.Count - 1);
            var before = sentence.Sentence.Text.AsSpan(0, tokens[i].Start - sentence.Sentence.Start);
            if (MilitantWord().IsMatch(before) || MilitantWord().IsMatch(tokens[nounAt].Text) || tokens[nounAt].Key is "accomplice" or "accomplices")
            {
                continue;
            }

            figures.Add(new CasualtyFigure(k, 1 + others, sentence, tokens[i].Start, tokens[nounAt].End, "pronoun-and-companions", false, false));
        }
    }

    private static void ReadBomberDeath(AnalyzedSentence sentence, List<CasualtyFigure> figures)
    {
        // Every wording of a bomber's death holds one of these; most sentences hold none.
        if (sentence.Sentence.Text.AsSpan().IndexOfAny(BomberWords) < 0)
        {
            return;
        }

        var m = BomberDied().Match(sentence.Sentence.Text);
        if (m.Success)
        {
            var start = sentence.Sentence.Start + m.Index;
            figures.Add(new CasualtyFigure(CasualtyKind.AttackersKilled, 1, sentence, start, start + m.Length, "bomber-died", false, false));
        }
    }

    /// <summary>"No casualties were reported", "no loss of life", "no one was hurt": the article says nobody was.</summary>
    private static void ReadNoCasualties(AnalyzedSentence sentence, List<CasualtyFigure> figures)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in NoCasualties().Matches(text))
        {
            var start = sentence.Sentence.Start + m.Index;
            var end = start + m.Length;
            var deaths = m.Groups["both"].Success || m.Groups["dead"].Success;
            var injuries = m.Groups["both"].Success || m.Groups["hurt"].Success;
            if (deaths)
            {
                figures.Add(new CasualtyFigure(CasualtyKind.Killed, 0, sentence, start, end, NoneStated, false, false));
            }

            if (injuries)
            {
                figures.Add(new CasualtyFigure(CasualtyKind.Injured, 0, sentence, start, end, NoneStated, false, false));
            }
        }
    }

    /// <summary>A count at token i: digits, number words, or "a"/"an"/"another"/"one" before a person noun.</summary>
    private (int Value, int Next, bool IsLowerBound)? ReadCount(IReadOnlyList<Token> tokens, int i)
    {
        var lowerBound = i >= 2 && Is(tokens[i - 1], "least", "than", "over") || i >= 1 && Is(tokens[i - 1], "over");

        // "July 14", "Sept 22": a day of the month, not a count.
        if (i > 0 && Dates.DateExpressionParser.MonthNumber(tokens[i - 1].Text) is not null && char.IsUpper(tokens[i - 1].Text[0]) && char.IsDigit(tokens[i].Text[0]))
        {
            return null;
        }
        if (CountParser.ParseAt(tokens, i) is { } count)
        {
            // Years, times and ages are not casualty counts.
            if (i + 1 < tokens.Count && Is(tokens[i + 1], "am", "pm", "years", "year", "hours", "minutes", "days", "km", "kg", "percent", "bore", "mm"))
            {
                return null;
            }

            if (i > 0 && Is(tokens[i - 1], "aged", "age", "No", "number", "Phase", "sector", "G", "in", "since", "on", "of") && count.Value > 31)
            {
                return null;
            }

            return (count.Value, count.NextToken, lowerBound);
        }

        // "the assailant was gunned down", "the gunman was shot dead": one attacker.
        if (Is(tokens[i], "the") && i + 2 < tokens.Count)
        {
            var (role, end) = ReadActor(tokens, i + 1);
            var describedOnly = end == i + 2 || (end == i + 3 && lexicons.Actors.LongestAt(tokens, i + 1) is { } mod && mod.Values.Contains(ActorRole.Modifier));
            if (role == ActorRole.Attacker && describedOnly && end < tokens.Count && !tokens[end - 1].Text.EndsWith('s') && !tokens[end - 1].Text.EndsWith("men", StringComparison.Ordinal) &&
                Is(tokens[end], "was") && end + 1 < tokens.Count && (KillWords.Contains(tokens[end + 1].Text) || Is(tokens[end + 1], "gunned", "shot")))
            {
                return (1, i + 1, false);
            }
        }

        // "his guard was killed", "their cousin was wounded", "and his clerk wounded": one person, named by whose they were.
        if (Is(tokens[i], "his", "her", "their") && i > 0 && !Is(tokens[i - 1], "of", "to", "with", "for", "from", "at", "in", "on", "by") && i + 2 < tokens.Count)
        {
            var (role, end) = ReadActor(tokens, i + 1);
            if (role == ActorRole.Victim && end - i <= 3 && end < tokens.Count && !tokens[end - 1].Text.EndsWith('s') &&
                (Is(tokens[end], "was") || KillWords.Contains(tokens[end].Text) || InjureWords.Contains(tokens[end].Text)))
            {
                return (1, i + 1, false);
            }
        }

        if (Is(tokens[i], "a", "an", "another", "one") && i + 1 < tokens.Count)
        {
            var (role, end) = ReadActor(tokens, i + 1);
            if (role is not null && end - i <= 4 && !tokens[end - 1].Text.EndsWith('s'))
            {
                return (1, i + 1, false);
            }

            // "another was injured", "one was killed".
            if (Is(tokens[i], "another", "one") && Is(tokens[i + 1], "was") && i + 2 < tokens.Count &&
                (KillWords.Contains(tokens[i + 2].Text) || InjureWords.Contains(tokens[i + 2].Text)))
            {
                return (1, i + 1, false);
            }

            // "a soldier was martyred and another injured".
            if (Is(tokens[i], "another") && i > 0 && Is(tokens[i - 1], "and") && (KillWords.Contains(tokens[i + 1].Text) || InjureWords.Contains(tokens[i + 1].Text)))
            {
                return (1, i + 1, false);
            }

            // "critically wounding another".
            if (Is(tokens[i], "another") && i > 0 && (InjureVerbsBefore.Contains(tokens[i - 1].Text) || KillVerbsBefore.Contains(tokens[i - 1].Text)))
            {
                return (1, i + 1, false);
            }
        }

        return null;
    }

    /// <summary>The people noun after a count, skipping a few modifiers ("two Chinese nationals", "four security guards").</summary>
    private (ActorRole? Role, int Next) ReadActor(IReadOnlyList<Token> tokens, int start)
    {
        var j = start;

        // "two of our constables".
        if (j + 1 < tokens.Count && Is(tokens[j], "of") && Is(tokens[j + 1], "our", "the", "their", "its", "his"))
        {
            j += 2;
        }

        for (var skipped = 0; j < tokens.Count && skipped <= 3; skipped++)
        {
            if (!tokens[j].IsWord)
            {
                return (null, start);
            }

            // "three dead and eight wounded": the outcome itself, not the people.
            if (Is(tokens[j], "dead"))
            {
                return (null, start);
            }

            // "one more wounded person died": "wounded" describes the people; the verb comes after them.
            if (DescribesPeople(tokens, j))
            {
                j++;
                continue;
            }

            var match = lexicons.Actors.LongestAt(tokens, j);

            if (match is { } m && !m.Values.Contains(ActorRole.Modifier) && !DescribesPeople(tokens, m.NextToken))
            {
                var role = m.Values[0];

                // "a Levies soldier", "two police constables": the noun that counts comes last.
                var next = m.NextToken;
                while (role == ActorRole.Victim && next < tokens.Count && !Is(tokens[next], "dead", "bodies", "victims", "victim") &&
                       lexicons.Actors.LongestAt(tokens, next) is { } more && more.Values.Contains(ActorRole.Victim))
                {
                    next = more.NextToken;
                }

                // "a CTD police station", "two police vans": the people word names a thing, not people.
                if (lexicons.TargetTypes.LongestAt(tokens, j) is { } kind && kind.NextToken > next)
                {
                    return (null, start);
                }

                return (role == ActorRole.Person ? ActorRole.Person : role, next);
            }

            if (KillWords.Contains(tokens[j].Text) || InjureWords.Contains(tokens[j].Text) || Is(tokens[j], "were", "was", "of", "in", "on", "at", "and"))
            {
                return (null, start);
            }

            j++;
        }

        return (null, start);
    }

    /// <summary>A capitalised word that is not a figure or a people word: part of a person's name.</summary>
    private bool IsNamePart(Token token) =>
        token.IsWord && token.IsCapitalized && CountParser.ParseAt([token], 0) is null && lexicons.Actors.LongestAt([token], 0) is null;

    private bool DescribesPeople(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && Is(tokens[j], "wounded", "injured") &&
        lexicons.Actors.LongestAt(tokens, j + 1) is { } next && !next.Values.Contains(ActorRole.Modifier);

    private static CasualtyKind? OutcomeBefore(IReadOnlyList<Token> tokens, int countIndex)
    {
        // "taking the death toll from Monday's attack on a construction site to seven".
        if (countIndex > 0 && Is(tokens[countIndex - 1], "to") && TollRaisedBefore(tokens, countIndex - 1))
        {
            return CasualtyKind.Killed;
        }

        var j = countIndex - 1;
        while (j >= 0 && SkipBefore.Contains(tokens[j].Text))
        {
            j--;
        }

        // "killed a total of 13 people".
        if (j >= 2 && Is(tokens[j], "of") && Is(tokens[j - 1], "total"))
        {
            j -= 2;
            while (j >= 0 && (SkipBefore.Contains(tokens[j].Text) || Is(tokens[j], "a")))
            {
                j--;
            }
        }

        if (j < 0)
        {
            return null;
        }

        // "killing himself and five others": the verb before the bomber's own death counts the others.
        if (j >= 1 && Is(tokens[j], "himself", "herself", "themselves") && KillVerbsBefore.Contains(tokens[j - 1].Text))
        {
            return CasualtyKind.Killed;
        }

        var word = tokens[j].Text;

        // "were killed and 13 others wounded": a passive verb belongs to the figure before it.
        if (j > 0 && Is(tokens[j - 1], "were", "was", "been", "are", "is", "be"))
        {
            return null;
        }
        if (InjureVerbsBefore.Contains(word))
        {
            return CasualtyKind.Injured;
        }

        if (Is(tokens[j], "down") && j > 0 && Is(tokens[j - 1], "gunned", "shot", "mowed"))
        {
            return CasualtyKind.Killed;
        }

        if (Is(tokens[j], "dead") && j > 0 && Is(tokens[j - 1], "shot"))
        {
            return CasualtyKind.Killed;
        }

        if (Is(tokens[j], "of") && j > 1 && Is(tokens[j - 1], "lives") && Is(tokens[j - 2], "the"))
        {
            return CasualtyKind.Killed;
        }

        if (Is(tokens[j], "to", "at") && j > 0 && (IsTollVerb(tokens[j - 1]) || Is(tokens[j - 1], "stood", "toll")))
        {
            return CasualtyKind.Killed;
        }

        // "the death toll rose to 30", "the toll from Sunday's bombing at a convention in Bajaur rose to 63".
        if ((IsTollVerb(tokens[j]) || Is(tokens[j], "stood", "gone")) &&
            Enumerable.Range(Math.Max(0, j - 14), Math.Min(14, j)).Any(k => Is(tokens[k], "toll", "dead", "deaths")))
        {
            return CasualtyKind.Killed;
        }

        if (Is(tokens[j], "toll") || (Is(tokens[j], "of") && j > 0 && Is(tokens[j - 1], "toll")))
        {
            return CasualtyKind.Killed;
        }

        return word is not ("down" or "dead" or "of") && KillVerbsBefore.Contains(word) ? CasualtyKind.Killed : null;
    }

    private static CasualtyKind? OutcomeAfter(IReadOnlyList<Token> tokens, int start, int window)
    {
        var limit = Math.Min(tokens.Count, start + window);
        for (var j = start; j < limit; j++)
        {
            var t = tokens[j];
            if (t.Text is "." or ";" or ":" or "?")
            {
                return null;
            }

            // "13 people, nine Chinese nationals among them, lost their lives": skip the aside about a part.
            if (t.Text == "," && AsideAboutPart(tokens, j) is { } asideEnd)
            {
                limit = Math.Min(tokens.Count, limit + (asideEnd - j));
                j = asideEnd;
                continue;
            }

            // An aside between dashes or brackets names the same people again: "Two officers — a policeman and a ranger — were".
            if (t.Text is "—" or "–" or "(")
            {
                var close = t.Text == "(" ? ")" : t.Text;
                var k = j + 1;
                while (k < tokens.Count && tokens[k].Text != close && k - j < 12)
                {
                    k++;
                }

                limit = Math.Min(tokens.Count, limit + (k - j));
                j = k;
                continue;
            }

            // Another figure starts another phrase; an age after a name (", 24,") does not.
            if (Is(t, "killing", "injuring", "wounding", "including", "when", "after", "while", "as", "but", "who", "which", "said", "says", "told", "that") ||
                (j > start && CountParser.ParseAt(tokens, j) is not null && !(tokens[j - 1].Text == "," && j + 1 < tokens.Count && tokens[j + 1].Text == ",")))
            {
                return null;
            }

            if (KillWords.Contains(t.Text))
            {
                // "lost their lives", "lost his life", "lost lives"; "lives" alone is not a death.
                if (Is(t, "lives", "life") && !(j > 1 && Is(tokens[j - 2], "lost")) && !(j > 0 && Is(tokens[j - 1], "lost")))
                {
                    continue;
                }

                return CasualtyKind.Killed;
            }

            if (InjureWords.Contains(t.Text))
            {
                return CasualtyKind.Injured;
            }

            if (Is(t, "shot", "gunned") && j + 1 < tokens.Count && Is(tokens[j + 1], "dead", "down"))
            {
                return CasualtyKind.Killed;
            }
        }

        return null;
    }

    /// <summary>
    /// The next item of a list of victims: "two civilians", "a police officer", or in headlines a bare
    /// singular noun ("2 polio workers, policeman killed").
    /// </summary>
    private (int Value, int End, ActorRole Role)? NextInList(IReadOnlyList<Token> tokens, int start)
    {
        if (ReadCount(tokens, start) is { } count)
        {
            var (role, end) = ReadActor(tokens, count.Next);
            return role is null ? null : (count.Value, end, role.Value);
        }

        if (lexicons.Actors.LongestAt(tokens, start) is { } m && m.Values.Contains(ActorRole.Victim) && !tokens[m.NextToken - 1].Text.EndsWith('s'))
        {
            return (1, m.NextToken, ActorRole.Victim);
        }

        // "a tribal elder and his guard".
        if (Is(tokens[start], "his", "her", "their") && start + 1 < tokens.Count && ReadActor(tokens, start + 1) is { Role: ActorRole.Victim } owned &&
            owned.Next - start <= 3 && !tokens[owned.Next - 1].Text.EndsWith('s'))
        {
            return (1, owned.Next, ActorRole.Victim);
        }

        return null;
    }

    /// <summary>The index of the comma closing ", three of them children," or ", nine Chinese among them,", if the tokens after a comma are such an aside.</summary>
    private static int? AsideAboutPart(IReadOnlyList<Token> tokens, int comma)
    {
        for (var k = comma + 1; k < Math.Min(tokens.Count, comma + 9); k++)
        {
            if (tokens[k].Text == ",")
            {
                var aside = tokens.Skip(comma + 1).Take(k - comma - 1).Select(t => t.Text.ToLowerInvariant()).ToList();
                return aside.Contains("among") || aside.Contains("including") || (aside.Contains("of") && aside.Contains("them")) ? k : null;
            }
        }

        return null;
    }

    private static bool IsBareOutcome(IReadOnlyList<Token> tokens, int next, CasualtyKind kind) =>
        next < tokens.Count && (KillWords.Contains(tokens[next].Text) || InjureWords.Contains(tokens[next].Text)) && kind is not CasualtyKind.AttackersKilled;

    /// <summary>"12 confirmed deaths", "9 dead": the figure names the dead themselves, who are victims unless said otherwise.</summary>
    private static bool OutcomeIsNoun(IReadOnlyList<Token> tokens, int next)
    {
        for (var j = next; j < Math.Min(tokens.Count, next + 2); j++)
        {
            if (Is(tokens[j], "deaths", "dead", "casualties", "injuries", "injured", "wounded"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "five policemen, a security guard and three civilians": in a story sentence a comma joins
    /// figures only when counted items follow it up to a closing "and"; otherwise it opens an aside.
    /// </summary>
    private bool ListClosesWithAnd(IReadOnlyList<Token> tokens, int comma)
    {
        var k = comma;
        for (var items = 0; items < 6 && k + 1 < tokens.Count && tokens[k].Text == ","; items++)
        {
            if (NextInList(tokens, k + 1) is not { } item)
            {
                return false;
            }

            k = item.End;
            if (k + 1 < tokens.Count && Is(tokens[k], "and"))
            {
                return NextInList(tokens, k + 1) is not null;
            }
        }

        return false;
    }

    /// <summary>"taking the toll ... to", "bringing the death toll ... to": a verb that raises a toll, a few words back.</summary>
    private static bool TollRaisedBefore(IReadOnlyList<Token> tokens, int to)
    {
        for (var k = Math.Max(2, to - 14); k < to; k++)
        {
            if (Is(tokens[k], "toll") && (RaisesToll(tokens[k - 2]) || (k >= 3 && Is(tokens[k - 1], "death") && RaisesToll(tokens[k - 3]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RaisesToll(Token token) =>
        Is(token, "taking", "bringing", "raising", "pushing", "took", "brought", "raised", "pushed");

    private static bool UpdateBefore(IReadOnlyList<Token> tokens, int i)
    {
        if (i > 0 && Is(tokens[i - 1], "to") && TollRaisedBefore(tokens, i - 1))
        {
            return true;
        }

        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            if (IsTollVerb(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count with no noun ("Three were killed") counts whoever the sentence, or the one before, is about.</summary>
    private static ActorRole InferRole(AnalyzedSentence sentence, AnalyzedSentence? previous)
    {
        // "Four killed as militants fire on FC vehicle": attackers who open a clause of their own did the killing.
        static bool Acting(AnalyzedSentence s, PhraseMatch<ActorRole> a)
        {
            for (var k = Math.Max(0, a.FirstToken - 3); k < a.FirstToken; k++)
            {
                if (s.Tokens[k].Key is "as" or "when" or "after" or "while" or "by")
                {
                    return true;
                }
            }

            return false;
        }

        static (bool Attackers, bool Victims) Who(AnalyzedSentence s) =>
            (s.Actors.Any(a => a.Values.Contains(ActorRole.Attacker) && !Acting(s, a)), s.Actors.Any(a => a.Values.Contains(ActorRole.Victim)));

        var (attackers, victims) = Who(sentence);
        if (attackers || victims)
        {
            return attackers && !victims ? ActorRole.Attacker : ActorRole.Victim;
        }

        if (previous is not null)
        {
            var (pa, pv) = Who(previous);
            if (pa && !pv)
            {
                return ActorRole.Attacker;
            }
        }

        return ActorRole.Victim;
    }

    /// <summary>The verbs a death toll rises by: "rose", "has risen", "climbed", "reached".</summary>
    private static bool IsTollVerb(Token token) =>
        Is(token, "rose", "rises", "risen", "climbed", "climbs", "jumped", "jumps", "reached", "reaches", "increased", "mounted", "surged");

    private static bool Is(Token token, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (token.Text.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:(?<both>no (?:casualties|casualty|human loss)|no(?: one|body) was (?:killed or (?:hurt|injured)|(?:hurt|injured) or killed))|(?<dead>no (?:loss|losses) of (?:life|lives)|no(?: one|body) was killed|no deaths)|(?<hurt>no(?: one|body) was (?:hurt|injured|wounded)|no injuries|no (?:\w+ )?(?:or \w+ )?was (?:injured|hurt)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoCasualties();

    [GeneratedRegex(@"\b(?:blew (?:himself|herself) up|(?:blew|blown|set|sets) (?:up|off) (?:his|her) (?:suicide )?(?:explosives|vest|jacket|explosive vest|device)|detonated (?:his|her) (?:suicide )?(?:vest|jacket|explosives)|head of (?:the )?(?:suicide )?bomber|(?:exploded|detonated) (?:himself|herself)|(?:bomber|attacker)(?:'s)? (?:was killed|died|was also killed|was shot dead)|(?:killed|shot dead|gunned down) the (?:suicide )?(?:bomber|attacker)\b|explosives strapped to (?:his|her) body|(?:killed|shot) (?:himself|herself)|suicide bomber (?:\w+ ){0,2}(?:set off|detonated|blew up|exploded) (?:an? |the |his |her )?(?:explosive|explosives|bomb|device|vest)|(?:head|remains|body parts|legs) of the (?:suicide )?(?:bomber|attacker)|bomber's (?:head|remains|body))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BomberDied();

    [GeneratedRegex(@"\b(?:shot dead|gunned down|assassinated|murdered|shot and killed)\s+(?:(?:a|an|the|[a-z-]+|[A-Z]{2,5}(?:-[A-Z])?)\s+){0,3}(?:[A-Z][a-z'-]+\s+){1,3}[A-Z][a-z'-]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedVictimKilled();

    [GeneratedRegex(@"\b(?:[A-Z][a-z'-]+\s+){1,3}[A-Z][a-z'-]+(?:,[^,.]{3,60},)?\s+(?:was|has been|had been)\s+(?:shot dead|gunned down|assassinated|murdered|shot and killed|killed|martyred)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedVictimWasKilled();

    [GeneratedRegex(@"\b(?:commander|commanders|militant|militants|terrorist|terrorists|insurgent|ringleader|kharji|khawarij|bomber|attacker|suspect)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilitantWord();
}
