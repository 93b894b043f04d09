using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Roles;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Core.Stages.Types;

/// <summary>
/// Attack, weapon and target types from trigger-word lexicons. Attack words vote with their
/// weight, counted double in the headline and lead, where the main incident is stated most
/// plainly; the target type comes from the attacked phrase's words, else from the victims.
/// </summary>
public sealed class IncidentTypeClassifier(IncidentLexicons lexicons)
{
    private static readonly HashSet<string> PersonalTargets = new(StringComparer.OrdinalIgnoreCase)
    {
        "journalist", "reporter", "leader", "elder", "official", "cleric", "judge", "politician", "lawyer", "scholar", "commander",
    };

    /// <summary>"cleric", "PPP leader Ali Khan Jamali": a person singled out by role, or by role and name.</summary>
    private static bool NamesAPerson(string phrase)
    {
        var words = phrase.Split(' ');
        return PersonalTargets.Contains(words[^1]) || (words.Length > 1 && char.IsUpper(words[^1][0]) && words.Any(PersonalTargets.Contains));
    }

    public IncidentTypes Classify(IReadOnlyList<AnalyzedSentence> sentences, PhraseChoice? target, PhraseChoice? attackers, int? killed)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstEvidence = new Dictionary<string, (FieldEvidence Evidence, string? Weapon, double Weight)>(StringComparer.Ordinal);
        var total = 0.0;
        foreach (var s in sentences)
        {
            if (!s.IsMain)
            {
                continue;
            }

            // The headline and lead state the incident most plainly; later sentences still vote, more softly.
            var factor = s.Sentence.IsTitle || s.MainRank == 0 ? 2.0 : s.MainRank <= 2 ? 1.0 : s.MainRank <= 5 ? 0.5 : 0.2;
            foreach (var m in s.Triggers)
            {
                foreach (var trigger in m.Values)
                {
                    var w = trigger.Weight * factor;
                    votes[trigger.AttackType] = votes.GetValueOrDefault(trigger.AttackType) + w;
                    total += w;
                    if (!firstEvidence.TryGetValue(trigger.AttackType, out var seen) || trigger.Weight > seen.Weight && seen.Evidence.Sentence == s.Sentence.Text)
                    {
                        firstEvidence[trigger.AttackType] = (new FieldEvidence(s.Sentence.Text, m.Start, m.End, "trigger"), trigger.WeaponType, trigger.Weight);
                    }
                }
            }
        }

        string? attackType = null;
        string? weapon = null;
        FieldEvidence? attackEvidence = null;
        if (votes.Count > 0)
        {
            // Bare "attack" words say that something happened, not how: they decide only when nothing else does.
            attackType = votes.Where(v => v.Key != "Unknown" || votes.Count == 1)
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
            (attackEvidence, weapon, _) = firstEvidence[attackType];
        }

        var (targetType, targetEvidence) = TargetType(sentences, target);

        // Militants or gunmen attacking with no word for how: GTD's usual reading is an armed assault.
        if (attackType == "Unknown" && attackers is not null)
        {
            attackType = "Armed Assault";
            weapon = null;
        }

        // Killing one particular person with a gun is an assassination in GTD's terms.
        if (attackType == "Armed Assault" && killed is null or 1 && target is not null &&
            (targetType == "Journalists & Media" || NamesAPerson(target.Phrase)))
        {
            attackType = "Assassination";
        }

        return new IncidentTypes(attackType, weapon, targetType, attackEvidence, targetEvidence, total);
    }

    private (string? Type, FieldEvidence? Evidence) TargetType(IReadOnlyList<AnalyzedSentence> sentences, PhraseChoice? target)
    {
        if (target is not null)
        {
            var tokens = Tokenizer.Tokenize(target.Phrase);
            var best = lexicons.TargetTypes.FindAll(tokens).SelectMany(m => m.Values).OrderByDescending(v => v.Priority).FirstOrDefault();
            var evidence = new FieldEvidence(target.Sentence, target.Start, target.End, "target-words");
            if (best is not null && best.Priority > 3)
            {
                return (best.TargetType, evidence);
            }

            // A bare "checkpost" belongs to whoever mans it: police, Levies, or the army and FC.
            var sentence = sentences.FirstOrDefault(s => s.Sentence.Text == target.Sentence);
            if (sentence is not null && TypeWords(sentence, minPriority: 6).FirstOrDefault() is { Values: not null } context)
            {
                return (context.Values.MaxBy(v => v.Priority)!.TargetType, evidence);
            }

            if (best is not null)
            {
                return (best.TargetType, evidence);
            }
        }

        var story = sentences.Where(s => s.IsMain && s.Triggers.Count > 0).OrderBy(s => s.Sentence.IsTitle ? 1 : 0).ThenBy(s => s.Sentence.Index).Take(4).ToList();

        // The victims say what was attacked when no phrase does ("a Chinese national was injured").
        foreach (var s in story)
        {
            foreach (var a in s.Actors.Where(a => a.Values.Contains(ActorRole.Victim) && !SourceMention.IsSource(s.Tokens, a.FirstToken, a.NextToken)))
            {
                var words = s.Tokens.Skip(a.FirstToken).Take(a.NextToken - a.FirstToken).ToList();
                if (lexicons.TargetTypes.FindAll(words).SelectMany(m => m.Values).OrderByDescending(v => v.Priority).FirstOrDefault() is { } victims)
                {
                    return (victims.TargetType, new FieldEvidence(s.Sentence.Text, a.Start, a.End, "victim-words"));
                }
            }
        }

        foreach (var s in story)
        {
            if (TypeWords(s, minPriority: 5).FirstOrDefault() is { Values: not null } m)
            {
                return (m.Values.MaxBy(v => v.Priority)!.TargetType, new FieldEvidence(s.Sentence.Text, m.Start, m.End, "sentence-words"));
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Target-type words of a sentence, strongest first, leaving out sources ("police said") and
    /// the words of a group's name ("Sindhudesh Revolutionary Army" names no army target).
    /// </summary>
    private IEnumerable<PhraseMatch<TargetTypeWord>> TypeWords(AnalyzedSentence s, int minPriority)
    {
        var groups = s.Groups;
        return lexicons.TargetTypes.FindAll(s.Tokens)
            .Where(m => !SourceMention.IsSource(s.Tokens, m.FirstToken, m.NextToken))
            .Where(m => !groups.Any(g => m.Start < g.End && g.Start < m.End))
            .Where(m => m.Values.Max(v => v.Priority) >= minPriority)
            .OrderByDescending(m => m.Values.Max(v => v.Priority));
    }
}
