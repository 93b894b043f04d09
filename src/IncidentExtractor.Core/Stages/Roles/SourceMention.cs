using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Core.Stages.Roles;

/// <summary>
/// People named as the source of the news rather than as its subject: the target reader and the
/// type classifier both leave them out of what was attacked.
/// </summary>
internal static class SourceMention
{
    /// <summary>"police said", "according to police", "police officials told": the police as a source, not as victims.</summary>
    public static bool IsSource(IReadOnlyList<Token> tokens, int first, int next)
    {
        if (next < tokens.Count && tokens[next].Key is "said" or "says" or "told" or "say" or "reported" or "added" or "confirmed" or "claimed" or "suspect" or "suspected" or "believe" or "believed")
        {
            return true;
        }

        // "police officials said", "a police spokesman told"; but "two customs officials were killed" are victims.
        if (next < tokens.Count && tokens[next].Key is "spokesman" or "spokesperson" or "official" or "officials" or "sources" or "source" or "chief")
        {
            for (var k = next + 1; k < Math.Min(tokens.Count, next + 6); k++)
            {
                if (tokens[k].Key is "killed" or "injured" or "wounded" or "martyred" or "hurt" or "dead" or "shot" or "abducted" or "kidnapped")
                {
                    return false;
                }
            }

            return true;
        }

        // "police and rescue officials said", but not "four soldiers and two civilians were martyred".
        if (next < tokens.Count && tokens[next].Key is "and")
        {
            for (var k = next + 1; k < Math.Min(tokens.Count, next + 5); k++)
            {
                if (tokens[k].Key is "said" or "says" or "told" or "officials" or "sources" or "spokesman" or "spokesperson")
                {
                    return true;
                }
            }
        }

        for (var k = Math.Max(0, first - 3); k < first; k++)
        {
            if (tokens[k].Key is "according" or "told" or "citing" or "quoting" or "by")
            {
                return true;
            }
        }

        return false;
    }
}
