namespace IncidentExtractor.Core.Records;

/// <summary>
/// Where a field's value came from: the sentence, the character offsets of the words in the
/// cleaned text (start inclusive, end exclusive), and the rule or lexicon entry that produced it.
/// </summary>
public sealed record FieldEvidence(string Sentence, int Start, int End, string Rule);
