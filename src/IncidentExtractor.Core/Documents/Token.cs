namespace IncidentExtractor.Core.Documents;

/// <summary>A word, number or punctuation mark; offsets into the cleaned body, end exclusive.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
