using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Lexicons;

namespace IncidentExtractor.Core.Stages.MainIncident;

/// <summary>
/// A sentence with its tokens, the lexicon phrases found in it, and its role in the story.
/// Built once per sentence so every later stage reads the same annotations.
/// </summary>
public sealed record AnalyzedSentence(
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<PhraseMatch<CueKind>> Cues,
    IReadOnlyList<PhraseMatch<AttackTrigger>> Triggers,
    IReadOnlyList<PhraseMatch<ActorRole>> Actors,
    IReadOnlyList<PhraseMatch<string>> Groups,
    SentenceRole Role)
{
    /// <summary>Position among the body's sentences that describe the main incident (0 = lead); -1 for others.</summary>
    public int MainRank { get; init; } = -1;

    public bool Has(CueKind kind) => Cues.Any(c => c.Values.Contains(kind));

    /// <summary>The index of the first token that starts at or after an offset (in the article's text); the token count when none does.</summary>
    public int TokenAt(int offset)
    {
        var i = 0;
        while (i < Tokens.Count && Tokens[i].Start < offset)
        {
            i++;
        }

        return i;
    }

    public bool IsMain => Role == SentenceRole.Main;

    /// <summary>
    /// Whether an offset (in the article's text) lies where the sentence recalls another incident:
    /// from a recall cue to the sentence's end, or, when the cue opens the sentence ("A day after
    /// New Delhi saw an attack, a bombing in Islamabad killed 12"), only up to the first comma.
    /// </summary>
    public bool InRecall(int offset)
    {
        foreach (var cue in Cues)
        {
            if (!cue.Values.Contains(CueKind.OtherIncident) || offset < cue.Start)
            {
                continue;
            }

            if (cue.FirstToken > 2)
            {
                return true;
            }

            var comma = Sentence.Text.IndexOf(',', cue.End - Sentence.Start);
            if (comma < 0 || offset < Sentence.Start + comma)
            {
                return true;
            }
        }

        return false;
    }
}
