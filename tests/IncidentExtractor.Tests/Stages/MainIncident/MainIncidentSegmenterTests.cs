using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Tests.Stages.MainIncident;

public class MainIncidentSegmenterTests
{
    [Fact]
    public void Separate_incident_and_everything_after_it_is_set_apart()
    {
        var sentences = TestModels.Analyze(
            "Gunmen killed two guards at a bank in Hyderabad on Monday.\n" +
            "Police said the attackers fled.\n" +
            "In a separate incident, a bomb killed five people in Sukkur.\n" +
            "Police there said the bomb was planted on a bicycle.");
        Assert.Equal(
            [SentenceRole.Main, SentenceRole.Main, SentenceRole.OtherIncident, SentenceRole.OtherIncident],
            sentences.Select(s => s.Role).ToArray());
    }

    [Fact]
    public void A_recalled_attack_sets_apart_its_paragraph_only()
    {
        var sentences = TestModels.Analyze(
            "A roadside bomb hit a police van in Kohat on Tuesday.\n" +
            "Last month, militants attacked a checkpoint nearby. Six soldiers died in that attack.\n" +
            "Police said the van was badly damaged.");
        Assert.Equal(SentenceRole.OtherIncident, sentences[1].Role);
        Assert.Equal(SentenceRole.OtherIncident, sentences[2].Role);
        Assert.Equal(SentenceRole.Main, sentences[3].Role);
    }

    [Fact]
    public void A_dated_earlier_blast_is_another_incident()
    {
        var sentences = TestModels.Analyze(
            "Gunmen attacked a police station in Bannu on Friday.\n" +
            "Investigators blamed a militant faction for the March 3 blast at a mosque.");
        Assert.Equal(SentenceRole.OtherIncident, sentences[1].Role);
    }

    [Fact]
    public void A_paragraph_that_names_the_lead_again_returns_to_the_main_incident()
    {
        var sentences = TestModels.Analyze(
            "Gunmen stormed the Gwadar Port Authority complex on Wednesday, killing two guards.\n" +
            "In a separate incident, a bomb hit a market in Sibi.\n" +
            "The BLA claimed responsibility for the Gwadar Port Authority attack.");
        Assert.Equal(SentenceRole.OtherIncident, sentences[1].Role);
        Assert.Equal(SentenceRole.Main, sentences[2].Role);
    }
}
