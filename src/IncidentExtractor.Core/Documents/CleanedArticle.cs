namespace IncidentExtractor.Core.Documents;

/// <summary>
/// An article after cleaning: the story text without page furniture, plus what the furniture
/// told us (headline, publication date, dateline place). <see cref="Body"/> is the text every
/// later offset refers to; <see cref="ToOriginal"/> maps an offset back into the raw input.
/// </summary>
public sealed record CleanedArticle(
    string? Title,
    DateOnly? Published,
    string? PublishedText,
    string? Dateline,
    string Body,
    IReadOnlyList<TextSegment> Segments)
{
    /// <summary>Maps an offset in <see cref="Body"/> to the raw input (exact at line starts, approximate inside a line whose entities were decoded).</summary>
    public int ToOriginal(int bodyOffset)
    {
        var lo = 0;
        var hi = Segments.Count - 1;
        var best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Segments[mid].BodyStart <= bodyOffset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best < 0 ? bodyOffset : Segments[best].OriginalStart + (bodyOffset - Segments[best].BodyStart);
    }
}

/// <summary>A stretch of the cleaned body that came from one line of the raw input.</summary>
public readonly record struct TextSegment(int BodyStart, int OriginalStart, int Length);
