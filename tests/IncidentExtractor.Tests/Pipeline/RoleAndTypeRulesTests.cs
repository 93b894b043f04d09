namespace IncidentExtractor.Tests.Pipeline;

/// <summary>Target, attackers and the GTD categories of the main incident.</summary>
public class RoleAndTypeRulesTests
{
    [Fact]
    public void Gunmen_opening_fire_is_an_armed_assault_with_firearms()
    {
        var r = TestModels.Extract("Three armed men stormed the Iranian consulate in Peshawar on Friday and opened fire on the guards.");
        Assert.Equal("Armed Assault", r.AttackType);
        Assert.Equal("Firearms", r.WeaponType);
        Assert.Equal("armed men", r.Attackers);
        Assert.Equal(3, r.AttackerCount);
        Assert.Equal("Iranian consulate", r.Target);
        Assert.Equal("Government (Diplomatic)", r.TargetType);
    }

    [Fact]
    public void A_suicide_bomber_is_a_bombing_with_explosives()
    {
        var r = TestModels.Extract("A suicide bomber struck a military convoy near Mir Ali on Tuesday, killing six soldiers.");
        Assert.Equal("Bombing/Explosion", r.AttackType);
        Assert.Equal("Explosives", r.WeaponType);
        Assert.Equal("suicide bomber", r.Attackers);
        Assert.Equal("Military", r.TargetType);
    }

    [Fact]
    public void Shooting_a_named_journalist_is_an_assassination()
    {
        var r = TestModels.Extract("Unidentified gunmen shot dead a journalist near his home in Kohat on Sunday.");
        Assert.Equal("Assassination", r.AttackType);
        Assert.Equal("Journalists & Media", r.TargetType);
    }

    [Fact]
    public void Abduction_is_kidnapping()
    {
        var r = TestModels.Extract("Armed men abducted four engineers of a construction company in Kharan on Monday.");
        Assert.Equal("Hostage Taking (Kidnapping)", r.AttackType);
    }

    [Fact]
    public void Arson_on_schools_is_a_facility_attack_with_incendiary()
    {
        var r = TestModels.Extract("Unidentified assailants set fire to two girls' schools in Chilas overnight. No casualties were reported.");
        Assert.Equal("Facility/Infrastructure Attack", r.AttackType);
        Assert.Equal("Incendiary", r.WeaponType);
        Assert.Equal("Educational Institution", r.TargetType);
    }

    [Fact]
    public void Levies_checkpost_is_police()
    {
        var r = TestModels.Extract("Militants attacked a Levies checkpost in Mastung on Monday night, killing two.");
        Assert.Equal("Police", r.TargetType);
    }

    [Fact]
    public void An_article_with_no_violent_incident_is_no_incident()
    {
        var r = TestModels.Extract("The provincial assembly passed the budget on Tuesday. Members debated the allocation for roads and schools.");
        Assert.Equal("no_incident", r.Status);
        Assert.Null(r.Killed);
        Assert.Null(r.AttackType);
    }

    [Fact]
    public void An_accidental_explosion_is_no_incident()
    {
        var r = TestModels.Extract("Three workers died when a gas cylinder exploded at a hotel in Rawalpindi on Monday, rescue officials said.");
        Assert.Equal("no_incident", r.Status);
    }

    [Fact]
    public void A_blast_set_off_by_a_fire_among_firecrackers_is_no_incident()
    {
        var r = TestModels.Extract(
            "Five dead as explosion rocks Sukkur\n\nA blast killed five people in Sukkur on Friday. A fire at a shop storing fireworks set off the explosion, officials said.");
        Assert.Equal("no_incident", r.Status);
        Assert.Null(r.Killed);
    }

    [Fact]
    public void A_verdict_for_an_old_bombing_is_no_incident()
    {
        var r = TestModels.Extract("ATC sentences two to death\n\nMULTAN: An anti-terrorism court on Monday sentenced two men to death for a 2017 bombing at a bus stand that killed nine people.");
        Assert.Equal("no_incident", r.Status);
    }

