namespace IncidentExtractor.Core.Documents;

/// <summary>
/// A sentence of the cleaned body: offsets are into <see cref="CleanedArticle.Body"/>, end exclusive.
/// <see cref="Paragraph"/> counts line-separated blocks so rules can tell the lead from later text.
/// The headline, when there is one, is the body's first line and is flagged <see cref="IsTitle"/>.
/// </summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, bool IsTitle);
