namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// Tells whether a capitalised name reads like a militant group's ("Jaish-ul-Hind", "Baloch
/// Liberation Tigers") rather than the state's or a person's, for claimants the group lexicon
/// does not list.
/// </summary>
public sealed class GroupNameWords(IReadOnlySet<string> groupWords, IReadOnlySet<string> notGroupWords, IReadOnlySet<string> notGroupNames)
{
    public bool IsGroupName(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0 || notGroupNames.Contains(string.Join(' ', words).ToLowerInvariant()))
        {
            return false;
        }

        var parts = words.SelectMany(w => w.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return parts.Any(groupWords.Contains) && !words.Any(w => notGroupWords.Contains(w.ToLowerInvariant()));
    }
}