    [Fact]
    public void A_monthly_tally_of_attacks_is_no_incident()
    {
        var r = TestModels.Extract("ISLAMABAD: Militant attacks rose in March, with 61 people killed in 43 attacks across the country, a think tank said in its monthly report.");
        Assert.Equal("no_incident", r.Status);
    }

    [Fact]
    public void An_attack_on_a_court_judge_is_an_incident()
    {
        var r = TestModels.Extract("Gunmen shot dead an anti-terrorism court judge outside his home in Dera Ismail Khan on Monday.");
        Assert.Equal("ok", r.Status);
        Assert.Equal(1, r.Killed);
    }

    [Fact]
    public void A_judge_shot_dead_for_his_verdicts_is_an_incident()
    {
        var r = TestModels.Extract("Gunmen shot dead a judge who had sentenced several militants to death, outside a court in Bannu on Monday.");
        Assert.Equal("ok", r.Status);
    }

    [Fact]
    public void People_killed_in_two_attacks_on_one_day_is_an_incident()
    {
        var r = TestModels.Extract("Eight people were killed in 2 attacks on police posts in Bannu on Monday.");
        Assert.Equal("ok", r.Status);
    }

    [Theory]
    [InlineData("Forest fire rages in Margalla Hills\n\nISLAMABAD: A forest fire set the Margalla Hills ablaze on Thursday; firefighters battled the flames for hours.")]
    [InlineData("Traders protest\n\nKARACHI: Traders in Saddar set tyres on fire on Thursday to protest against power outages.")]
    [InlineData("Pakistan beat England\n\nLAHORE: Babar Azam hit a century as Pakistan beat England on Thursday, firing the crowd at Gaddafi Stadium.")]
    public void Fires_protests_and_sport_are_no_incident(string text)
    {
        Assert.Equal("no_incident", TestModels.Extract(text).Status);
    }

    [Fact]
    public void An_arrest_with_nobody_hurt_is_no_incident()
    {
        var r = TestModels.Extract("CTD arrests two suspects in Multan\n\nMULTAN: The Counter Terrorism Department arrested two suspects and recovered explosives during a raid on Tuesday, officials said.");
        Assert.Equal("no_incident", r.Status);
    }

    [Fact]
    public void Seizing_a_train_is_a_hijacking()
    {
        var r = TestModels.Extract("Militants hijack train in Bolan\n\nMilitants attacked and hijacked a passenger train near Mach on Tuesday, taking passengers hostage, officials said.");
        Assert.Equal("Hijacking", r.AttackType);
        Assert.Equal("Transportation", r.TargetType);
    }

    [Fact]
    public void A_headline_that_drops_was_does_not_make_the_victim_an_attacker()
    {
        var r = TestModels.Extract("Policeman guarding vaccinators shot dead in Bannu\n\nA policeman escorting vaccinators was shot dead by unidentified gunmen in Bannu on Monday.");
        Assert.Equal("unidentified gunmen", r.Attackers);
        Assert.Equal(1, r.Killed);
    }

    [Fact]
    public void Victims_give_the_target_type_when_the_attacked_thing_does_not()
    {
        var r = TestModels.Extract("KARACHI: A Chinese national was injured when unidentified gunmen opened fire on his car on Wednesday. The Sindhudesh Revolutionary Army claimed responsibility.");
        Assert.Equal(1, r.Injured);
        Assert.Equal("Private Citizens & Property", r.TargetType);
    }

    [Fact]
    public void Page_breadcrumbs_are_not_the_headline()
    {
        var r = TestModels.Extract("Home / Pakistan\n\nSix soldiers martyred in Panjgur attack\n\nQUETTA: Six soldiers were martyred when terrorists attacked a camp in Panjgur on Wednesday night.");
        Assert.Equal("Six soldiers martyred in Panjgur attack", r.Title);
    }

    [Fact]
    public void A_meeting_about_recent_attacks_is_no_incident()
    {
        var r = TestModels.Extract("ISLAMABAD: The prime minister chaired a meeting on Wednesday to review security after the recent attacks by terrorists in the province. The participants paid tribute to the martyrs.");
        Assert.Equal("no_incident", r.Status);
    }

