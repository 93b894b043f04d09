using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Stages.Places;
using IncidentExtractor.Tests.Lexicons;

namespace IncidentExtractor.Tests.Stages.Places;

public class PlaceMatcherTests
{
    private static readonly Gazetteer Small = Gazetteer.Create(
        [
            Place("Khyber Pakhtunkhwa", PlaceKind.Province, aliases: ["Khyber-Pakhtunkhwa", "KP", "NWFP"]),
            Place("Khyber", PlaceKind.District),
            Place("Dera Ismail Khan", PlaceKind.City, population: 100_000, aliases: ["D.I. Khan", "DI Khan"]),
            Place("Dera Ismail Khan", PlaceKind.District, population: 1_600_000),
            Place("Karachi", PlaceKind.City, population: 11_000_000),
            Place("Karachi", PlaceKind.Village),
            Place("Tank", PlaceKind.City),
            Place("Hub", PlaceKind.City),
            Place("Kiamari", PlaceKind.Locality),
            Place("Police", PlaceKind.Village),
            new PlaceEntry("Kabul", PlaceKind.ForeignPlace, null, null, null, "Afghanistan", null, null, 0),
        ],
        ["police"]);

    private static List<string> Found(string text) => Small.Matcher.FindAll(text).Select(m => m.Text).ToList();

    [Fact]
    public void A_multi_word_name_is_one_mention_with_its_offsets()
    {
        const string text = "A blast in Dera Ismail Khan killed two.";
        var mention = Assert.Single(Small.Matcher.FindAll(text));
        Assert.Equal(("Dera Ismail Khan", 11, 27), (mention.Text, mention.Start, mention.End));
        Assert.Equal(mention.Text, text[mention.Start..mention.End]);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        Assert.Equal(["Khyber Pakhtunkhwa"], Found("Attacks in Khyber Pakhtunkhwa rose."));
        Assert.Equal(["Khyber"], Found("Attacks in Khyber rose."));
    }

    [Theory]
    [InlineData("in D.I. Khan on Monday", "D.I. Khan")]
    [InlineData("in D. I. Khan on Monday", "D. I. Khan")]
    [InlineData("in D I Khan on Monday", "D I Khan")]
    [InlineData("in DI Khan on Monday", "DI Khan")]
    [InlineData("in Khyber-Pakhtunkhwa on Monday", "Khyber-Pakhtunkhwa")]
    [InlineData("in Khyber Pakhtunkhwa\non Monday", "Khyber Pakhtunkhwa")]
    public void Punctuation_variants_match_the_same_place(string text, string expected)
    {
        var mention = Assert.Single(Small.Matcher.FindAll(text));
        Assert.Equal(expected, mention.Text);
    }

    [Fact]
    public void A_lower_case_word_is_never_a_place()
    {
        Assert.Empty(Found("the tank was parked near the transport hub"));
        Assert.Equal(["Tank", "Hub"], Found("Tank and Hub were calm."));
    }

    [Fact]
    public void An_all_caps_dateline_matches()
    {
        Assert.Equal(["KARACHI"], Found("KARACHI: Gunmen attacked"));
    }

    [Fact]
    public void Names_match_only_whole_words()
    {
        Assert.Empty(Found("Karachiites mourned. TankerS were seen."));
    }

    [Fact]
    public void A_possessive_ending_is_not_part_of_the_name()
    {
        var mention = Assert.Single(Small.Matcher.FindAll("Karachi\u2019s Clifton area"));
        Assert.Equal("Karachi", mention.Text);
    }

    [Fact]
    public void A_comma_ends_a_multi_word_name()
    {
        Assert.Equal(["Khyber"], Found("from Khyber, Pakhtunkhwa said"));
    }

    [Fact]
    public void Diacritics_are_folded()
    {
        Assert.Equal(["Kiamåri"], Found("in Kiamåri"));
    }

    [Fact]
    public void Stopwords_never_match()
    {
        Assert.Empty(Found("Police said"));
    }

    [Fact]
    public void Foreign_names_are_flagged_foreign()
    {
        var mentions = Small.Matcher.FindAll("He returned from Kabul to Karachi.");
        Assert.Equal([true, false], mentions.Select(m => m.IsForeign));
    }

    [Fact]
    public void Candidates_put_towns_before_districts_and_villages()
    {
        var dik = Assert.Single(Small.Matcher.FindAll("Dera Ismail Khan")).Candidates;
        Assert.Equal([PlaceKind.City, PlaceKind.District], dik.Select(c => c.Kind));
        var karachi = Assert.Single(Small.Matcher.FindAll("Karachi")).Candidates;
        Assert.Equal([PlaceKind.City, PlaceKind.Village], karachi.Select(c => c.Kind));
    }

    [Fact]
    public void A_range_search_gives_offsets_into_the_whole_text()
    {
        const string text = "Karachi. Later in Tank, and Hub.";
        var mentions = Small.Matcher.FindAll(text, 9, 23);
        var mention = Assert.Single(mentions);
        Assert.Equal(("Tank", 18, 22), (mention.Text, mention.Start, mention.End));
    }

    [Fact]
    public void The_shipped_gazetteer_finds_news_spellings()
    {
        var mentions = ModelsFolder.Gazetteer.Matcher.FindAll(
            "PESHAWAR: A bomb went off in Hayatabad, while in D.I. Khan and Miranshah police were attacked; "
            + "officials in Kabul denied any role.");
        Assert.Equal(
            [("PESHAWAR", "Peshawar"), ("Hayatabad", "Hayatabad"), ("D.I. Khan", "Dera Ismail Khan"), ("Miranshah", "Miran Shah"), ("Kabul", "Kabul")],
            mentions.Select(m => (m.Text, m.Best.Name)));
        Assert.True(mentions[^1].IsForeign);
    }

    private static PlaceEntry Place(string name, PlaceKind kind, long population = 0, string[]? aliases = null) =>
        new(name, kind, kind == PlaceKind.City ? name : null, null, "Khyber Pakhtunkhwa", Gazetteer.Pakistan, 30, 70, population)
        {
            Aliases = aliases ?? [],
        };
}
