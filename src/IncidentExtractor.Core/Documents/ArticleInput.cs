namespace IncidentExtractor.Core.Documents;

/// <summary>
/// One article as the pipeline receives it: its source name, raw text, and what the caller
/// knows besides the text (a publication date from a batch file or <c>--published</c>, a title).
/// </summary>
public sealed record ArticleInput(string Source, string Text, DateOnly? Published = null, string? Title = null);
