namespace IncidentExtractor.Tests.Pipeline;

/// <summary>Counts of the main incident: numbers in words and digits, roles, updates, and figures of other incidents.</summary>
public class CasualtyRulesTests
{
    [Fact]
    public void Counts_inside_a_quoted_phrase_give_killed_and_injured()
    {
        var r = TestModels.Extract("Gunmen attacked a bank in Multan on Monday. The exchange of fire ended \"killing two of our guards and critically wounding another,\" the manager said.");
        Assert.Equal(2, r.Killed);
        Assert.Equal(1, r.Injured);
    }

    [Fact]
    public void A_part_of_a_figure_is_not_added_to_it()
    {
        var r = TestModels.Extract("A bomb attack on a bazaar in Parachinar has claimed seven victims, three of them children.");
        Assert.Equal(7, r.Killed);
    }

    [Fact]
    public void Coordinated_victims_are_added_up()
    {
        var r = TestModels.Extract("A policeman and two civilians were killed when gunmen opened fire on a checkpoint in Quetta on Sunday.");
        Assert.Equal(3, r.Killed);
    }

    [Fact]
    public void Attackers_killed_are_not_counted_as_victims()
    {
        var r = TestModels.Extract("Militants stormed a school in Swat on Monday, killing one teacher. Police later gunned down the four attackers.");
        Assert.Equal(1, r.Killed);
        Assert.Equal(4, r.AttackersKilled);
    }

    [Fact]
    public void A_bomber_who_blew_himself_up_is_one_attacker_killed()
    {
        var r = TestModels.Extract("A suicide bomber blew himself up at the gate of a mosque in Kohat on Friday, killing nine worshippers and wounding 20.");
        Assert.Equal(9, r.Killed);
        Assert.Equal(20, r.Injured);
        Assert.Equal(1, r.AttackersKilled);
        Assert.Equal(1, r.AttackerCount);
    }

    [Fact]
    public void The_latest_toll_beats_the_first_report()
    {
        var r = TestModels.Extract("At least 12 people were killed in a bomb blast at a rally in Mastung on Friday. Officials later said the death toll rose to 30.");
        Assert.Equal(30, r.Killed);
    }

    [Fact]
    public void Word_numbers_and_dozens_are_read()
    {
        var r = TestModels.Extract("Twenty-five people were killed and dozens injured when a bomb exploded in a market in Peshawar.");
        Assert.Equal(25, r.Killed);
        Assert.Equal(12, r.Injured);
    }

    [Fact]
    public void Figures_of_a_recalled_incident_do_not_leak()
    {
        var r = TestModels.Extract(
            "Two soldiers were killed when militants attacked a post in North Waziristan on Sunday.\n" +
            "Last year, a similar attack in the area killed 11 soldiers and injured 14.\n" +
            "Background: 28 security officials have been killed so far this year.");
        Assert.Equal(2, r.Killed);
        Assert.Null(r.Injured);
    }

    [Fact]
    public void Statistics_after_a_recall_cue_in_the_lead_do_not_leak()
    {
        var r = TestModels.Extract("Gunmen attacked a police station in Karachi on Friday night, weeks after a blast at a mosque killed over 60 officers.");
        Assert.Null(r.Killed);
    }

    [Fact]
    public void Martyrdom_and_neutralised_attackers_are_read()
    {
        var r = TestModels.Extract("Terrorists attacked a post in Tank on Sunday. Four terrorists were neutralised in the exchange of fire, while a soldier, Sepoy Ali, 24, embraced martyrdom.");
        Assert.Equal(4, r.AttackersKilled);
        Assert.Equal(1, r.Killed);
    }

    [Fact]
    public void No_casualties_gives_zero_not_unknown()
    {
        var r = TestModels.Extract("A rocket fired by militants hit a bazaar in Miranshah on Monday night, but no one was hurt, officials said.");
        Assert.Equal(0, r.Injured);
        Assert.Null(r.Killed);

        var both = TestModels.Extract("Unidentified men set fire to a girls' school in Chilas overnight. No casualties were reported.");
        Assert.Equal(0, both.Killed);
        Assert.Equal(0, both.Injured);
    }