    [Theory]
    [InlineData("A suicide bomber set off his explosives at the gate of the stadium in Sibi on Thursday.", "stadium")]
    [InlineData("Soldiers hit by suicide attack\n\nFour soldiers were killed in North Waziristan when a bomber rammed his car into a military convoy.", "military convoy")]
    [InlineData("Gunmen ambushed them near Mach. Their vehicle came under attack when they stopped for fuel, police said.", "vehicle")]
    [InlineData("A powerful explosion ripped through the Hazarganji fruit and vegetable market in Quetta on Friday.", "Hazarganji fruit and vegetable market")]
    [InlineData("A suicide bomber rammed his car into a bus carrying Chinese engineers near Dasu on Wednesday.", "bus carrying Chinese engineers")]
    public void The_attacked_thing_is_read_past_gates_headline_people_and_pronouns(string text, string target) =>
        Assert.Equal(target, TestModels.Extract(text).Target);

    [Fact]
    public void Militants_attacking_with_no_word_for_how_is_an_armed_assault()
    {
        var r = TestModels.Extract("Militants attacked a convoy near Gwadar on Sunday, injuring two engineers. Security forces returned fire.");
        Assert.Equal("Armed Assault", r.AttackType);
        Assert.Null(r.WeaponType);
    }

    [Fact]
    public void A_gathering_a_bomber_blew_himself_up_in_is_the_target()
    {
        var r = TestModels.Extract("A suicide bomber blew himself up in the middle of a Chehlum procession in Kohat on Sunday, leaving nine people dead, including two policemen.");
        Assert.Equal("Chehlum procession", r.Target);
        Assert.Equal("Religious Figures/Institutions", r.TargetType);
    }

    [Fact]
    public void A_crowd_attending_a_rally_is_an_attack_on_the_rally()
    {
        var r = TestModels.Extract("A bomb tore into a crowd attending an election rally in Bannu on Friday, killing 20 people.");
        Assert.Equal("election rally", r.Target);
        Assert.Equal("Government (General)", r.TargetType);
    }

    [Fact]
    public void The_place_a_grenade_was_thrown_at_is_the_target_and_police_who_suspect_are_not()
    {
        var r = TestModels.Extract(
            "HYDERABAD: Three people were hurt when a grenade went off in the Latifabad area, and the police suspect extortionists.\n" +
            "Two men on a motorcycle threw the grenade at the toll plaza of the bypass and fled.");
        Assert.Equal("toll plaza", r.Target);
        Assert.Equal("Transportation", r.TargetType);
    }

    [Fact]
    public void People_shot_dead_for_their_community_are_private_citizens()
    {
        var r = TestModels.Extract("Gunmen on a motorcycle shot dead four Hazaras at a vegetable market in Quetta on Monday.");
        Assert.Equal("Hazaras", r.Target);
        Assert.Equal("Private Citizens & Property", r.TargetType);
    }

    [Fact]
    public void Unknown_people_who_threw_a_grenade_are_the_attackers_and_police_who_suspect_are_not()
    {
        var r = TestModels.Extract(
            "LAHORE: A grenade wounded two guards at a bank on Saturday, and the police suspect extortionists.\n" +
            "Unknown people hurled the grenade at the bank from a motorcycle.");
        Assert.Equal("unknown people", r.Attackers);
    }

    [Fact]
    public void A_group_s_fighters_named_under_suspicion_are_not_the_attackers_seen()
    {
        var r = TestModels.Extract(
            "No group has claimed the kidnapping, though Lashkar-e-Jhangvi militants are likely to come under suspicion.\n" +
            "Unidentified gunmen abducted two engineers from a road project near Khuzdar on Monday, police said.");
        Assert.Equal("unidentified gunmen", r.Attackers);
    }

    [Fact]
    public void A_kind_of_target_in_the_attack_s_name_is_the_target_when_no_verb_names_one()
    {
        var r = TestModels.Extract("Nine workers were among the dead of the Kohistan bus blast, officials said.");
        Assert.Equal("bus", r.Target);
    }

