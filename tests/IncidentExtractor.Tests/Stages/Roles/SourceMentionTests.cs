using IncidentExtractor.Core.Stages.Roles;
using IncidentExtractor.Core.Stages.Sentences;

namespace IncidentExtractor.Tests.Stages.Roles;

public class SourceMentionTests
{
    [Theory]
    [InlineData("Police said two men were shot.", 0)]
    [InlineData("Two men were shot, according to police.", 7)]
    [InlineData("The attack was confirmed by police on Monday.", 5)]
    [InlineData("Police and rescue officials said six were hurt.", 0)]
    public void People_who_tell_the_news_are_its_source(string text, int index)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(SourceMention.IsSource(tokens, index, index + 1), tokens[index].Text);
    }

    [Theory]
    [InlineData("Gunmen shot two police officers in Quetta.", 3)]
    [InlineData("A bomb hit the police van.", 4)]
    [InlineData("Four soldiers and two civilians were martyred.", 1)]
    public void People_the_news_is_about_are_not_its_source(string text, int index)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.False(SourceMention.IsSource(tokens, index, index + 1), tokens[index].Text);
    }
}
