using IncidentExtractor.Core.Stages.Cleaning;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Tests.Stages.Sentences;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var cleaned = new ArticleCleaner(TestModels.Lexicons.Boilerplate).Clean(text);
        return new SentenceSplitter(TestModels.Lexicons.Abbreviations).Split(cleaned).Select(s => s.Text).ToList();
    }

    [Theory]
    [InlineData("Lt. Gen. Asim Bajwa visited the site. He met the injured.", 2)] // ranks
    [InlineData("Dr. Khan treated them. The U.S. embassy condemned it.", 2)] // title and dotted acronym
    [InlineData("The blast hit D.I. Khan on Jan. 5 this year. Police arrived.", 2)] // initials and month
    [InlineData("He lives in House No. 2 near the market. It was hit.", 2)] // No. before a number
    [InlineData("\"We will fight,\" he said. \"They will lose.\" Then he left.", 3)] // quotes
    [InlineData("Three killed in Quetta blast\nA bomb exploded in Quetta on Monday.", 2)] // headline without stop
    public void Splits_where_sentences_end(string text, int expected) =>
        Assert.Equal(expected, Split(text).Count);

    [Fact]
    public void Tokenizer_keeps_offsets_and_inner_punctuation()
    {
        var tokens = Tokenizer.Tokenize("A check-post in Pakistan's north, 1,200 km away.", 10);
        Assert.Contains(tokens, t => t.Text == "check-post" && t.Start == 12);
        Assert.Contains(tokens, t => t.Text == "Pakistan's");
        Assert.Contains(tokens, t => t.Text == "1,200");
        Assert.Equal(",", tokens.First(t => t.Text == ",").Text);
    }
}
