using IncidentExtractor.Core.Stages.Dates;

namespace IncidentExtractor.Tests.Stages.Dates;

public class DateExpressionParserTests
{
    [Theory]
    [InlineData("on 23 November", null, 11, 23)]
    [InlineData("Nov. 23, 2018", 2018, 11, 23)]
    [InlineData("23/11/2018", 2018, 11, 23)]
    [InlineData("23-11-2018", 2018, 11, 23)]
    [InlineData("January 31", null, 1, 31)]
    [InlineData("2018-11-23", 2018, 11, 23)]
    [InlineData("Published August 25th, 2019", 2019, 8, 25)]
    public void Reads_absolute_dates_in_news_forms(string text, int? year, int month, int day)
    {
        var found = DateExpressionParser.FindFirst(text);
        Assert.NotNull(found);
        Assert.Equal(new CalendarDate(year, month, day), found.Value.Date);
    }

    [Fact]
    public void Ordinary_text_is_not_a_date() =>
        Assert.Null(DateExpressionParser.FindFirst("Five Marines may 5 go"));
}
