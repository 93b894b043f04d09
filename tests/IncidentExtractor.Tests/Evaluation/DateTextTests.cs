using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Tests.Evaluation;

public class DateTextTests
{
    [Theory]
    [InlineData("2018-11-23", "2018-11-23")]
    [InlineData("2018-11-3", "2018-11-03")] // zero padding
    [InlineData("2018-11-23T00:00:00", "2018-11-23")] // a time part is dropped
    [InlineData("2018-1", "2018-01")] // a partial date keeps its precision
    [InlineData("2018", "2018")]
    [InlineData("23 November", "23 november")] // not ISO: compared as normalised text
    public void Dates_are_normalised(string text, string expected)
    {
        Assert.Equal(expected, DateText.Normalize(text));
    }
}
