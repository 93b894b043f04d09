using IncidentExtractor.Core.Stages.Cleaning;

namespace IncidentExtractor.Tests.Stages.Cleaning;

public class ArticleCleanerTests
{
    private static ArticleCleaner Cleaner => new(TestModels.Lexicons.Boilerplate);

    [Fact]
    public void Header_date_line_gives_published_and_the_rest_of_the_line_the_title()
    {
        var cleaned = Cleaner.Clean(" date 2019-03-04 Gunmen attack bank in Hyderabad\n\nGunmen opened fire on a bank on Monday.");
        Assert.Equal(new DateOnly(2019, 3, 4), cleaned.Published);
        Assert.Equal("Gunmen attack bank in Hyderabad", cleaned.Title);
        Assert.Contains("Gunmen opened fire on a bank on Monday.", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_headline_is_kept_once()
    {
        var cleaned = Cleaner.Clean("Blast hits market in Sukkur\n\nBlast hits market in Sukkur\n\nSUKKUR: A blast hit a market on Sunday.");
        Assert.Equal(1, CountOf(cleaned.Body, "Blast hits market in Sukkur"));
    }

    [Fact]
    public void Dateline_place_is_found_in_capitals_with_agency_and_date()
    {
        Assert.Equal("Quetta", Cleaner.Clean("QUETTA, Aug 8: Two men were shot dead in the city.").Dateline);
        Assert.Equal("Islamabad", Cleaner.Clean("ISLAMABAD (Reuters) - A bomb went off near a court.").Dateline);
        Assert.Equal("Dera Ismail Khan", Cleaner.Clean("DERA ISMAIL KHAN: Militants attacked a post.").Dateline);
        Assert.Equal("Peshawar", Cleaner.Clean("PESHAWAR, Pakistan, (Reuters) - Gunmen shot dead two traders.").Dateline);
    }

    [Fact]
    public void A_site_menu_above_the_headline_is_neither_title_nor_story()
    {
        var cleaned = Cleaner.Clean(
            "Today's Paper | March 3, 2024\n\nGunmen kill two policemen in Kohat\n\nKOHAT: Gunmen shot dead two policemen on Sunday, officials said.");
        Assert.Equal("Gunmen kill two policemen in Kohat", cleaned.Title);
        Assert.StartsWith("Gunmen kill two policemen in Kohat", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Today's Paper", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_headline_under_a_real_one_does_not_take_its_place()
    {
        var cleaned = Cleaner.Clean("National Assembly passes federal budget\n\nBlast kills five in Quetta\n\nISLAMABAD: The National Assembly passed the budget on Friday.");
        Assert.Equal("National Assembly passes federal budget", cleaned.Title);
        Assert.Contains("Blast kills five in Quetta", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_headline_without_incident_words_stays_the_title()
    {
        var cleaned = Cleaner.Clean("Pakistan mourns its vaccinators\n\nThree polio workers were shot dead in Bajaur on Monday.");
        Assert.Equal("Pakistan mourns its vaccinators", cleaned.Title);
    }

    [Fact]
    public void A_long_site_name_after_a_bar_is_cut_from_the_headline()
    {
        var cleaned = Cleaner.Clean("Two traders shot dead in Quetta | The Balochistan Evening Chronicle Archive 2010-2017\n\nQUETTA: Two traders were shot dead.");
        Assert.Equal("Two traders shot dead in Quetta", cleaned.Title);
    }

    [Fact]
    public void Share_and_comment_furniture_is_dropped_but_story_lines_survive()
    {
        var raw = string.Join('\n',
            "Police post attacked in Tank",
            "TANK: Militants attacked a police post late on Friday, officials said.",
            "Image Credits : Staff photographer",
            "Read more: Budget debate continues",
            "Follow us on Twitter for updates",
            "Police said the attack was repulsed after an hour.",
            "Source link",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Ten more headlines about cricket");
        var body = Cleaner.Clean(raw).Body;
        Assert.Contains("Militants attacked a police post late on Friday", body, StringComparison.Ordinal);
        Assert.Contains("Police said the attack was repulsed after an hour.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Image Credits", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow us", body, StringComparison.Ordinal);
        Assert.DoesNotContain("cricket", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Newspaper_footer_gives_the_publication_date_and_ends_the_story()
    {
        var cleaned = Cleaner.Clean("LAHORE: A cracker went off near a shop on Saturday.\n\nPublished in Dawn, March 3rd, 2021\n\nEditorial\n\nOther news 18 Dec, 2024");
        Assert.Equal(new DateOnly(2021, 3, 3), cleaned.Published);
        Assert.DoesNotContain("Editorial", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Smart_quotes_non_breaking_spaces_and_entities_are_normalised()
    {
        var body = Cleaner.Clean("The officer said \u201Cwe are ready\u201D\u00A0and &amp; it\u2019s calm.").Body;
        Assert.Equal("The officer said \"we are ready\" and & it's calm.", body);
    }

    [Fact]
    public void Story_sentences_that_mention_furniture_words_are_not_dropped()
    {
        var raw = "Police shared photos of the suspects.\nThe attackers were reported by witnesses to have fled.\nUpdated casualty figures were released later by the hospital administration on Monday evening.";
        var body = Cleaner.Clean(raw).Body;
        Assert.Contains("Police shared photos of the suspects.", body, StringComparison.Ordinal);
        Assert.Contains("The attackers were reported by witnesses to have fled.", body, StringComparison.Ordinal);
        Assert.Contains("Updated casualty figures were released later", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_map_back_to_the_raw_text()
    {
        const string raw = "Image Credits : AFP\nKARACHI: Gunmen fired at a van.";
        var cleaned = Cleaner.Clean(raw);
        var at = cleaned.Body.IndexOf("Gunmen", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("Gunmen", StringComparison.Ordinal), cleaned.ToOriginal(at));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public void Site_name_after_a_bar_is_not_part_of_the_headline() =>
        Assert.Equal("Blast kills five in Quetta market", Cleaner.Clean("Blast kills five in Quetta market | Daily Times\nQUETTA: A blast killed five people.").Title);

    [Fact]
    public void A_short_headline_with_a_full_stop_before_a_paragraph_is_the_headline()
    {
        var cleaned = Cleaner.Clean("Four killed in Kurram blast.\nFour people were killed and seven injured when a bomb planted on a motorcycle went off in a busy market in Parachinar on Friday morning, police and hospital officials said.");
        Assert.Equal("Four killed in Kurram blast.", cleaned.Title);
    }

    [Theory]
    [InlineData("By Web Desk | 4 June 2021")]
    [InlineData("Friday, 4 June 2021 | 09:15 PST")]
    [InlineData("NNI | Published on 04-Jun-2021")]
    [InlineData("04/06/2021")]
    [InlineData("June 4, 20219:15 AM GMT+5Updated 3 hours ago")]
    public void A_date_beside_a_byline_a_clock_or_glued_to_it_is_the_publication_date(string line)
    {
        var cleaned = Cleaner.Clean("Two soldiers martyred in Kurram attack\n\n" + line + "\n\nPARACHINAR: Two soldiers were martyred when militants attacked a post in Kurram on Thursday, the ISPR said.");
        Assert.Equal(new DateOnly(2021, 6, 4), cleaned.Published);
        Assert.Equal("Two soldiers martyred in Kurram attack", cleaned.Title);
        Assert.DoesNotContain("2021", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_line_printed_under_the_headline_dates_the_page_and_keeps_the_story()
    {
        var cleaned = Cleaner.Clean("Six hurt in Sukkur grenade attack on shop that refused extortion demand\n\nPublished in Dawn, May 9th, 2023\n\nSUKKUR: Six people were injured when a hand grenade was hurled at a shop in Sukkur on Monday.\n\nPublished in Dawn, May 9th, 2023\n\nMore stories");
        Assert.Equal(new DateOnly(2023, 5, 9), cleaned.Published);
        Assert.Contains("Six people were injured", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("More stories", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_menu_is_not_the_headline_and_a_labelled_date_beats_the_page_s_date()
    {
        var cleaned = Cleaner.Clean("Monday, March 2, 2020\n\n Print   Email   Save   Retweet\n\nGunmen seize doctor in Lahore\n\nLAST UPDATED: 4:10 a.m., May 9, 2013\n\nLAHORE: Gunmen seized a doctor from his clinic in Lahore on Wednesday, police said.");
        Assert.Equal("Gunmen seize doctor in Lahore", cleaned.Title);
        Assert.Equal(new DateOnly(2013, 5, 9), cleaned.Published);
    }
}
