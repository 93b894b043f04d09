using System.Text;

namespace IncidentExtractor.Core.Evaluation;

/// <summary>
/// The scorer's text normalisation: lower case, punctuation removed, white space
/// collapsed, <c>&amp;</c> read as <c>and</c>, and a leading article dropped.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The normalised words joined by single spaces; empty for null or blank text.</summary>
    public static string Normalize(string? value) => string.Join(' ', Words(value));

    /// <summary>The normalised words of <paramref name="value"/>, in order.</summary>
    public static IReadOnlyList<string> Words(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in value)
        {
            // Apostrophes join rather than split, so "Pakistan's" and "Pakistans" stay one word.
            if (c is '\'' or '\u2018' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(word, words);
            if (c == '&')
            {
                words.Add("and");
            }
        }

        Flush(word, words);

        // "the Clifton area" and "Clifton area" name the same thing.
        if (words.Count > 1 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
