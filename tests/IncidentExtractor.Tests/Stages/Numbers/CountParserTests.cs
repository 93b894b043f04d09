using IncidentExtractor.Core.Stages.Numbers;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Tests.Stages.Numbers;

public class CountParserTests
{
    [Theory]
    [InlineData("two", 2)]
    [InlineData("twenty-five", 25)]
    [InlineData("a dozen", 12)]
    [InlineData("dozens", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("1,200", 1200)]
    [InlineData("10 to 12", 10)] // a range gives its lower bound
    [InlineData("a couple of", 2)]
    public void Reads_counts_in_digits_and_words(string text, int expected) =>
        Assert.Equal(expected, CountParser.ParseAt(Tokenizer.Tokenize(text), 0)?.Value);

    [Theory]
    [InlineData("1234567890123456789012345678901234567890")] // 40 digits is not a casualty count
    [InlineData("several")]
    [InlineData("Karachi")]
    public void Rejects_what_is_not_a_plausible_count(string text) =>
        Assert.Null(CountParser.ParseAt(Tokenizer.Tokenize(text), 0));
}
