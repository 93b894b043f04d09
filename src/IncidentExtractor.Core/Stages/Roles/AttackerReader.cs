using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Numbers;

namespace IncidentExtractor.Core.Stages.Roles;

/// <summary>
/// The perpetrators' phrase and count: the first attacker noun of the main incident with its
/// modifiers ("unidentified gunmen", "three armed men" → 3). A lone suicide bomber counts 1.
/// Vague figures ("up to four", "around 15-20") give no count.
/// </summary>
public sealed partial class AttackerReader(IncidentLexicons lexicons, FieldChooser chooser)
{
    private const string SubjectRule = "subject-of-attack-verb";

    public (PhraseChoice? Phrase, int? Count) Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var candidates = new List<Candidate<(PhraseChoice Phrase, int? Count)>>();

        // Whoever "opened fire" or "stormed" in the lead is the perpetrator, whatever the noun ("a security guard").
        if (SubjectOfAttack(sentences) is { } subject)
        {
            candidates.Add(Describe(subject, sentence: null, order: 0));
        }

        // Then every attacker noun of the main incident, the story's sentences before the headline.
        var ordered = sentences.Where(s => s.IsMain).OrderBy(s => s.Sentence.IsTitle ? 1 : 0).ThenBy(s => s.Sentence.Index).ToList();
        for (var order = 0; order < ordered.Count; order++)
        {
            var s = ordered[order];
            foreach (var m in s.Actors)
            {
                if (!m.Values.Contains(ActorRole.Attacker) && !IsQualifiedPerson(s.Tokens, m))
                {
                    continue;
                }

                var noun = s.Tokens[m.NextToken - 1].Key;
                if ((noun is "suspects" or "suspect" && !s.Sentence.Text.Contains("attack", StringComparison.OrdinalIgnoreCase) && s.Triggers.Count == 0) ||
                    UsedAsAdjective(s.Tokens, m.NextToken) || IsVerbSuspect(s.Tokens, m) || IsSuspectedGroup(s, m))
                {
                    continue;
                }

                candidates.Add(Describe(WithCount(s, m, "attacker-noun"), s, order));
            }
        }

        var chosen = chooser.Choose("attackers", candidates);
        if (chosen is null)
        {
            return (null, null);
        }