    [Fact]
    public void The_object_of_an_attack_verb_says_more_than_the_attack_s_name()
    {
        var r = TestModels.Extract(
            "China condemns consulate attack\n" +
            "China said on Saturday that the attack would not harm ties.\n" +
            "Three gunmen stormed the Chinese Consulate General in Karachi on Friday, killing two policemen.");
        Assert.Equal("Chinese Consulate General", r.Target);
    }

    [Theory]
    [InlineData("Militants blew up a railway track near Jacobabad on Monday.", "Transportation")]
    [InlineData("Gunmen shot dead a prayer leader outside a mosque in Peshawar on Friday.", "Religious Figures/Institutions")]
    [InlineData("Militants attacked the office of a peace committee in Khyber district on Sunday, killing two members.", "Terrorists/Non-State Militia")]
    [InlineData("Unknown men blew up a mobile tower in Panjgur on Tuesday.", "Telecommunication")]
    [InlineData("A roadside bomb hit a school van in Swat on Wednesday, injuring six children.", "Educational Institution")]
    public void The_words_of_the_attacked_phrase_give_its_target_type(string text, string targetType)
    {
        Assert.Equal(targetType, TestModels.Extract(text).TargetType);
    }

    [Fact]
    public void Jawans_are_soldiers_and_shooters_are_attackers()
    {
        var r = TestModels.Extract("Unknown shooters opened fire on a patrol of jawans in Kech on Monday, martyring two jawans.");
        Assert.Equal("unknown shooters", r.Attackers);
        Assert.Equal("Military", r.TargetType);
        Assert.Equal(2, r.Killed);
    }

    [Fact]
    public void A_quadcopter_dropping_explosives_is_a_bombing()
    {
        var r = TestModels.Extract("Militants used a quadcopter to drop explosives on a police station in Lakki Marwat on Sunday, injuring three constables.");
        Assert.Equal("Bombing/Explosion", r.AttackType);
        Assert.Equal("Explosives", r.WeaponType);
    }

    [Fact]
    public void Victims_of_a_passive_verb_are_not_the_attackers()
    {
        var r = TestModels.Extract("Seven passengers were pulled off a coach and shot dead by armed men in Barkhan district on Friday night.");
        Assert.Equal("armed men", r.Attackers);
        Assert.Equal(7, r.Killed);
    }

    [Fact]
    public void What_a_grenade_was_thrown_at_is_the_target()
    {
        var r = TestModels.Extract("Four people were injured when a hand grenade was thrown at a restaurant in Turbat on Saturday.");
        Assert.Equal("restaurant", r.Target);
        Assert.Equal("Business", r.TargetType);
    }

    [Fact]
    public void What_an_attack_was_aimed_at_beats_where_a_headline_says_it_went_off()
    {
        var r = TestModels.Extract(
            "Blast near Karachi airport\n\nKARACHI: Two engineers were killed in a blast targeting a convoy of a power company near the airport on Sunday night.");
        Assert.Equal("convoy", r.Target);
    }

    [Fact]
    public void An_attack_by_someone_on_something_names_its_target()
    {
        var r = TestModels.Extract("An attack by terrorists on the Saddar checkpost in Kalat district has left three Levies men martyred.");
        Assert.Equal("Saddar checkpost", r.Target);
    }

    [Fact]
    public void What_a_bomb_went_off_in_is_the_target()
    {
        var r = TestModels.Extract("At least nine people were killed when a bomb went off in a fruit market in Quetta on Friday morning.");
        Assert.Equal("fruit market", r.Target);
    }

    [Fact]
    public void A_number_word_is_not_part_of_the_target()
    {
        var r = TestModels.Extract("Eighteen FC soldiers were martyred in an attack in Kalat's Mangochar area on Saturday night.");
        Assert.Equal("FC soldiers", r.Target);
    }

    [Fact]
    public void A_count_of_dead_militants_is_not_how_many_attacked()
    {
        var r = TestModels.Extract("Militants attacked a checkpost in Kech on Monday; two soldiers were martyred and three terrorists were killed in the exchange of fire.");
        Assert.Null(r.AttackerCount);
        Assert.Equal(3, r.AttackersKilled);
    }

