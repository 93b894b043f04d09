namespace IncidentExtractor.Tests.Lexicons;

public class GroupNameWordsTests
{
    [Theory]
    [InlineData("Jaish-ul-Hind")]
    [InlineData("Sarawan Liberation Front")]
    [InlineData("Tehreek-e-Azadi Balochistan")]
    public void Names_with_a_group_word_read_as_groups(string name) =>
        Assert.True(TestModels.Lexicons.GroupNameWords.IsGroupName(name.Split(' ')));

    [Theory]
    [InlineData("Abu Hamza")]
    [InlineData("Pakistan Army")]
    [InlineData("Frontier Corps")]
    [InlineData("Counter Terrorism Department")]
    public void People_and_the_state_do_not(string name) =>
        Assert.False(TestModels.Lexicons.GroupNameWords.IsGroupName(name.Split(' ')));
}
