using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Claims;

/// <summary>
/// Finds who claimed the main incident and, failing a claim, whom officials blame (<see cref="SuspectReader"/>). A group counts
/// only when a claim sentence of the main incident names it (or the sentence right after names
/// the claimant's spokesman: "A separatist group claimed responsibility. ... the spokesman for the
/// BLA said"). Negated claims ("no group has claimed") and groups named for context give nothing.
/// </summary>
public sealed partial class ClaimReader(IncidentLexicons lexicons, Gazetteer gazetteer, FieldChooser chooser)
{
    // Who speaks for the state: their "claimed" is an assertion about a group, not a claim of responsibility.
    private static readonly HashSet<string> OfficialSubjects = new(StringComparer.Ordinal)
    {
        "police", "officials", "official", "authorities", "government", "military", "army", "ispr", "minister", "investigators",
        "officers", "ctd", "administration",
    };

    private readonly SuspectReader _suspects = new(chooser);

    private readonly record struct ClaimExpression(int Start, bool Passive);

    public GroupAttribution Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<Candidate<string>>();
        var order = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (!(s.IsMain || (i > 0 && sentences[i - 1].IsMain)) || ClaimIn(s) is not { } expression || IsNoClaim(s, expression.Start) || !OfMainIncident(sentences, i, expression.Start) ||
                NamesAnotherPlace(sentences, s, expression.Start))
            {
                continue;
            }

