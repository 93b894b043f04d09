using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Roles;

/// <summary>
/// What was attacked: the noun phrase after an attack verb ("stormed the Chinese consulate",
/// "attack on a police station", "opened fire on a bus"), or before a passive one ("the Stock
/// Exchange came under attack"); failing both, the victims themselves ("two labourers were shot").
/// </summary>
public sealed partial class TargetReader(IncidentLexicons lexicons, Gazetteer gazetteer, FieldChooser chooser)
{
    private const string VictimsRule = "victims";

    private static readonly System.Buffers.SearchValues<string> TriggerStems = System.Buffers.SearchValues.Create(
        ["attack", "outside", "in front of", "abduct", "kidnap", "assault", "raid", "strike", "struck", "bomb", "blast", "explo",
         "device", "went off", "occurred", "took place", "set off", "blew", "blow", "blown", "tore", "ripped", "ram", "tried to",
         "attempted to", "firing", "ambush", "target", "storm", "hit", "set fire", "torch", "burn", "fire", "sprayed", "hurl",
         "lob", "threw", "thrown", "throw", "detonat", "ablaze", "raze", "shot dead", "gunned down", "came under", "come under", "comes under", "damaged", "destroyed"],
        StringComparison.OrdinalIgnoreCase);
    private const string NamesTheAttackRule = "names-the-attack";
    private const string AimedAtRule = "aimed-at";

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "on", "of", "from", "with", "by", "for", "during", "after", "before", "when", "where", "which",
        "that", "who", "as", "and", "was", "were", "is", "are", "has", "had", "have", "killed", "injured", "wounded",
        "leaving", "while", "late", "early", "on", "into", "to", "outside", "inside", "along", "there", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "than", "this", "it",
        "overnight", "tonight", "morning", "evening", "night", "afternoon", "close",
        "leaves", "leave", "left", "kills", "kill", "hits", "injures", "wounds", "rocks", "claims", "sparks",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "them", "it", "us", "those", "these", "himself", "themselves", "they", "he", "she", "we",
    };

    private static readonly HashSet<string> NotTargets = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "city", "district", "town", "province", "region", "country", "morning", "night", "evening", "spot", "site",
        "scene", "way", "time", "day", "people", "attack", "attackers", "gunmen", "militants",
        "account", "accounts", "channel", "website", "handle", "page",
    };

    public PhraseChoice? Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // The headline names the target most plainly; then the lead and the sentences after it.
        var main = sentences.Where(s => s.IsMain).OrderBy(s => s.Sentence.IsTitle ? 0 : 1).ThenBy(s => s.Sentence.Index).Take(7).ToList();
        var candidates = new List<Candidate<PhraseChoice>>();
        for (var order = 0; order < main.Count; order++)
        {
            var s = main[order];
            foreach (var phrase in AttackedPhrases(s))
            {
                candidates.Add(Describe(s, phrase, order));
            }
        }

        // No attack verb with an object: the victims are the target ("Two labourers were shot dead"),
        // read only where the sentence tells what happened to them.
        if (candidates.Count == 0)
        {
            for (var order = 0; order < main.Count; order++)
            {
                if (Victims(main[order]) is { } victims)
                {
                    candidates.Add(Describe(main[order], victims, order));
                }
            }
        }

        return chooser.Choose("target", candidates)?.Value;
    }

    /// <summary>
    /// The features the target's weights judge: a phrase that names a kind of target ("police station",
    /// "bus") is better than a name alone; over a headline's people ("troops hit by suicide attack"), the
    /// thing the lead says was hit; earlier sentences first.
    /// </summary>
    private Candidate<PhraseChoice> Describe(AnalyzedSentence s, PhraseChoice phrase, int order)
    {
        var namesKind = NamesKind(s.Tokens, phrase.FirstToken, phrase.NextToken);
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["title"] = s.Sentence.IsTitle ? 1 : 0,
            ["sentence_order"] = order,
            ["names_kind"] = namesKind ? 1 : 0,
            ["title_people"] = s.Sentence.IsTitle && namesKind && EndsWithPeople(s.Tokens, phrase.FirstToken, phrase.NextToken) ? 1 : 0,
            ["victims"] = phrase.Rule == VictimsRule ? 1 : 0,
            ["names_the_attack"] = phrase.Rule == NamesTheAttackRule ? 1 : 0,
            ["aimed_at"] = phrase.Rule == AimedAtRule ? 1 : 0,
        };
        return new Candidate<PhraseChoice>(phrase, new FieldEvidence(phrase.Sentence, phrase.Start, phrase.End, phrase.Rule), features);
    }

    /// <summary>The objects of the attack verbs of a sentence, up to a recall cue, and the subject of a passive one.</summary>
    private IEnumerable<PhraseChoice> AttackedPhrases(AnalyzedSentence s)
    {
        // Every attack verb of ActiveTrigger() and PassiveTrigger() holds one of these stems.
        if (s.Sentence.Text.AsSpan().IndexOfAny(TriggerStems) < 0)
        {
            yield break;
        }

        foreach (Match m in ActiveTrigger().Matches(s.Sentence.Text))
        {
            if (s.InRecall(s.Sentence.Start + m.Index))
            {
                continue;
            }

            if (PhraseAt(s, s.Sentence.Start + m.Index + m.Length) is { } p)
            {
                // "targeting a convoy", "stormed the consulate" say what was aimed at; "a blast near
                // the airport" may only say where.
                yield return ExplicitTrigger().IsMatch(m.Value) ? p with { Rule = AimedAtRule } : p;
            }
        }

        var passive = PassiveTrigger().Match(s.Sentence.Text);
        if (passive.Success && PhraseBefore(s, s.Sentence.Start + passive.Index) is { } q)
        {
            yield return q;
        }

        if (NamedByTheAttack(s) is { } r)
        {
            yield return r;
        }
    }

    /// <summary>"the Dasu bus blast", "a mosque bombing": the kind of target that names the attack itself.</summary>
    private PhraseChoice? NamedByTheAttack(AnalyzedSentence s)
    {
        var tokens = s.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Key is not ("blast" or "bombing" or "explosion" or "attack" or "ambush"))
            {
                continue;
            }

            for (var start = Math.Max(0, i - 3); start < i; start++)
            {
                if (tokens[start].IsWord && lexicons.TargetTypes.LongestAt(tokens, start) is { } m && m.NextToken == i &&
                    Make(s, start, i, NamesTheAttackRule) is { } phrase)
                {
                    return phrase;
                }
            }
        }

        return null;
    }

    /// <summary>The first victims' phrase of a sentence that tells what happened to them, with the thing they were in ("passenger bus").</summary>
    private PhraseChoice? Victims(AnalyzedSentence s)
    {
        if (s.Triggers.Count == 0 && !HarmWord().IsMatch(s.Sentence.Text))
        {
            return null;
        }

        foreach (var a in s.Actors)
        {
            if (a.Values.Contains(ActorRole.Victim) && !IsGeneric(s.Tokens[a.NextToken - 1].Text) && !SourceMention.IsSource(s.Tokens, a.FirstToken, a.NextToken))
            {
                var start = a.FirstToken;
                while (start > 1 && s.Tokens[start - 1].IsCapitalized && IsModifierBefore(s.Tokens, start - 1))
                {
                    start--;
                }

                // "a polio worker", "construction workers": a word of a kind of target before the people word.
                while (start > 0 && s.Tokens[start - 1].IsWord && !Stops.Contains(s.Tokens[start - 1].Text) &&
                       lexicons.TargetTypes.LongestAt(s.Tokens, start - 1) is not null)
                {
                    start--;
                }

                // "police officer": the people word that counts comes last; "passenger bus", "police van":
                // the thing attacked follows the people word.
                var end = a.NextToken;
                while (end < s.Tokens.Count && lexicons.Actors.LongestAt(s.Tokens, end) is { } more && more.Values.Contains(ActorRole.Victim) &&
                       s.Tokens[end].Key is not ("dead" or "bodies" or "victims"))
                {
                    end = more.NextToken;
                }

                while (end < s.Tokens.Count && end - a.NextToken < 2 && s.Tokens[end].IsWord && lexicons.TargetTypes.LongestAt(s.Tokens, end) is not null)
                {
                    end++;
                }

                var text = Join(s.Tokens, start, end);
                return new PhraseChoice(text, s.Sentence.Text, s.Tokens[start].Start, s.Tokens[end - 1].End, VictimsRule) { FirstToken = start, NextToken = end };
            }
        }

        return null;
    }

    /// <summary>Whether the tokens from <paramref name="start"/> to <paramref name="end"/> hold a kind of target or victims.</summary>
    private bool NamesKind(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((lexicons.TargetTypes.LongestAt(tokens, i) is { } t && t.NextToken <= end) ||
                (lexicons.Actors.LongestAt(tokens, i) is { } a && a.NextToken <= end && a.Values.Contains(ActorRole.Victim)))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithPeople(IReadOnlyList<Token> tokens, int start, int end) =>
        end > start && lexicons.Actors.LongestAt(tokens, end - 1) is { } m && m.NextToken <= end && !m.Values.Contains(ActorRole.Modifier);

    private static bool IsGeneric(string noun) => noun.ToLowerInvariant() is "victims" or "victim" or "bodies" or "dead" or "officials" or "official" or "members" or "member" or "staff";

    private PhraseChoice? PhraseAt(AnalyzedSentence s, int offset)
    {
        var tokens = s.Tokens;
        var i = s.TokenAt(offset);
        SkipDeterminers(tokens, ref i);

        // "in the middle of a procession", "a crowd attending a rally": the gathering is what was attacked.
        if (i + 2 < tokens.Count && tokens[i].Key is "middle" or "midst" && tokens[i + 1].Key == "of")
        {
            i += 2;
            SkipDeterminers(tokens, ref i);
        }

        if (i + 2 < tokens.Count && tokens[i].Key is "crowd" or "crowds" && tokens[i + 1].Key is "attending" or "at" or "gathered" or "outside")
        {
            i += tokens[i + 1].Key == "gathered" && tokens[i + 2].Key is "at" or "for" or "outside" ? 3 : 2;
            SkipDeterminers(tokens, ref i);
        }

        // "the gate of the stadium", "the entrance of the district courts": the place named after "of" was attacked.
        if (i + 1 < tokens.Count && tokens[i].Key is "gate" or "gates" or "entrance" or "main" or "outskirts" or "vicinity" or "premises" or "doorstep")
        {
            var of = i;
            while (of < Math.Min(tokens.Count, i + 3) && tokens[of].Key != "of")
            {
                of++;
            }

            if (of < tokens.Count && tokens[of].Key == "of")
            {
                i = of + 1;
                SkipDeterminers(tokens, ref i);
            }
        }

        var start = i;
        while (i < tokens.Count && i - start < 6 && tokens[i].IsWord && (!Stops.Contains(tokens[i].Text) || JoinsNouns(tokens, i)) &&
               (!IsVerbForm(tokens[i].Text) || CarriesOn(tokens, i, start)) &&
               !(i > start && tokens[i].Text.EndsWith("ed", StringComparison.Ordinal)))
        {
            i++;
        }

        return Make(s, start, i, "after-attack-verb");
    }

    /// <summary>"fruit and vegetable market": an "and" that joins words before the noun attacked.</summary>
    private bool JoinsNouns(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Key != "and")
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
        {
            if (!tokens[k].IsWord || Stops.Contains(tokens[k].Text))
            {
                return false;
            }

            if (lexicons.TargetTypes.LongestAt(tokens, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"buses carrying Chinese engineers": what a vehicle carried is part of what was attacked.</summary>
    private static bool CarriesOn(IReadOnlyList<Token> tokens, int i, int start) =>
        i > start && tokens[i].Key is "carrying" or "transporting";

    private static void SkipDeterminers(IReadOnlyList<Token> tokens, ref int i)
    {
        while (i < tokens.Count && (tokens[i].Key is "a" or "an" or "the" or "several" or "its" or "their" or "his" or "her" or "our" ||
               (tokens[i].IsWord && Numbers.CountParser.ParseAt(tokens, i) is not null)))
        {
            i++;
        }
    }

    private PhraseChoice? PhraseBefore(AnalyzedSentence s, int offset)
    {
        var tokens = s.Tokens;
        var end = 0;
        while (end < tokens.Count && tokens[end].End <= offset)
        {
            end++;
        }

        // "the Pakistan Stock Exchange in Karachi city came under attack": drop the place after "in".
        for (var k = end - 1; k > Math.Max(0, end - 5); k--)
        {
            if (tokens[k].Text.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                end = k;
                break;
            }
        }

        var start = end;
        while (start > 0 && end - start < 6 && IsModifierBefore(tokens, start - 1) && tokens[start - 1].Key is not ("their" or "his" or "her" or "its" or "our"))
        {
            start--;
        }

        var phrase = Make(s, start, end, "before-passive-attack");
        if (phrase is not null && NamesKind(tokens, start, end))
        {
            return phrase;
        }

        // "a checkpost situated along the highway was attacked": the subject is further back.
        for (var k = start - 1; k >= Math.Max(0, start - 8); k--)
        {
            if (tokens[k].IsWord && lexicons.TargetTypes.LongestAt(tokens, k) is { } m && m.NextToken <= end)
            {
                var from = k;
                while (from > 0 && IsModifierBefore(tokens, from - 1))
                {
                    from--;
                }

                return Make(s, from, m.NextToken, "subject-of-passive-attack") ?? phrase;
            }
        }

        return phrase;
    }

    /// <summary>A word that belongs to the noun phrase after it: not a stop word, an article, or a count ("At least 12 schools were burnt").</summary>
    private static bool IsModifierBefore(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && !Stops.Contains(tokens[k].Text) && tokens[k].Key is not ("a" or "an" or "the" or "least") &&
        Numbers.CountParser.ParseAt(tokens, k) is null;

    private PhraseChoice? Make(AnalyzedSentence s, int start, int end, string rule)
    {
        if (end <= start || end > s.Tokens.Count)
        {
            return null;
        }

        var head = s.Tokens[end - 1].Text;
        if (NotTargets.Contains(head) || char.IsDigit(head[0]) || Pronouns.Contains(head))
        {
            return null;
        }

        // "grenade attack hits Karachi": a place is where, not what.
        var text = Join(s.Tokens, start, end);
        if (gazetteer.Lookup(text).Count > 0 && !NamesKind(s.Tokens, start, end))
        {
            return null;
        }

        return new PhraseChoice(text, s.Sentence.Text, s.Tokens[start].Start, s.Tokens[end - 1].End, rule) { FirstToken = start, NextToken = end };
    }

    private static string Join(IReadOnlyList<Token> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text));

    private static bool IsVerbForm(string word) =>
        word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word.ToLowerInvariant() is not ("building" or "meeting" or "gathering" or "wedding" or "housing");

    [GeneratedRegex(@"^(?:targeting|targeted|(?:suicide )?attack targeting|attacks? (?:by (?:[\w-]+ ){1,3}?)?(?:on|against)|stormed|storm|ambushed|ambush on|raided|raid on|assault on|opened fire (?:on|at)|fired (?:shots )?(?:at|on)|firing on|sprayed bullets at|(?:hurled|lobbed|threw|hurls|lobs|throws) (?:a |the )?(?:hand )?grenades? (?:at|on|into)|(?:was|were) (?:hurled|thrown|lobbed) (?:at|on|into))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitTrigger();

    [GeneratedRegex(@"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|martyred|shot|abducted|kidnapped|hurt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HarmWord();

    [GeneratedRegex(@"\b(?:attacks? (?:by (?:[\w-]+ ){1,3}?)?(?:on|at|against|near|inside|outside)|(?:outside|in front of) (?=(?:a|an|the) )|abducted|kidnapped|assault on|raid on|strike on|bombing (?:of|at)|(?:blasts?|explosions?|bombs?|device|explosives|bomber) (?:at|outside|inside|near|close to|in front of)|(?:went off|occurred|took place|exploded|struck) (?:outside|at|near|inside|in front of|close to|in(?= (?:a|an|the) ))|(?:set off|blew up|blown up|detonated) (?:his |her |the |an? )?(?:suicide )?(?:explosives|vest|jacket|device|bomb)(?: in [A-Z][\w-]+)? (?:at|near|outside|inside|in front of)|(?:blew up|blown up|blowing up)(?= (?:a|an|the|two|three|several|its|their) )|(?:tore|ripped) (?:through|into)|blew (?:himself|herself|themselves) up (?:in the middle of|amid|among|at|near|inside|outside|in front of|in)|shot dead|gunned down|ram(?:s|med)? (?:[\w-]+ ){0,3}into|(?:tried|attempted) to (?:get into|enter|storm|attack|target)|firing on|ambush on|(?:suicide )?attack targeting|attacked|targeted|targeting|stormed|storm|raided|struck|hit|hits|ambushed|rammed into|hostages? (?:at|in|inside)|set fire to|set(?= (?:a|an|the|its|their|his|her) [^.,;]{1,40}? (?:on fire|ablaze)\b)|set ablaze|torched|burnt down|burned down|opened fire (?:on|at)|fired (?:shots |(?:a |several |two |three |four )?(?:rockets?|mortars?|mortar shells|shells|missiles?|grenades?) )?(?:at|on)|sprayed bullets at|(?:hurled|lobbed|threw|hurls|lobs|throws) (?:a |the )?(?:hand )?grenades? (?:at|on|into)|(?:was|were) (?:hurled|thrown|lobbed) (?:at|on|into)|attempted to raid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActiveTrigger();

    [GeneratedRegex(@"\b(?:(?:came|comes|come) under (?:an? )?(?:[\w-]+ )?(?:attack|fire|gunfire)|(?:was|were|has been|have been|had been) (?:attacked|targeted|stormed|hit|bombed|torched|set on fire|set ablaze|blown up|burnt|burned|razed|fired upon|fired on|ambushed|damaged|destroyed|struck)|(?:damaged|hit|struck|targeted|attacked) (?:in|by) (?:an? |the )?(?:[\w-]+ )?(?:blast|explosion|attack|bomb|bomber|bombing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveTrigger();
}
