using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Core.Stages.Sentences;

/// <summary>
/// Splits a sentence into words and punctuation with offsets. A word keeps inner hyphens,
/// apostrophes and digit separators (<c>check-post</c>, <c>Pakistan's</c> stays one token
/// for the possessive to be seen, <c>1,200</c>, <c>AK-47</c>).
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (d is '-' or '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '\'' && (text[i - 1] is 's' or 'S') && (i + 1 == text.Length || text[i + 1] == ' '))
                    {
                        // Plural possessive: "workers' convention".
                        i++;
                        break;
                    }
                    else if (d is ',' or '.' && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(baseOffset + start, baseOffset + i, text[start..i]));
        }

        return tokens;
    }
}