            // The claim sentence's own group, else the sentence after or before it names the claimant
            // ("A separatist group claimed responsibility. ... the spokesman for the BLA said").
            GroupMentions.Add(claims, ClaimantIn(s, expression) ?? UnlistedClaimant(s, expression), order, "claim_sentence");
            GroupMentions.Add(claims, i + 1 < sentences.Count && sentences[i + 1].IsMain ? GroupMentions.First(sentences[i + 1]) : null, order, "next_sentence");
            GroupMentions.Add(claims, i > 0 && sentences[i - 1].IsMain ? GroupMentions.First(sentences[i - 1]) : null, order, "previous_sentence");
            order++;
        }

        if (chooser.Choose("claimed_group", claims) is { } claim)
        {
            return new GroupAttribution(claim.Value, claim.Candidate.Evidence, null, null);
        }

        return _suspects.Read(sentences) is { } suspect
            ? new GroupAttribution(null, null, suspect.Value, suspect.Candidate.Evidence)
            : new GroupAttribution(null, null, null, null);
    }

    /// <summary>
    /// Where the sentence claims an attack for a group, if it does: a claim phrase of the lexicon,
    /// "the BLA claimed the suicide attack", "TTP claims Bannu attack", "the attack was claimed by",
    /// "X was behind the attack" in the group's voice, or the group's spokesman giving its motive.
    /// </summary>
    private ClaimExpression? ClaimIn(AnalyzedSentence s)
    {
        var text = s.Sentence.Text;
        foreach (var c in s.Cues)
        {
            // Cues come in text order, so the first claim cue is the earliest.
            if (c.Values.Contains(CueKind.Claim))
            {
                return ClaimedByOfficials(s, c.Start) ? null : new ClaimExpression(c.Start, false);
            }
        }

        // Each pattern below needs one of these words; most sentences hold none, and skip the patterns.
        var (claimVerb, by, behind, spokesman, didIt, said) = (false, false, false, false, false, false);
        foreach (var t in s.Tokens)
        {
            switch (t.Key)
            {
                case "claim" or "claims" or "claimed" or "own" or "owns" or "owned" or "accepted": claimVerb = true; break;
                case "by": by = true; break;
                case "behind": behind = true; break;
                case "spokesman" or "spokesperson": spokesman = true; break;
                case "carried" or "conducted" or "staged" or "launched": didIt = true; break;
                case "said" or "stated": said = true; break;
            }
        }

        if (claimVerb && by && ClaimedBy().Match(text) is { Success: true } passive)
        {
            return new ClaimExpression(s.Sentence.Start + passive.Index, true);
        }

        // "claimed the deadly bombing" needs its claimant before it: "police claimed the attack was..." is no claim.
        if ((claimVerb || didIt || said) && ClaimedAttack().Match(text) is { Success: true } active &&
            s.Groups.Any(g => g.End <= s.Sentence.Start + active.Index) &&
            !ClaimedByOfficials(s, s.Sentence.Start + active.Index))
        {
            return new ClaimExpression(s.Sentence.Start + active.Index, false);
        }

        if (behind && BehindTheAttack().Match(text) is { Success: true } behindIt && GroupVoice().IsMatch(text))
        {
            return new ClaimExpression(s.Sentence.Start + behindIt.Index, false);
        }

        return spokesman && SpokesmanMotive().Match(text) is { Success: true } motive && GroupSpokesman(s)
            ? new ClaimExpression(s.Sentence.Start + motive.Index, false)
            : null;
    }

    /// <summary>"Police claimed the attack was carried out by the BLA": officials' claim about a group is no group's claim.</summary>
    private bool ClaimedByOfficials(AnalyzedSentence s, int claimAt)
    {
        var at = s.TokenAt(claimAt);
        var groups = s.Groups;
        for (var k = Math.Max(0, at - 3); k < at; k++)
        {
            // "the Baloch Nationalist Army claimed": an official word inside a name, or before a group named later, is not the subject.
            var insideName = k > 0 && s.Tokens[k].IsCapitalized && s.Tokens[k - 1].IsCapitalized;
            if (OfficialSubjects.Contains(s.Tokens[k].Key) && !insideName && !groups.Any(g => g.NextToken > k && g.FirstToken < at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"TTP spokesman", "a spokesman for the BLA": the group speaks for itself, not an official about it.</summary>
    private bool GroupSpokesman(AnalyzedSentence s)
    {
        var groups = s.Groups;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Key is not ("spokesman" or "spokesperson"))
            {
                continue;
            }

            var at = i;
            if (groups.Any(g => (g.NextToken >= at - 2 && g.NextToken <= at) || (g.FirstToken > at && g.FirstToken <= at + 3)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "BLA claimed the Karachi attack", "responsible for the attack in Tangi": a claim of an attack
    /// at a place that neither the headline nor the lead names is a claim of another incident.
    /// </summary>
    private bool NamesAnotherPlace(IReadOnlyList<AnalyzedSentence> sentences, AnalyzedSentence s, int claimAt)
    {
        var from = Math.Max(0, claimAt - s.Sentence.Start);
        if (ClaimedPlace().Match(s.Sentence.Text, from) is not { Success: true } m || m.Index - from > 60)
        {
            return false;
        }

        // "the Karachi University attack" names Karachi.
        var name = m.Groups["p"].Value;
        var place = gazetteer.Lookup(name).Count > 0 ? name : name.Split(' ').FirstOrDefault(w => gazetteer.Lookup(w).Count > 0);
        if (place is null || place == Gazetteer.Pakistan || Gazetteer.Provinces.Contains(place))
        {
            return false;
        }

        return !sentences.Any(o => (o.Sentence.IsTitle || o.MainRank == 0) && o.Sentence.Text.Contains(place, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a claim speaks of the main incident: its sentence is one of the main incident's, or
    /// comes right after one and adds context only after the claim ("The BLA claimed the attack, the
    /// fifth on the highway so far this year"; "..., saying it was revenge for last month's raid").
    /// </summary>
    private static bool OfMainIncident(IReadOnlyList<AnalyzedSentence> sentences, int index, int claimAt)
    {
        var s = sentences[index];
        if (s.IsMain)
        {
            return true;
        }

        if (index == 0 || !sentences[index - 1].IsMain)
        {
            return false;
        }

        return s.Role switch
        {
            // "The BLA, which has repeatedly targeted Chinese nationals, claimed": context in a clause of its own.
            SentenceRole.Background => s.Cues.Where(c => c.Values.Contains(CueKind.Background))
                .All(c => c.Start > claimAt || (c.End < claimAt && s.Sentence.Text.AsSpan(c.End - s.Sentence.Start, claimAt - c.End).Contains(','))),
            SentenceRole.OtherIncident => ClaimBeforeMotive(s, claimAt),
            _ => false,
        };
    }

    /// <summary>A claim whose only recall is the motive it gives, after it.</summary>
    private static bool ClaimBeforeMotive(AnalyzedSentence s, int claimAt)
    {
        if (s.InRecall(claimAt))
        {
            return false;
        }

        var recalls = s.Cues.Where(c => c.Values.Contains(CueKind.OtherIncident)).ToList();
        if (recalls.Count == 0)
        {
            return false;
        }

        var motive = Motive().Match(s.Sentence.Text, Math.Max(0, claimAt - s.Sentence.Start));
        return motive.Success && recalls.All(r => r.Start >= s.Sentence.Start + motive.Index);
    }

    /// <summary>
    /// Nobody claimed, or the group denied it. A denial after the claim ("JuA claimed it, but the TTP
    /// distanced itself") is another group's and leaves the claim standing.
    /// </summary>
    private static bool IsNoClaim(AnalyzedSentence s, int claimAt) =>
        NegatedClaim().IsMatch(s.Sentence.Text) ||
        s.Cues.Any(c => c.Values.Contains(CueKind.NoClaim) && !(c.Start > claimAt && IsDenial(s, c)));

    private static bool IsDenial(AnalyzedSentence s, PhraseMatch<CueKind> cue) =>
        s.Tokens[cue.FirstToken].Key is "denied" or "distanced" or "condemned";

    /// <summary>
    /// The claimant: after a passive claim the group named after it ("was claimed by the BLF");
    /// otherwise the group named last before the claim words ("the TTP's Jamaatul Ahrar faction
    /// claimed"), else the first.
    /// </summary>
    private (string Name, FieldEvidence Evidence)? ClaimantIn(AnalyzedSentence sentence, ClaimExpression claim)
    {
        var matches = sentence.Groups;
        if (matches.Count == 0)
        {
            return null;
        }

        var m = claim.Passive && matches.FirstOrDefault(g => g.Start > claim.Start) is { Values: not null } after ? after
            : matches.LastOrDefault(g => g.End <= claim.Start) is { Values: not null } before ? before
            : matches[0];

        // "Jamaat-ul-Ahrar, a splinter faction of the Pakistani Taliban, said": the faction speaks, not its parent.
        var at = matches.ToList().FindIndex(g => g.Start == m.Start);
        if (at > 0)
        {
            var parent = matches[at - 1];
            var between = sentence.Sentence.Text[(parent.End - sentence.Sentence.Start)..(m.Start - sentence.Sentence.Start)];
            if (FactionOf().IsMatch(between))
            {
                m = parent;
            }
        }

        return GroupMentions.Named(sentence, m, "claim:");
    }

    /// <summary>
    /// A claimant the group lexicon lacks ("a little-known group calling itself Jaish-ul-Hind
    /// claimed responsibility"): a capitalised name that reads like a group's, taken as written,
    /// chosen by the same order as <see cref="ClaimantIn"/>.
    /// </summary>
    private (string Name, FieldEvidence Evidence)? UnlistedClaimant(AnalyzedSentence sentence, ClaimExpression claim)
    {
        var names = CapitalisedNames(sentence.Tokens).Where(n => lexicons.GroupNameWords.IsGroupName(n.Words)).ToList();
        if (names.Count == 0)
        {
            return null;
        }

        var before = names.LastOrDefault(n => n.End <= claim.Start);
        var name = claim.Passive ? names.FirstOrDefault(n => n.Start > claim.Start) ?? before ?? names[0] : before ?? names[0];
        var written = sentence.Sentence.Text[(name.Start - sentence.Sentence.Start)..(name.End - sentence.Sentence.Start)];
        return (written, new FieldEvidence(sentence.Sentence.Text, name.Start, name.End, "claim-unlisted:" + written));
    }

    private sealed record CapitalisedName(int Start, int End, IReadOnlyList<string> Words);

    /// <summary>Runs of capitalised words, joined by the small words of group names ("Lashkar of the Faithful", "Jaish ul Hind"), without a leading article.</summary>
    private static IEnumerable<CapitalisedName> CapitalisedNames(IReadOnlyList<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || tokens[i].Key is "the" or "a" or "an")
            {
                i++;
                continue;
            }

            var last = i;
            var j = i + 1;
            while (j < tokens.Count && tokens[j].IsWord && (tokens[j].IsCapitalized || tokens[j].Key is "of" or "the" or "ul" or "e" or "i" or "al" or "ud" or "ur"))
            {
                if (tokens[j].IsCapitalized)
                {
                    last = j;
                }

                j++;
            }

            yield return new CapitalisedName(tokens[i].Start, tokens[last].End, tokens.Skip(i).Take(last - i + 1).Select(t => t.Text).ToList());
            i = j;
        }
    }

    [GeneratedRegex(@"\b(?:no|not|nobody|none|yet to)\b[^.;,]{0,40}\bclaim|\bclaimed by (?:no|none|nobody|no one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedClaim();

    [GeneratedRegex(@"\b(?:was|were) behind (?:the|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:attack|assault|bombing|blast|raid)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BehindTheAttack();

    // "claimed the deadly bombing", "claims Lakki Marwat attack", "owned the grenade attack", "which later claimed it",
    // "said it had carried out the suicide bombing"; not "claimed the lives of" nor "claimed 50 attacks".
    [GeneratedRegex(@"\b(?:claim(?:s|ed)?|own(?:s|ed))\b (?:(?!lives?\b|people\b|persons\b|by\b|several\b|many\b|numerous\b|multiple\b|most\b|all\b|such\b|responsibility\b|\d)[\w'’-]+ ){0,3}?(?:attacks?|bombings?|blasts?|assault|killings?|ambush|raids?|strikes?|explosions?|murders?|assassination|abduction|kidnapping)\b|\bclaimed it(?=\s*[.,;])|\b(?:claimed|said|stated) (?:that )?(?:the group|the organi[sz]ation|the outfit|it|they) (?:was|were|is|had been) (?:responsible|behind)\b|\b(?:it|they|its (?:fighters|men|militants|members)) (?:had |has |have )?(?:carried out|conducted|staged|launched) (?:the |this |that )?(?:[\w'’-]+ ){0,2}?(?:attack|bombing|blast|assault|ambush|raid|operation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedAttack();

    // "the attack was claimed by", "responsibility ... was accepted by".
    [GeneratedRegex(@"\b(?:was|were|is|has been|had been|have been) (?:claimed|accepted|owned)(?: [\w-]+){0,2}? by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedBy();

    // A spokesman telling why the group struck: "said the attack was carried out in retaliation for".
    [GeneratedRegex(@"\b(?:attack|bombing|blast|assault|killing)s? (?:was|were|had been) (?:carried out |conducted |launched )?(?:in (?:retaliation|revenge|response)|to avenge)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokesmanMotive();

    // The place an attack is named by: "the Karachi attack", "the attack in (the town of) Tangi".
    [GeneratedRegex(@"\b(?<p>\p{Lu}[\w-]+(?: \p{Lu}[\w-]+)?) (?:attack|bombing|blast|assault|ambush|raid|strike|explosion)s?\b|\b(?:attack|bombing|blast|assault|ambush|raid|strike|explosion)s? (?:in|at) (?:the )?(?:(?:town|city|village|district) of )?(?<p>\p{Lu}[\w-]+(?: \p{Lu}[\w-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimedPlace();

    // Where a claim goes on to give its reason: a recall after it is the motive, not another incident.
    [GeneratedRegex(@"\b(?:saying|said|adding|revenge|retaliation|avenge|in response)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Motive();

    [GeneratedRegex(@"\b(?:claimed|spokesman|spokesperson|statement|said in a message|email)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupVoice();

    // What stands between a faction and its parent group: ", a splinter faction of the", " faction of".
    [GeneratedRegex(@"^\s*,?\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:faction|splinter group|offshoot|wing|chapter|affiliate|breakaway group)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FactionOf();

}