    [Theory]
    [InlineData("Police chased one of the gunmen, who fled into a market in Sukkur and killed himself.")]
    [InlineData("A suicide bomber set off an explosive device outside a court in Mardan on Monday, killing three people.")]
    public void A_perpetrator_whose_death_is_stated_is_one_attacker_killed(string text) =>
        Assert.Equal(1, TestModels.Extract(text).AttackersKilled);

    [Fact]
    public void A_bomber_whose_death_is_not_stated_is_not_counted()
    {
        var r = TestModels.Extract("A security convoy in Bannu was targeted by a suicide bomber on Thursday, leaving nine soldiers dead.");
        Assert.Null(r.AttackersKilled);
        Assert.Equal(9, r.Killed);
    }

    [Fact]
    public void A_wounded_person_who_died_moves_to_the_toll_and_is_not_an_injury()
    {
        var r = TestModels.Extract(
            "A bomb tore through a rally in Kalat on Friday, leaving 40 dead, and one more wounded person died in hospital on Saturday, after which the toll rose to 41.");
        Assert.Equal(41, r.Killed);
        Assert.Null(r.Injured);
    }

    [Fact]
    public void A_toll_taken_to_a_figure_is_the_total()
    {
        var r = TestModels.Extract("Two miners died of their wounds on Friday, taking the death toll from Tuesday's attack on a coal company in Duki to nine.");
        Assert.Equal(9, r.Killed);
    }

    [Fact]
    public void A_compound_victim_noun_and_an_elliptical_another_are_counted()
    {
        var r = TestModels.Extract("A Levies soldier was martyred and another injured when gunmen opened fire on a checkpost in Zhob on Sunday.");
        Assert.Equal(1, r.Killed);
        Assert.Equal(1, r.Injured);
    }

    [Fact]
    public void A_victim_named_by_whose_he_was_counts_one()
    {
        var r = TestModels.Extract("Gunmen ambushed the car of a judge in Tank on Monday; the judge survived but his driver was killed and two others were wounded.");
        Assert.Equal(1, r.Killed);
        Assert.Equal(2, r.Injured);
    }

    [Fact]
    public void Others_coordinated_after_the_dead_are_not_added_to_them()
    {
        var r = TestModels.Extract("A suicide bomber hit an army convoy near Bannu, leaving seven soldiers dead and 15 others wounded.");
        Assert.Equal(7, r.Killed);
        Assert.Equal(15, r.Injured);
    }

    [Fact]
    public void A_list_of_victims_with_commas_is_added_up()
    {
        var r = TestModels.Extract("A suicide bomber targeted a police van in Lahore on Wednesday, killing four policemen, a security guard and two civilians.");
        Assert.Equal(7, r.Killed);
    }

    [Fact]
    public void A_comma_that_opens_an_aside_joins_nothing()
    {
        var r = TestModels.Extract("A soldier, Sepoy Ali, 24, was martyred and two others were injured when militants attacked a post in Kurram.");
        Assert.Equal(1, r.Killed);
        Assert.Equal(2, r.Injured);
    }

    [Fact]
    public void A_named_victim_and_others_counts_the_named_one_too()
    {
        var r = TestModels.Extract("Provincial minister Ikram Khan and 12 others were killed when a suicide bomber struck a rally in Charsadda on Friday.");
        Assert.Equal(13, r.Killed);
    }

    [Fact]
    public void A_toll_named_far_before_its_rise_is_still_the_update()
    {
        var r = TestModels.Extract(
            "Mardan blast toll rises to 31\n\nMARDAN: The death toll from Sunday's suicide bombing at a wedding in a village near Mardan had risen to 31 on Tuesday. The bomber struck the wedding on Sunday night, killing 24 people on the spot.");
        Assert.Equal(31, r.Killed);
    }

