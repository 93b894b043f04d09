namespace IncidentExtractor.Core.Documents;

/// <summary>The cleaned article split into sentences: what every extraction stage reads.</summary>
public sealed record ArticleDocument(ArticleInput Input, CleanedArticle Cleaned, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>Publication date from the text, else the one the caller gave.</summary>
    public DateOnly? Published => Cleaned.Published ?? Input.Published;
}
