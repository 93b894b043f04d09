namespace IncidentExtractor.Core.Stages.Roles;

/// <summary>A short noun phrase chosen for a field, with its source sentence and offsets.</summary>
public sealed record PhraseChoice(string Phrase, string Sentence, int Start, int End, string Rule)
{
    /// <summary>The phrase's first token in its sentence's tokens, or -1 when unknown.</summary>
    public int FirstToken { get; init; } = -1;

    /// <summary>The token after the phrase in its sentence's tokens, or -1 when unknown.</summary>
    public int NextToken { get; init; } = -1;
}
