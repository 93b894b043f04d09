namespace IncidentExtractor.Training.Confidence;

/// <summary>
/// The examples built from one gold file, and how many gold records gave none and why, so that
/// a shrinking set shows in the output rather than in the figures alone.
/// </summary>
internal sealed record LabelledRecords(
    IReadOnlyList<ConfidenceExample> Examples,
    int GoldNotOk,
    int WithoutArticle,
    int UnreadableArticle,
    int ExtractedNotOk)
{
    public int Right => Examples.Count(e => e.Right);

    public int Wrong => Examples.Count(e => !e.Right);

    public IReadOnlyList<bool> Labels => Examples.Select(e => e.Right).ToList();
}
