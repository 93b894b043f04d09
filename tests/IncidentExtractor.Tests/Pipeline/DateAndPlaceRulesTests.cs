namespace IncidentExtractor.Tests.Pipeline;

/// <summary>When and where: relative dates against the publication date, and the place of the attack by role.</summary>
public class DateAndPlaceRulesTests
{
    [Fact]
    public void A_weekday_resolves_against_the_publication_date()
    {
        var r = TestModels.Extract(" date 2022-06-21 Gunmen shot dead two labourers in Hoshab on Monday.");
        Assert.Equal("2022-06-20", r.EventDate);
        Assert.Equal("on Monday", r.EventDateText);
    }

    [Fact]
    public void Late_night_phrases_keep_their_words()
    {
        var r = TestModels.Extract("Militants attacked a check-post late on Friday night in Tank.", new DateOnly(2019, 8, 25));
        Assert.Equal("late on Friday night", r.EventDateText);
        Assert.Equal("2019-08-23", r.EventDate);
    }

    [Fact]
    public void Weekday_day_and_month_fix_the_year_without_a_publication_date()
    {
        var r = TestModels.Extract("Gunmen attacked a consulate in Karachi on Friday 23 November, killing two policemen.");
        Assert.Equal("2018-11-23", r.EventDate);
    }

    [Fact]
    public void A_weekday_alone_fixes_nothing()
    {
        var r = TestModels.Extract("Gunmen attacked a bank in Karachi on Friday, killing a guard.");
        Assert.Null(r.EventDate);
        Assert.Equal("on Friday", r.EventDateText);
    }

    [Fact]
    public void The_date_of_a_statement_is_not_the_incident_date()
    {
        var r = TestModels.Extract("Six worshippers were killed when gunmen attacked a shrine in Awaran, officials said on Friday.", new DateOnly(2020, 1, 4));
        Assert.Null(r.EventDate);
    }

    [Fact]
    public void The_attack_place_beats_the_dateline_and_the_hospital()
    {
        var r = TestModels.Extract("QUETTA: Gunmen killed four Levies men at a check post in Khuzdar district on Saturday. The wounded were taken to a hospital in Quetta.");
        Assert.Equal("Khuzdar", r.District);
        Assert.Equal("Balochistan", r.Province);
        Assert.NotEqual("Quetta", r.City);
    }

    [Fact]
    public void Area_of_a_district_gives_district_and_detail()
    {
        var r = TestModels.Extract("Militants attacked a post in the Babri area of Mastung district on Monday night.");
        Assert.Equal("Mastung", r.District);
        Assert.Equal("Balochistan", r.Province);
        Assert.Equal("Babri area", r.LocationDetail);
    }

    [Fact]
    public void Former_tribal_agencies_are_in_Khyber_Pakhtunkhwa()
    {
        var r = TestModels.Extract("A bomb exploded in a market in Orakzai district on Friday, killing 20 people.");
        Assert.Equal("Khyber Pakhtunkhwa", r.Province);
    }

    [Fact]
    public void Foreign_places_are_not_the_incident_place()
    {
        var r = TestModels.Extract("A bomb hit a bus carrying Chinese engineers in Gwadar on Monday. The project links Xinjiang in China with the port.");
        Assert.Equal("Gwadar", r.City);
        Assert.Equal("Balochistan", r.Province);
    }

    [Fact]
    public void The_dateline_is_the_place_when_the_body_names_no_town()
    {
        var r = TestModels.Extract("PESHAWAR: A bomb exploded near a police van on Friday morning, injuring three constables.");
        Assert.Equal("Peshawar", r.City);
        Assert.Equal("Khyber Pakhtunkhwa", r.Province);
    }