    [Fact]
    public void All_the_attackers_killed_counts_them_all()
    {
        var r = TestModels.Extract("Gunmen stormed a hotel in Gwadar on Saturday; the four attackers were shot dead after a standoff with security forces.");
        Assert.Equal(4, r.AttackerCount);
        Assert.Equal(4, r.AttackersKilled);
    }

    [Fact]
    public void A_victim_s_work_word_stays_with_the_victim()
    {
        var r = TestModels.Extract("KHAR: A polio worker was shot dead by unidentified gunmen in Bajaur on Thursday, police said.");
        Assert.Equal("polio worker", r.Target);
        Assert.Equal("Government (General)", r.TargetType);
    }

    [Fact]
    public void Shooting_a_party_leader_by_name_is_an_assassination_of_a_government_target()
    {
        var r = TestModels.Extract("Unknown gunmen shot dead PPP leader Ali Khan Jamali outside his home in Quetta on Thursday.");
        Assert.Equal("Assassination", r.AttackType);
        Assert.Equal("Government (General)", r.TargetType);
    }

    [Fact]
    public void Unidentified_accused_and_bullet_injuries_are_an_armed_assault()
    {
        var r = TestModels.Extract("Two cops were martyred and three others sustained bullet injuries when unidentified accused attacked a police van near Tajori on Thursday morning.");
        Assert.Equal("unidentified accused", r.Attackers);
        Assert.Equal("Armed Assault", r.AttackType);
        Assert.Equal("Firearms", r.WeaponType);
    }

    [Fact]
    public void A_checkpost_where_soldiers_fell_is_military()
    {
        var r = TestModels.Extract("Four soldiers and two civilians were martyred when militants attacked a checkpost in Bajaur on Friday.");
        Assert.Equal("Military", r.TargetType);
    }

    [Fact]
    public void Setting_a_school_on_fire_is_an_arson_attack_on_it()
    {
        var r = TestModels.Extract("Unknown persons set a girls' school on fire in North Waziristan on Friday night.");
        Assert.Equal("ok", r.Status);
        Assert.Equal("girls' school", r.Target);
        Assert.Equal("Facility/Infrastructure Attack", r.AttackType);
        Assert.Equal("Incendiary", r.WeaponType);
    }

    [Fact]
    public void A_cracker_thrown_at_a_house_is_a_bombing()
    {
        var r = TestModels.Extract("Five people were injured when a cracker was hurled at the residence of a PTI leader in Karachi on Friday.");
        Assert.Equal("ok", r.Status);
        Assert.Equal("Bombing/Explosion", r.AttackType);
        Assert.Equal(5, r.Injured);
    }

    [Fact]
    public void A_siege_with_hostages_is_a_barricade_incident()
    {
        var r = TestModels.Extract("Gunmen took 12 people hostage at a hotel in Gwadar on Friday; security forces killed all four attackers after a day-long siege. Five hostages died.");
        Assert.Equal("Hostage Taking (Barricade Incident)", r.AttackType);
        Assert.Equal("hotel", r.Target);
        Assert.Equal(5, r.Killed);
        Assert.Equal(4, r.AttackersKilled);
    }

    [Theory]
    [InlineData("Unknown men set ablaze a contractor's excavator in Panjgur on Monday.", "excavator")]
    [InlineData("A boys' hostel was blown up by militants in Tirah on Monday.", "hostel")]
    [InlineData("Militants fired rockets at a Levies camp in Kohlu on Monday.", "camp")]
    public void Arson_demolition_and_rocket_fire_name_what_they_hit(string text, string head) =>
        Assert.EndsWith(head, TestModels.Extract(text).Target, StringComparison.Ordinal);

    [Fact]
    public void The_count_before_a_passive_target_is_not_part_of_it() =>
        Assert.Equal("shops", TestModels.Extract("At least nine shops were torched by militants in Bara on Monday.").Target);

