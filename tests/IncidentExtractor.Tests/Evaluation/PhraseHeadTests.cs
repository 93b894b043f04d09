using IncidentExtractor.Core.Evaluation;

namespace IncidentExtractor.Tests.Evaluation;

public class PhraseHeadTests
{
    [Theory]
    [InlineData("Chinese consulate", "Chinese Consulate General in Karachi")] // consulate is in the other's core
    [InlineData("Chinese Consulate General in Karachi", "Chinese consulate")] // and the rule is symmetric
    [InlineData("gunmen", "gunman")] // plural -men
    [InlineData("suicide bomber", "bomber")] // same head
    [InlineData("police stations", "the police station")] // plural -s and a leading article
    [InlineData("Frontier Corps (FC) convoy", "convoy")] // brackets end the core
    [InlineData("casualties", "casualty")] // plural -ies
    public void Phrases_with_a_shared_head_match(string first, string second)
    {
        Assert.True(PhraseHead.Match(first, second));
    }

    [Theory]
    [InlineData("Chinese nationals", "Chinese consulate")] // a shared modifier is not a shared head
    [InlineData("Karachi", "Chinese Consulate General in Karachi")] // words after "in" are not the core
    [InlineData("police compound", "Chinese consulate")] // nothing shared
    [InlineData("security forces", "security guard")] // different heads
    [InlineData("gunmen", null)] // nothing predicted
    public void Phrases_with_different_heads_do_not_match(string first, string? second)
    {
        Assert.False(PhraseHead.Match(first, second));
        Assert.False(PhraseHead.Match(second, first));
    }

    [Theory]
    [InlineData("Chinese Consulate General in Karachi", "general")] // the last word before the preposition
    [InlineData("men who stormed the building", "man")] // a relative clause follows the head
    [InlineData("members of the Hazara community", "member")] // "of" starts a post-modifier
    [InlineData("churches", "church")]
    public void The_head_is_the_last_core_word_in_singular(string phrase, string head)
    {
        Assert.Equal(head, PhraseHead.Head(phrase));
    }
}