    [Theory]
    [InlineData("Gunmen attacked a check post in the early hours of Monday in Kalat.", "in the early hours of Monday", "2024-03-25")]
    [InlineData("A bomb went off in a market in Kohat on Thursday afternoon, killing four.", "on Thursday afternoon", "2024-03-21")]
    [InlineData("Militants stormed a police station in Tank late Sunday, killing two constables.", "late Sunday", "2024-03-24")]
    [InlineData("A bomb exploded near a school bus in Mardan yesterday, injuring six children.", "yesterday", "2024-03-25")]
    public void Relative_date_phrases_resolve_against_publication(string text, string phrase, string date)
    {
        var r = TestModels.Extract(text, new DateOnly(2024, 3, 26));
        Assert.Equal(phrase, r.EventDateText);
        Assert.Equal(date, r.EventDate);
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_is_read_when_the_text_calls_it_a_village()
    {
        var r = TestModels.Extract("A grenade attack damaged a shop in the village of Banda Gulzar in Mardan district on Saturday morning.");
        Assert.Equal("Banda Gulzar", r.City);
        Assert.Equal("Mardan", r.District);
        Assert.Equal("Khyber Pakhtunkhwa", r.Province);
    }

    [Fact]
    public void An_attack_abroad_gets_the_foreign_country()
    {
        var r = TestModels.Extract("JALALABAD, Afghanistan (Reuters) - Gunmen shot dead three vaccinators in eastern Afghanistan on Tuesday, officials said.");
        Assert.Equal("Afghanistan", r.Country);
        Assert.Null(r.Province);
    }

    [Fact]
    public void Where_the_attack_took_place_beats_the_agency_dateline()
    {
        var r = TestModels.Extract("PESHAWAR, Pakistan (AP) - A suicide bomber struck a mosque during Friday prayers, killing 17 worshippers. The attack took place in the town of Kohat, police said.");
        Assert.Equal("Kohat", r.City);
    }

    [Fact]
    public void The_date_told_with_the_attack_beats_a_later_day_and_a_reference_back()
    {
        var r = TestModels.Extract(
            "On Monday, mourners buried the 20 people killed in Sunday's bombing of a rally in Khar.\n" +
            "At least 20 people died and 50 were wounded on Sunday evening when a suicide bomber struck the rally.",
            new DateOnly(2023, 7, 31));
        Assert.Equal("on Sunday evening", r.EventDateText);
        Assert.Equal("2023-07-30", r.EventDate);
    }

    [Fact]
    public void A_dated_photo_caption_years_earlier_is_not_the_incident_date()
    {
        var r = TestModels.Extract(
            " date 2017-09-11 Gunmen kill four in Quetta\nIn this photo taken Feb. 21, 2013, mourners gather beside photographs of people killed in a blast.\nGunmen killed four people in Quetta overnight, police said.");
        Assert.NotEqual("2013-02-21", r.EventDate);
    }

    [Fact]
    public void The_day_a_toll_rose_is_not_the_day_of_the_attack()
    {
        var r = TestModels.Extract(
            " date 2021-04-11 SUKKUR: The toll from the Jacobabad bombing rose to 14 on Sunday.\n" +
            "A bomb ripped through a crowded market in Jacobabad on Saturday, and a wounded man died in hospital on Sunday morning, after which the toll rose to 14.");
        Assert.Equal("on Saturday", r.EventDateText);
        Assert.Equal("2021-04-10", r.EventDate);
    }

    [Fact]
    public void A_place_that_names_the_attack_beats_the_dateline()
    {
        var r = TestModels.Extract("SUKKUR: The toll from the Jacobabad bombing rose to 14 on Sunday, officials said.");
        Assert.Equal("Jacobabad", r.City);
        Assert.Equal("Sindh", r.Province);
    }

    [Fact]
    public void A_victim_s_home_town_is_not_the_incident_place()
    {
        var r = TestModels.Extract(
            "Gunmen shot dead three labourers at a construction site in Turbat on Monday. " +
            "The body of one of them was sent to his family because he belonged to Multan, Punjab.");
        Assert.Equal("Turbat", r.City);
        Assert.Equal("Balochistan", r.Province);
    }

    [Fact]
    public void A_day_something_has_lasted_since_is_not_the_incident_date()
    {
        var r = TestModels.Extract(
            " date 2025-03-29 A suicide bomber blew himself up near a rally in Mastung on Saturday. Talks with the organisers have gone on since Friday night.");
        Assert.Equal("on Saturday", r.EventDateText);
        Assert.Equal("2025-03-29", r.EventDate);
    }

    [Fact]
    public void Yesterday_keeps_the_weekday_written_after_it()
    {
        var r = TestModels.Extract(" date 2024-08-29 Gunmen kidnapped three brothers from a mosque yesterday (Wednesday), a police official said.");
        Assert.Equal("yesterday (Wednesday)", r.EventDateText);
        Assert.Equal("2024-08-28", r.EventDate);
    }

    [Theory]
    [InlineData("Gunmen opened fire on a van on the Sariab Road in Quetta on Monday, killing two.", "Sariab Road")]
    [InlineData("Militants attacked the Zarghun checkpost in Harnai district late on Friday.", "Zarghun checkpost")]
    [InlineData("Terrorists stormed the Daraban police station in Dera Ismail Khan on Sunday.", "Daraban police station")]
    [InlineData("A bomb went off near a rally at Lak Pass in Mastung on Saturday.", "Lak Pass")]
    public void Named_roads_posts_stations_and_passes_are_the_place_detail(string text, string detail)
    {
        Assert.Equal(detail, TestModels.Extract(text).LocationDetail);
    }

    [Fact]
    public void The_area_the_attack_took_place_in_beats_one_named_first()
    {
        var r = TestModels.Extract(
            "PESHAWAR: A blast targeting a Levies vehicle was heard on the city's Ring Road on Thursday. " +
            "The blast took place at the Pishtakhara area, police said.");
        Assert.Equal("Pishtakhara area", r.LocationDetail);
    }

    [Theory]
    [InlineData(" date 2024-03-04 Gunmen attacked a police checkpost in Kohat on 3rd March, killing two constables.", "on 3rd March", "2024-03-03")]
    [InlineData(" date 2024-07-26 Gunmen ambushed a police van in Lower Dir on the 24th of July, killing three policemen.", "on the 24th of July", "2024-07-24")]
    public void Ordinal_days_before_the_month_are_dates(string text, string phrase, string date)
    {
        var r = TestModels.Extract(text);
        Assert.Equal(phrase, r.EventDateText);
        Assert.Equal(date, r.EventDate);
    }

    [Fact]
    public void A_filing_stamp_in_the_lead_s_brackets_is_not_the_incident_date()
    {
        var r = TestModels.Extract("QUETTA, (Pakistan Point News - 17th May, 2025) An attack by terrorists on a checkpost in Khuzdar district early Saturday left four Levies men martyred.");
        Assert.Equal("early Saturday", r.EventDateText);
    }

    [Fact]
    public void A_town_the_text_places_in_a_known_district_is_the_city()
    {
        var r = TestModels.Extract("Twin blasts at a police station in Kalarkot, Swat, on Monday night killed 17 people.");
        Assert.Equal("Kalarkot", r.City);
        Assert.Equal("Swat", r.District);
        Assert.Equal("Khyber Pakhtunkhwa", r.Province);
        Assert.Equal(17, r.Killed);
        Assert.Equal("police station", r.Target);
    }

    [Fact]
    public void An_office_that_condemns_the_attack_is_not_the_place_detail()
    {
        var r = TestModels.Extract("KABUL: A suicide bomber killed 12 people at a mosque in Kabul on Thursday. Pakistan's Foreign Office condemned the attack.");
        Assert.Null(r.LocationDetail);
        Assert.Equal("Afghanistan", r.Country);
    }

    [Fact]
    public void Attacks_earlier_in_the_week_and_a_year_s_tally_stay_out_of_the_record()
    {
        var r = TestModels.Extract(
            " date 2024-10-12 Seven soldiers martyred in Khyber\n" +
            "PESHAWAR: Seven soldiers were martyred when terrorists attacked a check post in the Tirah valley of Khyber district late on Friday night, the ISPR said on Saturday.\n" +
            "Earlier this week, six policemen were killed in an attack in Dera Ismail Khan, while on Monday a bomb blast in Bajaur injured 12 people.\n" +
            "According to a report by a think tank, 2024 has been the deadliest year in a decade, with over 900 people killed.");
        Assert.Equal("late on Friday night", r.EventDateText);
        Assert.Equal("2024-10-11", r.EventDate);
        Assert.Equal(7, r.Killed);
        Assert.Null(r.Injured);
        Assert.Equal("Armed Assault", r.AttackType);
        Assert.Equal("Tirah valley", r.LocationDetail);
    }

    [Theory]
    [InlineData(" date 2018-11-25 Gunmen attacked the Chinese consulate in Karachi on 23/11/2018, killing two policemen.", "on 23/11/2018")]
    [InlineData(" date 2018-11-25 Gunmen attacked the Chinese consulate in Karachi on 23-11-2018, killing two policemen.", "on 23-11-2018")]
    [InlineData(" date 2018-11-25 Gunmen attacked the Chinese consulate in Karachi on 2018-11-23, killing two policemen.", "on 2018-11-23")]
    public void Numeric_dates_are_incident_dates(string text, string phrase)
    {
        var r = TestModels.Extract(text);
        Assert.Equal(phrase, r.EventDateText);
        Assert.Equal("2018-11-23", r.EventDate);
    }

    [Fact]
    public void A_city_s_locality_is_the_place_detail_when_no_area_phrase_says_more()
    {
        var r = TestModels.Extract("KARACHI: Unknown men hurled a grenade at a police mobile in Lyari on Thursday.");
        Assert.Equal("Karachi", r.City);
        Assert.Equal("Lyari", r.LocationDetail);
    }

    [Fact]
    public void The_day_a_toll_reached_a_figure_far_after_the_word_toll_is_not_the_attack_s_day()
    {
        var r = TestModels.Extract(" date 2023-01-31 PESHAWAR: The death toll from Monday's bombing at a mosque in Peshawar reached 90 on Tuesday as rescuers pulled more bodies from the rubble.");
        Assert.Equal("2023-01-30", r.EventDate);
    }

    [Fact]
    public void A_district_in_an_official_s_title_does_not_overrule_the_dateline_town()
    {
        var r = TestModels.Extract("KARACHI: Gunmen shot dead a shopkeeper in Karachi on Sunday, said the SSP Korangi.");
        Assert.Equal("Karachi", r.City);
        Assert.Equal("Sindh", r.Province);
    }

    [Theory]
    [InlineData("BANNU: Militants attacked a police post in the Domel area of Bannu on Monday. The Hafiz Gul Bahadur group, a faction based in North Waziristan, claimed it.")]
    [InlineData("BANNU: Gunmen stopped a van in Bannu on Monday and drove its passengers towards the hills bordering North Waziristan.")]
    public void A_place_named_in_passing_is_not_the_incident_s_district(string text)
    {
        var r = TestModels.Extract(text);
        Assert.Equal("Bannu", r.City);
        Assert.NotEqual("North Waziristan", r.District);
    }

    [Theory]
    [InlineData("Gunmen ambushed a van on the Indus Highway near Kohat on Monday, killing two.", "Indus Highway")]
    [InlineData("A roadside bomb hit a police van on the Bannu-Miranshah road on Monday, killing two.", "Bannu-Miranshah road")]
    public void Highways_and_roads_are_place_detail(string text, string detail) =>
        Assert.Equal(detail, TestModels.Extract(text).LocationDetail);
}
