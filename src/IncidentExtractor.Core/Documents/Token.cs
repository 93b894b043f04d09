namespace IncidentExtractor.Core.Documents;

/// <summary>
/// A word, number or punctuation mark; offsets into the cleaned body, end exclusive.
/// <see cref="Key"/> is the form lexicons compare: lower case, a possessive <c>'s</c> removed,
/// computed once so every lexicon lookup of the token reuses it.
/// </summary>
public readonly record struct Token(int Start, int End, string Text, string Key)
{
    public Token(int start, int end, string text)
        : this(start, end, text, KeyOf(text))
    {
    }

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>The lexicon form of a word: "Pakistan's" → "pakistan", "Levies" → "levies".</summary>
    public static string KeyOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var core = word.Length > 2 && word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
        foreach (var c in core)
        {
            if (char.IsUpper(c))
            {
                return core.ToLowerInvariant();
            }
        }

        return core;
    }
}
