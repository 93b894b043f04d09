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
    SentenceRole Role)
{
    /// <summary>Position among the body's sentences that describe the main incident (0 = lead); -1 for others.</summary>
    public int MainRank { get; init; } = -1;

    public bool Has(CueKind kind) => Cues.Any(c => c.Values.Contains(kind));

    public bool IsMain => Role == SentenceRole.Main;
}
