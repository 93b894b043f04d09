using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>One discovered input: an article that could be read, or the reason it could not.</summary>
internal sealed record InputItem(string Source, ArticleInput? Article, string? Error);