    [Theory]
    [InlineData("ISLAMABAD: The country recorded 412 terrorist attacks in the first half of the year, in which 520 people were killed, a research institute said on Monday.")]
    [InlineData("Swat remembers school blast victims\n\nMINGORA: Prayers were held on Monday to mark the fifth anniversary of the Swat school bombing, in which a suicide bomber killed 21 pupils in 2019.")]
    public void Tallies_and_remembrances_of_past_attacks_are_no_incident(string text) =>
        Assert.Equal("no_incident", TestModels.Extract(text).Status);

    [Fact]
    public void An_attack_on_an_anniversary_is_an_incident()
    {
        var r = TestModels.Extract("LARKANA: On the death anniversary of a party founder, a bomb went off near a rally in Larkana on Friday, killing five people.");
        Assert.Equal("ok", r.Status);
        Assert.Equal(5, r.Killed);
    }

    [Theory]
    [InlineData("Militants attacked a Levies post in Zhob on Monday. The attackers, four in number, fled towards the mountains.", 4)]
    [InlineData("About 30 militants attacked a Levies post in Zhob on Monday, officials said.", 30)]
    [InlineData("Around a dozen militants attacked a Levies post in Zhob on Monday, officials said.", 12)]
    [InlineData("Up to six militants attacked a Levies post in Zhob on Monday, officials said.", null)]
    [InlineData("Around 10-15 militants attacked a Levies post in Zhob on Monday, officials said.", null)]
    public void Attacker_counts_stated_or_guessed(string text, int? count) =>
        Assert.Equal(count, TestModels.Extract(text).AttackerCount);

    [Fact]
    public void What_a_grenade_was_thrown_at_beats_the_place_the_headline_names()
    {
        var r = TestModels.Extract("Blast near Turbat bazaar injures four\n\nTURBAT: Four people were injured when a grenade was thrown at a police van near the main bazaar in Turbat on Friday.");
        Assert.Equal("police van", r.Target);
    }

    [Fact]
    public void Kidnappers_who_first_stop_a_vehicle_make_it_a_kidnapping()
    {
        var r = TestModels.Extract("Two engineers abducted in Kohistan\n\nDASU: Some ten armed men stopped a company van on the highway near Dasu on Monday and took away two engineers, police said.\n\nThe driver said the gunmen wore masks. The kidnappers fled into the hills with the engineers.");
        Assert.Equal("Hostage Taking (Kidnapping)", r.AttackType);
    }

    [Fact]
    public void Rocket_propelled_grenades_in_an_assault_are_an_armed_assault()
    {
        var r = TestModels.Extract("LAKKI MARWAT: Two constables were killed when militants attacked a police post in Lakki Marwat on Monday night.\n\nThe attackers used rocket-propelled grenades and automatic weapons in the assault, which lasted an hour.");
        Assert.Equal("Armed Assault", r.AttackType);
    }

    [Fact]
    public void A_pronoun_subject_is_not_the_target()
    {
        var r = TestModels.Extract("TURBAT: A senior official said the three labourers were building a road in the Hoshab area when they came under fire from armed militants on Monday.");
        Assert.Equal("labourers", r.Target);
    }

    [Fact]
    public void The_object_of_an_earlier_verb_is_not_the_attacker()
    {
        var r = TestModels.Extract("KALAT: About a dozen armed men stopped a coach near Kalat on Monday, ordered passengers off the coach and shot dead five of them.");
        Assert.Equal("armed men", r.Attackers);
    }

    [Theory]
    [InlineData("HYDERABAD: Unidentified motorcyclists shot dead a trader in Hyderabad on Monday. Witnesses said two men on a motorcycle opened fire and fled.", 2)]
    [InlineData("HYDERABAD: A trader was shot dead in Hyderabad on Monday. Police said three men riding motorbikes fired at his shop.", 3)]
    public void Men_on_motorcycles_are_counted_as_attackers(string text, int count) =>
        Assert.Equal(count, TestModels.Extract(text).AttackerCount);

    [Fact]
    public void Officials_who_were_attacked_are_victims_not_a_source()
    {
        var r = TestModels.Extract("LAKKI MARWAT: Two excise officials were killed when gunmen fired on their car in Lakki Marwat on Monday, police said.");
        Assert.Equal("Government (General)", r.TargetType);
    }
}
