using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Claims;

/// <summary>Groups named in a sentence, as the claim and blame readers turn them into candidates.</summary>
internal static class GroupMentions
{
    /// <summary>The first group the sentence names, if any.</summary>
    public static (string Name, FieldEvidence Evidence)? First(AnalyzedSentence sentence) =>
        sentence.Groups.Count == 0 ? null : Named(sentence, sentence.Groups[0], "claim:");

    /// <summary>A group's canonical name, with the words that named it as evidence.</summary>
    public static (string Name, FieldEvidence Evidence) Named(AnalyzedSentence sentence, PhraseMatch<string> m, string rule) =>
        (m.Values[0], new FieldEvidence(sentence.Sentence.Text, m.Start, m.End, rule + m.Values[0]));

    /// <summary>A candidate for the group field, described by the order of its sentence and where it was found.</summary>
    public static void Add(List<Candidate<string>> candidates, (string Name, FieldEvidence Evidence)? group, int order, string where)
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
}
