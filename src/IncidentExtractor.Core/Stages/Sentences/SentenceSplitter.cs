using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Core.Stages.Sentences;

/// <summary>
/// Stage 2: splits the cleaned body into sentences. A line break always ends a sentence (pasted
/// pages put headlines, captions and paragraphs on lines of their own); inside a line, a stop ends
/// a sentence unless it closes an abbreviation, a title or an initial (<c>Lt. Gen.</c>, <c>U.S.</c>,
/// <c>D.I. Khan</c>, <c>No. 2</c>) or is not followed by a capital, a digit or a quote.
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> abbreviations)
{
    public IReadOnlyList<Sentence> Split(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Body;
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        var index = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var isTitle = paragraph == 0 && article.Title is not null;
            SplitLine(text, lineStart, lineEnd, paragraph, isTitle, sentences, ref index);
            paragraph++;
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private void SplitLine(string text, int start, int end, int paragraph, bool isTitle, List<Sentence> output, ref int index)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Let closing quotes and brackets stay with the sentence they close.
            var j = i + 1;
            while (j < end && text[j] is '"' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j >= end || text[j] != ' ')
            {
                continue;
            }

            var k = j;
            while (k < end && text[k] == ' ')
            {
                k++;
            }

            if (k >= end)
            {
                continue;
            }

            var next = text[k];
            var startsSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\'' or '(' or '[';
            if (!startsSentence || (c == '.' && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            Add(text, sentenceStart, j, paragraph, isTitle, output, ref index);
            sentenceStart = k;
            i = k - 1;
        }

        Add(text, sentenceStart, end, paragraph, isTitle, output, ref index);
    }

    private bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("D.I. Khan", "Geng S. said"), not a sentence end.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // Dotted acronyms: "U.S", "D.I", "a.m".
        if (word.Length <= 5 && word.Contains('.'))
        {
            return true;
        }

        return abbreviations.Contains(word.ToString().ToLowerInvariant());
    }

    private static void Add(string text, int start, int end, int paragraph, bool isTitle, List<Sentence> output, ref int index)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            output.Add(new Sentence(index++, paragraph, start, end, text[start..end], isTitle));
        }
    }
}