    [Fact]
    public void A_recall_that_opens_the_lead_leaves_the_main_clause_s_figures()
    {
        var r = TestModels.Extract(
            "A day after a bombing in Kabul killed 30 people, a suicide attack outside the district courts in Islamabad killed 12 and injured 27.\n" +
            "The Kabul explosion, which killed 30 people, was claimed by no group.");
        Assert.Equal(12, r.Killed);
        Assert.Equal(27, r.Injured);
    }

    [Fact]
    public void A_sentence_that_comes_a_week_after_another_attack_gives_none_of_its_figures()
    {
        var r = TestModels.Extract(
            "Two soldiers were martyred when militants attacked a checkpost in Kurram on Tuesday night.\n" +
            "The attack came a week after 12 people were killed in a bombing at a market in Bajaur.");
        Assert.Equal(2, r.Killed);
        Assert.Equal("Armed Assault", r.AttackType);
    }

    [Fact]
    public void A_police_officer_shot_dead_is_one_killed()
    {
        var r = TestModels.Extract("A police officer was shot dead by two men on a motorcycle in Gulshan-e-Iqbal on Sunday.");
        Assert.Equal(1, r.Killed);
        Assert.Equal("police officer", r.Target);
    }

    [Theory]
    [InlineData("Unknown gunmen shot dead ANP leader Gul Zaman Khan outside his home in Charsadda on Monday.")]
    [InlineData("Journalist Arif Hussain Shah was shot dead by unidentified men in Peshawar on Monday.")]
    public void A_named_victim_shot_dead_is_one_killed(string text)
    {
        Assert.Equal(1, TestModels.Extract(text).Killed);
    }

    [Fact]
    public void A_named_militant_commander_killed_is_no_victim()
    {
        var r = TestModels.Extract("Militants attacked a checkpost in Tank on Monday. Their commander Qari Ahmad Gul was killed in the exchange of fire.");
        Assert.Null(r.Killed);
    }

    [Fact]
    public void Police_and_others_add_no_named_person()
    {
        var r = TestModels.Extract("A bomb exploded near a checkpost in Bannu on Monday, and the Levies Police and 12 others were injured.");
        Assert.Equal(12, r.Injured);
    }

    [Theory]
    [InlineData("Gunmen attacked a police post in Tank on Monday, killing two policemen. Both attackers were killed in the exchange of fire.", 2, 2)]
    [InlineData("The assailant was gunned down by police after he opened fire on worshippers at a mosque in Lahore, killing one.", 1, 1)]
    [InlineData("Six khwarij were killed when they attacked a check post in Lakki Marwat on Monday; one soldier was martyred.", 1, 6)]
    [InlineData("A suicide bomber blew up his explosives-laden vehicle near a convoy in Dasu, killing himself and five others.", 5, 1)]
    public void Attackers_killed_are_counted_apart_from_their_victims(string text, int killed, int attackersKilled)
    {
        var r = TestModels.Extract(text);
        Assert.Equal(killed, r.Killed);
        Assert.Equal(attackersKilled, r.AttackersKilled);
    }

    [Fact]
    public void A_hope_that_the_last_terrorist_is_killed_counts_nobody()
    {
        var r = TestModels.Extract("Gunmen killed three traders in Quetta on Monday. The minister said the drive would go on until the last terrorist was killed.");
        Assert.Null(r.AttackersKilled);
    }

    [Fact]
    public void Dead_and_wounded_after_figures_are_the_outcomes()
    {
        var r = TestModels.Extract("Gunmen opened fire on a wedding in Swat on Friday, leaving three dead and eight wounded.");
        Assert.Equal(3, r.Killed);
        Assert.Equal(8, r.Injured);
    }

    [Fact]
    public void Injured_who_later_died_are_not_an_injury_count()
    {
        var r = TestModels.Extract("QUETTA: Five people were killed in a blast near a police vehicle on Monday. Later, the death toll rose to seven after two of the injured died in hospital.");
        Assert.Equal(7, r.Killed);
        Assert.Null(r.Injured);
    }

