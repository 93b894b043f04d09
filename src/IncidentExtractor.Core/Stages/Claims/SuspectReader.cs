using System.Text.RegularExpressions;
using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Claims;

/// <summary>
/// Whom officials blame when no group claimed: a group named in a sentence of suspicion ("police
/// believe the TTP was behind the attack", "the work of the banned LeJ"), a case registered against
/// it, or the state's own label for the attackers ("Fitna al-Khawarij terrorists attacked").
/// </summary>
public sealed partial class SuspectReader(FieldChooser chooser)
{
    public FieldChoice<string>? Read(IReadOnlyList<AnalyzedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var suspects = new List<Candidate<string>>();
        var order = 0;
        foreach (var s in sentences)
        {
            if (!s.IsMain)
            {
                continue;
            }

            // "Fitna al-Hindustan terrorists attacked...": the state's own name for a group says whom officials blame.
            if (s.Triggers.Count > 0 && OfficialLabelIn(s) is { } labelled)
            {
                GroupMentions.Add(suspects, labelled, order++, "official_label");
                continue;
            }

            if (!((Suspicion().IsMatch(s.Sentence.Text) && SuspicionObject().IsMatch(s.Sentence.Text)) || CaseAgainst().IsMatch(s.Sentence.Text) ||
                  (BlameOnItsOwn().IsMatch(s.Sentence.Text) && !Denial().IsMatch(s.Sentence.Text)) || BlamesGroup(s)))
            {
                continue;
            }

            // "the suspected TTP militants" names suspects of an arrest, not whom officials blame; "militant
            // groups like the Taliban" names an example.
            if (GroupMentions.First(s) is { } g && !NamedAsExample(s, g.Evidence.Start) && !s.Sentence.Text.Contains("suspected " + s.Sentence.Text[(g.Evidence.Start - s.Sentence.Start)..(g.Evidence.End - s.Sentence.Start)], StringComparison.OrdinalIgnoreCase))
            {
                GroupMentions.Add(suspects, g, order++, "suspicion_sentence");
            }
        }

        return chooser.Choose("suspected_group", suspects);
    }

    private (string Name, FieldEvidence Evidence)? OfficialLabelIn(AnalyzedSentence sentence)
    {
        if (!sentence.Sentence.Text.Contains("Fitna", StringComparison.OrdinalIgnoreCase) &&
            !sentence.Sentence.Text.Contains("Khawarij", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var m in sentence.Groups)
        {
            var words = sentence.Sentence.Text[(m.Start - sentence.Sentence.Start)..(m.End - sentence.Sentence.Start)];
            if (words.StartsWith("Fitna", StringComparison.OrdinalIgnoreCase) || words.Equals("Khawarij", StringComparison.OrdinalIgnoreCase))
            {
                return GroupMentions.Named(sentence, m, "official-label:");
            }
        }

        return null;
    }

    /// <summary>"militant groups like the Taliban": a group named as an example of a kind.</summary>
    private static bool NamedAsExample(AnalyzedSentence s, int groupStart)
    {
        var at = s.TokenAt(groupStart);
        return s.Tokens.Take(at).TakeLast(3).Any(t => t.Key is "like" or "such" or "including");
    }

    /// <summary>"Police suspect the BLA", "officials blamed the TTP": a group as the object of blame.</summary>
    private bool BlamesGroup(AnalyzedSentence s) =>
        s.Tokens.Any(IsBlameWord) && s.Groups.Any(g => s.Tokens.Take(g.FirstToken).TakeLast(2).Any(IsBlameWord));

    private static bool IsBlameWord(Token t) => t.Key is "suspect" or "suspects" or "blame" or "blamed" or "blames" or "accuse" or "accused" or "accuses";

    [GeneratedRegex(@"\b(?:suspects?|suspected|believe[sd]?|blamed?|blaming|accused|accusing|bore the hallmarks|bears the hallmarks|involved|(?:police|officials|authorities|investigators) claimed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suspicion();

    // Words that blame a group by themselves: "appeared to be the work of the BLA", "the suspected
    // involvement of LeJ", "identified as members of the TTP".
    [GeneratedRegex(@"\b(?:the work of|involvement of|bore the hallmarks of|identified as (?:members|militants|activists|terrorists|operatives) of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlameOnItsOwn();

    [GeneratedRegex(@"\b(?:denied|denies|deny|rejected|ruled out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    // "police registered a case against activists of Sipah-e-Sahaba": the police blame them.
    [GeneratedRegex(@"\b(?:complaint|case|FIR|first information report)s? (?:(?:was|were|has been|had been) )?(?:registered |lodged |filed )?against\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseAgainst();

    [GeneratedRegex(@"\b(?:behind|responsible|work of|hallmarks|involved in|for the (?:attack|assault|bombing|blast))\b|\bblamed (?:the |this )?(?:[\w-]+ )?(?:attack|assault|bombing|blast|killing)s? on\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuspicionObject();
}
