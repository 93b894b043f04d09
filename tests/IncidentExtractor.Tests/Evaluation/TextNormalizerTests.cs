using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Tests.Evaluation;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  Karachi ", "karachi")] // white space
    [InlineData("KHYBER   Pakhtunkhwa", "khyber pakhtunkhwa")] // case and inner white space
    [InlineData("Tehrik-i-Taliban Pakistan", "tehrik i taliban pakistan")] // hyphens are punctuation
    [InlineData("Private Citizens & Property", "private citizens and property")] // & reads as and
    [InlineData("Pakistan’s", "pakistans")] // a curly apostrophe joins
    [InlineData("the Clifton area", "clifton area")] // a leading article goes
    [InlineData("", "")]
    public void Text_is_normalised(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