    [Theory]
    [InlineData("Gunmen fired at a tribal elder in Wana on Monday, killing him and his nephew.", 2)]
    [InlineData("Gunmen fired at a tribal elder in Wana on Monday, killing him and three others.", 4)]
    [InlineData("Gunmen fired at a tribal elder in Wana on Monday, killing him on the spot.", 1)]
    public void A_pronoun_and_those_with_the_victim_are_counted(string text, int killed) =>
        Assert.Equal(killed, TestModels.Extract(text).Killed);

    [Fact]
    public void A_pronoun_for_an_attacker_is_not_a_victim()
    {
        var r = TestModels.Extract("A suicide bomber tried to enter a mosque in Bannu on Friday. Guards shot the bomber, killing him and his accomplice.");
        Assert.Null(r.Killed);
    }

    [Fact]
    public void Injuring_a_pronoun_and_a_count_counts_them_all()
    {
        var r = TestModels.Extract("Gunmen opened fire on a lawyer in Kohat on Monday, injuring him and two of his clients.");
        Assert.Equal(3, r.Injured);
    }

    [Theory]
    [InlineData("QUETTA: A trader was shot dead and his nephew was wounded in Quetta on Friday.", 1, 1)]
    [InlineData("QUETTA: A trader was shot dead and his nephew wounded in Quetta on Friday.", 1, 1)]
    [InlineData("QUETTA: Two shopkeepers were shot dead and their cousin was wounded in Quetta on Friday.", 2, 1)]
    [InlineData("QUETTA: A trader and his driver were shot dead by gunmen in Quetta on Friday.", 2, null)]
    [InlineData("QUETTA: A Levies sepoy, a trader and his 12-year-old son were killed when gunmen opened fire in Quetta on Friday.", 3, null)]
    [InlineData("QUETTA: Two traders were killed and half a dozen others injured when gunmen opened fire in Quetta on Friday.", 2, 6)]
    public void Kin_ages_and_half_a_dozen_are_read_as_people(string text, int killed, int? injured)
    {
        var r = TestModels.Extract(text);
        Assert.Equal(killed, r.Killed);
        Assert.Equal(injured, r.Injured);
    }

    [Fact]
    public void The_dead_of_a_headline_are_victims_when_attackers_open_the_next_clause()
    {
        var r = TestModels.Extract("Three killed as gunmen fire on wedding party in Kohat\n\nKOHAT: Three guests were killed when gunmen fired on a wedding party in Kohat on Saturday.");
        Assert.Equal(3, r.Killed);
        Assert.Null(r.AttackersKilled);
    }

    [Fact]
    public void Victims_and_attackers_in_one_list_are_counted_apart()
    {
        var r = TestModels.Extract("Militants raided a Levies post in Kohlu on Monday, sparking a gunfight that left two soldiers and five militants dead.");
        Assert.Equal(2, r.Killed);
        Assert.Equal(5, r.AttackersKilled);
    }

    [Theory]
    [InlineData("Troops repulsed an attack on a camp in Zhob on Monday and neutralize four terrorists, the ISPR said.", null, 4)]
    [InlineData("A van was hit by a bomb in Kalat on Monday, in which at least six people, two children among them, lost lives.", 6, null)]
    public void Present_tense_kill_verbs_and_lost_lives_are_read(string text, int? killed, int? attackersKilled)
    {
        var r = TestModels.Extract(text);
        Assert.Equal(killed, r.Killed);
        Assert.Equal(attackersKilled, r.AttackersKilled);
    }

    [Fact]
    public void A_count_after_and_takes_its_own_verb_even_without_a_noun()
    {
        var r = TestModels.Extract("At least 3 people have died and at least 40 have been hurt after a suicide bomber struck a mosque in Kohat.");
        Assert.Equal(3, r.Killed);
        Assert.Equal(40, r.Injured);
    }
}
