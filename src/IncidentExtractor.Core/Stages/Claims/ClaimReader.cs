using System.Text.RegularExpressions;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Claims;

/// <summary>
/// Finds who claimed the main incident and, failing a claim, whom officials blame. A group counts
/// only when a claim sentence of the main incident names it (or the sentence right after names
/// the claimant's spokesman: "A separatist group claimed responsibility. ... the spokesman for the
/// BLA said"). Negated claims ("no group has claimed") and groups named for context give nothing.
/// </summary>
public sealed partial class ClaimReader(IncidentLexicons lexicons, FieldChooser chooser)
{
    public GroupAttribution Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var claims = new List<Candidate<string>>();
        var order = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (!s.IsMain || !IsClaim(s) || IsNoClaim(s))
            {
                continue;
            }

            // The claim sentence's own group, else the sentence after or before it names the claimant
            // ("A separatist group claimed responsibility. ... the spokesman for the BLA said").
            Add(claims, ClaimantIn(s), order, "claim_sentence");
            Add(claims, i + 1 < sentences.Count && sentences[i + 1].IsMain ? GroupIn(sentences[i + 1]) : null, order, "next_sentence");
            Add(claims, i > 0 && sentences[i - 1].IsMain ? GroupIn(sentences[i - 1]) : null, order, "previous_sentence");
            order++;
        }

        if (chooser.Choose("claimed_group", claims) is { } claim)
        {
            return new GroupAttribution(claim.Value, claim.Candidate.Evidence, null, null);
        }

        var suspects = new List<Candidate<string>>();
        order = 0;
        foreach (var s in sentences)
        {
            if (!s.IsMain)
            {
                continue;
            }

            // "Fitna al-Hindustan terrorists attacked...": the state's own name for a group says whom officials blame.
            if (s.Triggers.Count > 0 && OfficialLabelIn(s) is { } labelled)
            {
                Add(suspects, labelled, order++, "official_label");
                continue;
            }

            if (!((Suspicion().IsMatch(s.Sentence.Text) && SuspicionObject().IsMatch(s.Sentence.Text)) || CaseAgainst().IsMatch(s.Sentence.Text)))
            {
                continue;
            }

            // "the suspected TTP militants" names suspects of an arrest, not whom officials blame.
            if (GroupIn(s) is { } g && !s.Sentence.Text.Contains("suspected " + s.Sentence.Text[(g.Evidence.Start - s.Sentence.Start)..(g.Evidence.End - s.Sentence.Start)], StringComparison.OrdinalIgnoreCase))
            {
                Add(suspects, g, order++, "suspicion_sentence");
            }
        }

        return chooser.Choose("suspected_group", suspects) is { } suspect
            ? new GroupAttribution(null, null, suspect.Value, suspect.Candidate.Evidence)
            : new GroupAttribution(null, null, null, null);
    }

    private (string Name, FieldEvidence Evidence)? OfficialLabelIn(AnalyzedSentence sentence)
    {
        if (!sentence.Sentence.Text.Contains("Fitna", StringComparison.OrdinalIgnoreCase) &&
            !sentence.Sentence.Text.Contains("Khawarij", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var m in lexicons.Groups.FindAll(sentence.Tokens))
        {
            var words = sentence.Sentence.Text[(m.Start - sentence.Sentence.Start)..(m.End - sentence.Sentence.Start)];
            if (words.StartsWith("Fitna", StringComparison.OrdinalIgnoreCase) || words.Equals("Khawarij", StringComparison.OrdinalIgnoreCase))
            {
                return Named(sentence, m, "official-label:");
            }
        }

        return null;
    }

    private static void Add(List<Candidate<string>> candidates, (string Name, FieldEvidence Evidence)? group, int order, string where)
    {
        if (group is not { } g)
        {
            return;
        }

        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["sentence_order"] = Math.Min(order, 10),
            [where] = 1,
        };
        candidates.Add(new Candidate<string>(g.Name, g.Evidence, features));
    }

    // "X was behind the attack" is a claim when the group says it (a claim, a spokesman, a statement), a suspicion otherwise.
    private static bool IsClaim(AnalyzedSentence s) =>
        s.Has(CueKind.Claim) || (BehindTheAttack().IsMatch(s.Sentence.Text) && GroupVoice().IsMatch(s.Sentence.Text));

    /// <summary>
    /// Nobody claimed, or the group denied it. A denial after the claim ("JuA claimed it, but the TTP
    /// distanced itself") is another group's and leaves the claim standing.
    /// </summary>
    private static bool IsNoClaim(AnalyzedSentence s)
    {
        if (NegatedClaim().IsMatch(s.Sentence.Text))
        {
            return true;
        }

        var claimAt = ClaimCueStart(s);
        return s.Cues.Any(c => c.Values.Contains(CueKind.NoClaim) && !(c.Start > claimAt && IsDenial(s, c)));
    }

    private static int ClaimCueStart(AnalyzedSentence s) =>
        s.Cues.Where(c => c.Values.Contains(CueKind.Claim)).Select(c => c.Start).DefaultIfEmpty(int.MaxValue).Min();

    private static bool IsDenial(AnalyzedSentence s, PhraseMatch<CueKind> cue) =>
        s.Tokens[cue.FirstToken].Key is "denied" or "distanced" or "condemned";

    /// <summary>The claimant: the group named last before the claim words ("the TTP's Jamaatul Ahrar faction claimed"), else the first.</summary>
    private (string Name, FieldEvidence Evidence)? ClaimantIn(AnalyzedSentence sentence)
    {
        var matches = lexicons.Groups.FindAll(sentence.Tokens);
        if (matches.Count == 0)
        {
            return null;
        }

        var claimAt = ClaimCueStart(sentence);
        var m = matches.LastOrDefault(g => g.End <= claimAt) is { Values: not null } before ? before : matches[0];
        return Named(sentence, m, "claim:");
    }

    private (string Name, FieldEvidence Evidence)? GroupIn(AnalyzedSentence sentence)
    {
        var matches = lexicons.Groups.FindAll(sentence.Tokens);
        return matches.Count == 0 ? null : Named(sentence, matches[0], "claim:");
    }

    /// <summary>A group's canonical name, with the words that named it as evidence.</summary>
    private static (string Name, FieldEvidence Evidence) Named(AnalyzedSentence sentence, PhraseMatch<string> m, string rule) =>
        (m.Values[0], new FieldEvidence(sentence.Sentence.Text, m.Start, m.End, rule + m.Values[0]));

    [GeneratedRegex(@"\b(?:no|not|nobody|none|yet to)\b[^.;]{0,40}\bclaim", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedClaim();

    [GeneratedRegex(@"\b(?:was|were) behind (?:the|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:attack|assault|bombing|blast|raid)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BehindTheAttack();

    [GeneratedRegex(@"\b(?:claimed|spokesman|spokesperson|statement|said in a message|email)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupVoice();

    [GeneratedRegex(@"\b(?:suspects?|suspected|believe[sd]?|blamed?|blaming|accused|accusing|bore the hallmarks|bears the hallmarks|involved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suspicion();

    // "police registered a case against activists of Sipah-e-Sahaba": the police blame them.
    [GeneratedRegex(@"\b(?:complaint|case|FIR|first information report)s? (?:(?:was|were|has been|had been) )?(?:registered |lodged |filed )?against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseAgainst();

    [GeneratedRegex(@"\b(?:behind|responsible|work of|hallmarks|involved in|for the (?:attack|assault|bombing|blast))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuspicionObject();
}
