namespace IncidentExtractor.Core.Stages.Roles;

/// <summary>A short noun phrase chosen for a field, with its source sentence and offsets.</summary>
public sealed record PhraseChoice(string Phrase, string Sentence, int Start, int End, string Rule);