        // Any stated number of perpetrators in the main incident ("the three attackers", "four men on motorcycles").
        var count = chosen.Value.Count ?? candidates.Select(c => c.Value.Count).FirstOrDefault(n => n is not null);
        return (chosen.Value.Phrase, count);
    }

    /// <summary>
    /// The features the attackers' weights judge: the subject of the lead's attack verb first; else the
    /// first attacker noun, unless a bomber named in the headline or the first sentences comes later.
    /// </summary>
    private static Candidate<(PhraseChoice Phrase, int? Count)> Describe((PhraseChoice Phrase, int? Count) found, AnalyzedSentence? sentence, int order)
    {
        var early = sentence is null || sentence.Sentence.IsTitle || sentence.MainRank <= 2;
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["subject"] = found.Phrase.Rule == SubjectRule ? 1 : 0,
            ["sentence_order"] = Math.Min(order, 10),
            ["early_bomber"] = early && IsBomber(found.Phrase.Phrase) ? 1 : 0,
        };
        var evidence = new FieldEvidence(found.Phrase.Sentence, found.Phrase.Start, found.Phrase.End, found.Phrase.Rule);
        return new Candidate<(PhraseChoice Phrase, int? Count)>(found, evidence, features);
    }

    /// <summary>"the police suspect it was": the verb, not a person.</summary>
    private static bool IsVerbSuspect(IReadOnlyList<Token> tokens, PhraseMatch<ActorRole> m) =>
        m.NextToken - m.FirstToken == 1 && tokens[m.FirstToken].Key is "suspect" && m.FirstToken > 0 &&
        tokens[m.FirstToken - 1].Key is "police" or "officials" or "authorities" or "investigators" or "they" or "we" or "i" or "sources";

    /// <summary>
    /// "TTP militants are likely to come under suspicion", "blamed on Baloch separatists": a group's
    /// fighters named as suspects say who may be behind it, not who was seen attacking.
    /// </summary>
    private bool IsSuspectedGroup(AnalyzedSentence s, PhraseMatch<ActorRole> m) =>
        SuspicionWord().IsMatch(s.Sentence.Text) &&
        s.Groups.Any(g => g.NextToken == m.FirstToken || (g.FirstToken >= m.FirstToken && g.FirstToken <= m.NextToken + 1));

    /// <summary>A people noun right before an attack verb in the headline or lead: "a security guard ... opened fire".</summary>
    private (PhraseChoice Phrase, int? Count)? SubjectOfAttack(IReadOnlyList<AnalyzedSentence> sentences)
    {
        foreach (var s in sentences.Where(s => s.IsMain && (s.Sentence.IsTitle || s.MainRank == 0)))
        {
            // "were shot dead on Monday by unknown men": the agent of a passive verb.
            var passive = PassiveAgent().Match(s.Sentence.Text);
            if (passive.Success)
            {
                var byAt = s.Sentence.Start + passive.Index + passive.Length;
                var agent = s.Actors.FirstOrDefault(a => a.Start >= byAt && a.Start - byAt <= 30 && !a.Values.Contains(ActorRole.Modifier) && !a.Values.Contains(ActorRole.Victim));
                if (agent.Values is not null)
                {
                    return WithCount(s, agent, SubjectRule);
                }
            }

            // Headlines drop "was": "Policeman guarding polio team shot dead" names the victim first.
            var m = AttackVerb().Match(s.Sentence.Text);
            if (!m.Success || (m.Index > 5 && PassiveBefore().IsMatch(s.Sentence.Text[..m.Index])) || ByAfter().IsMatch(s.Sentence.Text.AsSpan(m.Index + m.Length)) ||
                (s.Sentence.IsTitle && m.Value is "shot dead" or "gunned down" or "struck"))
            {
                continue;
            }

            var verbAt = s.Sentence.Start + m.Index;
            var actor = s.Actors.LastOrDefault(a => a.End <= verbAt && verbAt - a.End <= 100);
            if (actor.Values is null || actor.Values.Contains(ActorRole.Modifier))
            {
                continue;
            }

            var noun = s.Tokens[actor.NextToken - 1].Key;
            if (noun is "people" or "persons" or "person" or "police" or "policemen" or "soldiers" or "forces" or "personnel" or "officials")
            {
                continue;
            }

            // "armed men blocked the road, forced passengers off a bus and shot dead seven": the object
            // of an earlier verb is not the one who fired.
            var first = actor.FirstToken;
            while (first > 0 && IsModifier(s.Tokens, first - 1))
            {
                first--;
            }

            if (first > 0 && s.Tokens[first - 1] is { IsWord: true, IsCapitalized: false } before && before.Key.EndsWith("ed", StringComparison.Ordinal))
            {
                continue;
            }

            return WithCount(s, actor, SubjectRule);
        }

        return null;
    }

    private (PhraseChoice Phrase, int? Count) WithCount(AnalyzedSentence s, PhraseMatch<ActorRole> actor, string rule)
    {
        var phrase = Phrase(s, actor, rule);
        var start = actor.FirstToken;
        while (start > 0 && s.Tokens[start - 1].Start >= phrase.Start)
        {
            start--;
        }

        // "three terrorists were killed", "killing nine militants": a count of dead attackers, not of
        // how many attacked; "the four attackers were shot dead", "all five" count them all.
        var count = CountBefore(s.Tokens, start, s.Tokens[actor.NextToken - 1].Key) ?? CountInNumber(s.Tokens, actor.NextToken);
        return (phrase, count is > 1 && !CountsThemAll(s.Tokens, start) && CountsTheDead(s, start, actor.NextToken) ? null : count);
    }

    /// <summary>"the four attackers", "all five gunmen": the figure before the phrase counts every attacker.</summary>
    private static bool CountsThemAll(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = Math.Max(1, start - 4); i < start; i++)
        {
            if (CountParser.ParseAt(tokens, i) is { } c && c.NextToken == start && tokens[i - 1].Key is "the" or "all")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether kill words stand within a few words of the counted attackers.</summary>
    private static bool CountsTheDead(AnalyzedSentence s, int start, int next)
    {
        var from = s.Tokens[Math.Max(0, start - 3)].Start - s.Sentence.Start;
        var to = s.Tokens[Math.Min(s.Tokens.Count - 1, next + 4)].End - s.Sentence.Start;
        return DeadAttackers().IsMatch(s.Sentence.Text.AsSpan(from, to - from));
    }

    private PhraseChoice Phrase(AnalyzedSentence s, PhraseMatch<ActorRole> actor, string rule)
    {
        var start = actor.FirstToken;
        while (start > 0 && (IsModifier(s.Tokens, start - 1) || (s.Tokens[start - 1].IsWord && s.Tokens[start - 1].Text is "security" or "private")))
        {
            start--;
        }

        var text = string.Join(' ', s.Tokens.Skip(start).Take(actor.NextToken - start).Select(t => t.Text)).ToLowerInvariant();
        return new PhraseChoice(text, s.Sentence.Text, s.Tokens[start].Start, s.Tokens[actor.NextToken - 1].End, rule);
    }

    /// <summary>"a militant group", "terrorist attacks", "militant hideouts": the word qualifies another noun.</summary>
    private static bool UsedAsAdjective(IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].Key is "group" or "groups" or "attack" or "attacks" or "commander"
            or "commanders" or "organisation" or "organization" or "outfit" or "outfits" or "faction" or "factions" or "hideout"
            or "hideouts" or "network" or "networks" or "leader" or "leaders" or "violence" or "activity" or "activities" or "wing"
            or "incidents" or "incident" or "threat" or "threats" or "camps" or "camp" or "movement";

    private static bool IsBomber(string phrase) => phrase.EndsWith("bomber", StringComparison.Ordinal);

    /// <summary>"men", "individuals" and "persons" are perpetrators only with a word like armed, unknown, masked.</summary>
    private bool IsQualifiedPerson(IReadOnlyList<Token> tokens, Lexicons.PhraseMatch<ActorRole> m)
    {
        var noun = tokens[m.NextToken - 1].Key;
        if (noun is not ("men" or "individuals" or "persons" or "people" or "person"))
        {
            return false;
        }

        // "two men on a motorcycle", "men riding a motorbike", "men armed with pistols": how they came names them attackers.
        var next = m.NextToken;
        if (next + 1 < tokens.Count && (tokens[next].Key is "riding" or "wearing" ||
            (tokens[next].Key == "armed" && tokens[next + 1].Key == "with") ||
            (tokens[next].Key == "on" && tokens.Skip(next + 1).Take(2).Any(t => t.Key is "motorcycle" or "motorcycles" or "motorbike" or "motorbikes"))))
        {
            return true;
        }

        return m.FirstToken > 0 && IsModifier(tokens, m.FirstToken - 1) &&
            lexicons.Actors.LongestAt(tokens, m.FirstToken - 1) is { } mod && mod.Values.Contains(ActorRole.Modifier);
    }

    private bool IsModifier(IReadOnlyList<Token> tokens, int i) =>
        lexicons.Actors.LongestAt(tokens, i) is { } m && m.Values.Contains(ActorRole.Modifier) && m.NextToken == i + 1;

    /// <summary>"The attackers, three in number, escaped".</summary>
    private static int? CountInNumber(IReadOnlyList<Token> tokens, int next) =>
        next + 3 < tokens.Count && tokens[next].Text == "," && CountParser.ParseAt(tokens, next + 1) is { } c &&
        c.NextToken + 1 < tokens.Count && tokens[c.NextToken].Key == "in" && tokens[c.NextToken + 1].Key == "number" ? c.Value : null;

    private static int? CountBefore(IReadOnlyList<Token> tokens, int start, string noun)
    {
        for (var i = Math.Max(0, start - 4); i < start; i++)
        {
            if (CountParser.ParseAt(tokens, i) is { } c && c.NextToken == start)
            {
                // "up to four gunmen" is a ceiling and "around 15-20 men" a guess, not a count; "10 to 12 militants"
                // gives its lower bound and "about 30 militants" its figure.
                var vague = i > 0 && (tokens[i - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && i > 1 && tokens[i - 2].Text.Equals("up", StringComparison.OrdinalIgnoreCase)
                    || tokens[i - 1].Key is "dozens");
                return vague || (c.IsRange && i > 0 && tokens[i - 1].Key is "around" or "about") ? null : c.Value;
            }
        }

        // "a suicide bomber", "the bomber", "a security guard": one person.
        var singular = !noun.EndsWith('s') && !noun.EndsWith("men", StringComparison.Ordinal);
        var article = (start > 0 && tokens[start - 1].Text is "a" or "A" or "an" or "An" or "one") || (start > 1 && tokens[start - 2].Text is "a" or "A" or "an" or "An");
        var definiteBomber = noun.EndsWith("bomber", StringComparison.Ordinal) && ((start > 0 && tokens[start - 1].Text is "the" or "The") || (start > 1 && tokens[start - 2].Text is "the" or "The"));
        if (singular && (article || definiteBomber))
        {
            return 1;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:opened fire|open fire|fired (?:shots )?(?:at|on|upon)|stormed|attacked|raided|shot dead|gunned down|sprayed bullets|hurled|lobbed|blew (?:himself|herself) up|struck|rammed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttackVerb();

    [GeneratedRegex(@"\b(?:killed|killing|kills|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|gunned down|shot dead|sent to hell|died|dead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadAttackers();

    [GeneratedRegex(@"\b(?:was|were|been|being) (?:shot dead|gunned down|attacked|killed|targeted|shot|abducted|kidnapped|injured|wounded|martyred)\b[^.,;]{0,40}?\bby\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAgent();

    // "were offloaded from a bus and shot dead by armed men": the verb is passive, its subject the victims.
    [GeneratedRegex(@"^(?: [\w-]+){0,2} by\b", RegexOptions.CultureInvariant)]
    private static partial Regex ByAfter();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"\b(?:suspicion|suspected|suspect|blamed|blame)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuspicionWord();
}
