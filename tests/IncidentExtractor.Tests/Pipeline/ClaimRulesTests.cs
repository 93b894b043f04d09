namespace IncidentExtractor.Tests.Pipeline;

/// <summary>Claims and suspicion: only a claim of this incident fills claimed_group.</summary>
public class ClaimRulesTests
{
    [Fact]
    public void A_claim_of_this_attack_gives_the_canonical_name()
    {
        var r = TestModels.Extract("A bomb killed four soldiers in Kech on Monday. The TTP claimed responsibility for the attack.");
        Assert.Equal("Tehrik-i-Taliban Pakistan", r.ClaimedGroup);
    }

    [Fact]
    public void Official_labels_map_to_the_groups_they_name()
    {
        var r = TestModels.Extract("Militants attacked a checkpost in Tank on Sunday. Fitna al-Khawarij claimed responsibility for the assault.");
        Assert.Equal("Tehrik-i-Taliban Pakistan", r.ClaimedGroup);
        var b = TestModels.Extract("Gunmen attacked a bus in Kalat on Sunday. Fitna al-Hindustan accepted responsibility for the attack, officials said.");
        Assert.Equal("Baloch Liberation Army", b.ClaimedGroup);
    }

    [Fact]
    public void No_claim_gives_nothing_even_when_groups_are_named()
    {
        var r = TestModels.Extract("A blast hit a market in Quetta on Sunday, killing three. No group has claimed responsibility so far. The BLA is active in the province.");
        Assert.Null(r.ClaimedGroup);
        Assert.Null(r.SuspectedGroup);
    }

    [Fact]
    public void A_claim_for_an_earlier_attack_gives_nothing()
    {
        var r = TestModels.Extract("Gunmen killed a shopkeeper in Turbat on Saturday.\nLast month, the BLA claimed responsibility for a bombing in Gwadar.");
        Assert.Null(r.ClaimedGroup);
    }

    [Fact]
    public void Blame_by_officials_gives_the_suspected_group()
    {
        var r = TestModels.Extract("Masked gunmen killed four Levies personnel at a check post in Khuzdar on Saturday. Security officials suspect the BLA was behind the attack.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Baloch Liberation Army", r.SuspectedGroup);
    }

    [Fact]
    public void A_claimant_named_in_the_next_sentence_is_taken()
    {
        var r = TestModels.Extract("Gunmen stormed a hotel in Gwadar on Saturday. A separatist group claimed responsibility. The spokesman for the Balochistan Liberation Army said the fighting continued.");
        Assert.Equal("Baloch Liberation Army", r.ClaimedGroup);
    }

    [Fact]
    public void The_Khorasan_chapter_is_named_apart_from_the_Islamic_State()
    {
        var r = TestModels.Extract("A bomb ripped through a bus in Bajaur on Wednesday, killing nine. IS-K claimed responsibility for the attack.");
        Assert.Equal("Khorasan Chapter of the Islamic State", r.ClaimedGroup);
    }

    [Theory]
    [InlineData("A bomb killed three policemen in Quetta on Monday. The attack was claimed by the TTP in a message to reporters.")]
    [InlineData("A bomb killed three policemen in Quetta on Monday. A TTP spokesman said the group was behind the attack.")]
    public void Passive_claims_and_a_spokesman_saying_the_group_was_behind_it_are_claims(string text) =>
        Assert.Equal("Tehrik-i-Taliban Pakistan", TestModels.Extract(text).ClaimedGroup);

    [Fact]
    public void Officials_saying_a_group_was_behind_it_is_suspicion_not_a_claim()
    {
        var r = TestModels.Extract("A bomb killed three policemen in Quetta on Monday. Police officials believe the TTP was behind the attack.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Tehrik-i-Taliban Pakistan", r.SuspectedGroup);
    }

    [Fact]
    public void A_case_registered_against_a_group_makes_it_the_suspect()
    {
        var r = TestModels.Extract(
            "Gunmen shot dead two Shia traders in Kohat on Friday. Police said they had registered a case against activists of Lashkar-e-Jhangvi.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Lashkar-e-Jhangvi", r.SuspectedGroup);
    }

    [Theory]
    [InlineData("A suicide bomber struck a police van in Bannu on Monday, killing five. The bombing was claimed by the TTP.")]
    [InlineData("A suicide bomber struck a police van in Bannu on Monday, killing five. The TTP said its suicide bomber carried out the attack.")]
    [InlineData("A suicide bomber struck a police van in Bannu on Monday, killing five. The TTP claimed to have carried out the bombing.")]
    public void Passive_and_spokesman_claims_count(string text)
    {
        Assert.Equal("Tehrik-i-Taliban Pakistan", TestModels.Extract(text).ClaimedGroup);
    }

    [Fact]
    public void A_claim_of_the_lead_day_s_attack_after_a_separate_incident_counts()
    {
        var r = TestModels.Extract(
            "Gunmen killed five soldiers at a checkpost in Kech on Monday.\n" +
            "In a separate incident, a policeman was shot dead in Turbat.\n" +
            "The BLA claimed responsibility for Monday's attack on the soldiers.");
        Assert.Equal("Baloch Liberation Army", r.ClaimedGroup);
        Assert.Equal(5, r.Killed);
    }

    [Fact]
    public void A_claim_after_a_separate_incident_stays_with_it()
    {
        var r = TestModels.Extract(
            "Gunmen killed five soldiers at a checkpost in Kech on Monday.\n" +
            "In a separate incident, a policeman was shot dead in Turbat on Sunday.\n" +
            "The BLA claimed responsibility for Sunday's attack.");
        Assert.Null(r.ClaimedGroup);
    }

    [Fact]
    public void The_faction_that_claimed_counts_when_its_parent_group_distances_itself()
    {
        var r = TestModels.Extract(
            "A suicide bomber struck a mosque in Peshawar on Monday, killing 30 worshippers. " +
            "The TTP's Jamaat-ul-Ahrar faction claimed responsibility, but the TTP later distanced itself from the bombing.");
        Assert.Equal("Jamaat-ul-Ahrar", r.ClaimedGroup);
    }

    [Fact]
    public void A_group_that_denies_the_attack_is_not_the_claimant()
    {
        var r = TestModels.Extract("A bomb killed six people at a market in Quetta on Sunday. The BLA denied any role in the attack.");
        Assert.Null(r.ClaimedGroup);
    }

    [Fact]
    public void A_claim_naming_the_dateline_s_place_after_a_separate_incident_counts()
    {
        var r = TestModels.Extract(
            "QUETTA: Two policemen were killed in a blast near a police truck on Tuesday.\n" +
            "In a separate incident on the same day, gunmen killed a shopkeeper in Turbat.\n" +
            "The Balochistan Liberation Army claimed responsibility for the Quetta bombing.");
        Assert.Equal("Baloch Liberation Army", r.ClaimedGroup);
    }

    [Fact]
    public void The_state_s_name_for_the_attackers_makes_their_group_the_suspect()
    {
        var r = TestModels.Extract("RAWALPINDI: Terrorists of Fitna al-Khawarij attacked a security forces' post in South Waziristan on Thursday, martyring two soldiers, the ISPR said.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Tehrik-i-Taliban Pakistan", r.SuspectedGroup);
    }

    [Fact]
    public void Officials_saying_a_group_was_involved_blame_it()
    {
        var r = TestModels.Extract("Gunmen killed five labourers in Kech on Thursday. The BLF was involved in the attack, a government spokesman said.");
        Assert.Equal("Balochistan Liberation Front", r.SuspectedGroup);
    }

    [Fact]
    public void A_claim_outranks_the_state_s_name()
    {
        var r = TestModels.Extract("Fitna al-Hindustan terrorists attacked a bus in Kalat on Sunday, killing six. The BLA claimed responsibility for the attack.");
        Assert.Equal("Baloch Liberation Army", r.ClaimedGroup);
        Assert.Null(r.SuspectedGroup);
    }

    [Theory]
    [InlineData("Gunmen killed two customs officials in Chaman on Friday. The TTP claimed the brazen ambush in a post on its channel.")]
    [InlineData("TTP claims Chaman ambush\n\nCHAMAN: Gunmen killed two customs officials in Chaman on Friday.")]
    [InlineData("Gunmen killed two customs officials in Chaman on Friday. Responsibility for the ambush was accepted by the TTP.")]
    [InlineData("Gunmen killed two customs officials in Chaman on Friday. The TTP said it was responsible for the ambush.")]
    [InlineData("Gunmen killed two customs officials in Chaman on Friday. TTP spokesman Khalid Umar said the attack was carried out in retaliation for raids on its hideouts.")]
    public void Claims_in_other_words_are_claims(string text) =>
        Assert.Equal("Tehrik-i-Taliban Pakistan", TestModels.Extract(text).ClaimedGroup);

    [Fact]
    public void An_attack_that_claimed_lives_or_a_police_account_of_the_motive_is_no_claim()
    {
        var lives = TestModels.Extract("A bomb went off near a TTP hideout in Khyber on Friday. The blast claimed the lives of four people.");
        Assert.Null(lives.ClaimedGroup);
        var police = TestModels.Extract("Gunmen killed two customs officials in Chaman on Friday. A police spokesman said the attack was carried out in retaliation for the arrest of TTP men.");
        Assert.Null(police.ClaimedGroup);
    }

    [Fact]
    public void A_claim_whose_reason_recalls_an_earlier_event_still_counts()
    {
        var r = TestModels.Extract("Militants stormed a Levies post in Kohlu on Tuesday, killing three. The BLF claimed responsibility, saying it was revenge for last month's raid.");
        Assert.Equal("Balochistan Liberation Front", r.ClaimedGroup);
    }

    [Theory]
    [InlineData("A bomb killed six people at a bus stand in Sibi on Monday. Separately, militants attacked a convoy in Karachi. The BLA claimed the Karachi attack.")]
    [InlineData("A bomb killed six people at a bus stand in Sibi on Monday. The BLA said it was responsible for the assault in Panjgur, where two soldiers died.")]
    [InlineData("A bomb killed six people at a bus stand in Sibi on Monday. In an unrelated incident, gunmen shot a trader in Karachi. The BLA claimed the shooting.")]
    public void A_claim_of_an_attack_somewhere_else_is_not_this_one_s(string text) =>
        Assert.Null(TestModels.Extract(text).ClaimedGroup);

    [Fact]
    public void A_group_the_lexicon_lacks_is_taken_as_written_when_it_claims()
    {
        var r = TestModels.Extract("A bomb killed two traders in Khuzdar on Sunday. A little-known outfit calling itself Lashkar-e-Watan claimed responsibility.");
        Assert.Equal("Lashkar-e-Watan", r.ClaimedGroup);
        var passive = TestModels.Extract("A bomb killed two traders in Khuzdar on Sunday. Responsibility for the blast was claimed by the Sarawan Liberation Front.");
        Assert.Equal("Sarawan Liberation Front", passive.ClaimedGroup);
    }

    [Fact]
    public void A_person_who_claims_for_an_unnamed_group_names_no_group()
    {
        var r = TestModels.Extract("A bomb killed two traders in Khuzdar on Sunday. A man calling himself Abu Hamza claimed responsibility in a call to reporters.");
        Assert.Null(r.ClaimedGroup);
    }

    [Theory]
    [InlineData("Islamic Movement of Uzbekistan", "Gunmen stormed a hangar in Karachi on Sunday, killing nine. The IMU claimed responsibility.")]
    [InlineData("Baloch Liberation Tigers", "Gunmen stormed a hangar in Karachi on Sunday, killing nine. The Baloch Liberation Tigers claimed responsibility.")]
    [InlineData("Ahrar-ul-Hind", "Gunmen stormed a hangar in Karachi on Sunday, killing nine. Ahrar-ul-Hind claimed responsibility.")]
    public void Groups_beyond_the_best_known_have_canonical_names(string canonical, string text) =>
        Assert.Equal(canonical, TestModels.Extract(text).ClaimedGroup);

    [Fact]
    public void A_claim_makes_bare_killings_an_incident()
    {
        var r = TestModels.Extract("Three labourers were killed in Awaran on Wednesday. The BLF claimed responsibility.");
        Assert.Equal("ok", r.Status);
        Assert.Equal(3, r.Killed);
        Assert.Equal("Balochistan Liberation Front", r.ClaimedGroup);
    }

    [Fact]
    public void Officials_who_suspect_a_group_by_name_blame_it()
    {
        var r = TestModels.Extract("A bomb killed three policemen in Quetta on Monday. Investigators suspect the BLF.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Balochistan Liberation Front", r.SuspectedGroup);
    }

    [Fact]
    public void Where_a_claim_was_posted_is_not_the_target()
    {
        var r = TestModels.Extract("Gunmen shot dead a traffic warden in Hyderabad on Monday. The SRA claimed the attack on its social media account.");
        Assert.Equal("Sindhudesh Revolutionary Army", r.ClaimedGroup);
        Assert.NotEqual("social media account", r.Target);
    }

    [Fact]
    public void Officials_claiming_a_group_did_it_is_no_claim()
    {
        var r = TestModels.Extract("A bomb killed five people at a bus stop in Turbat on Monday. Police claimed the attack was the work of the BLF.");
        Assert.Null(r.ClaimedGroup);
        Assert.Equal("Balochistan Liberation Front", r.SuspectedGroup);
    }

    [Fact]
    public void A_group_blamed_for_the_attack_that_later_claimed_it_is_the_claimant()
    {
        var r = TestModels.Extract("Gunmen attacked a coach near Kalat on Monday, killing seven. The government blamed the attack on the BLF, which later claimed it.");
        Assert.Equal("Balochistan Liberation Front", r.ClaimedGroup);
        var blamed = TestModels.Extract("Gunmen attacked a coach near Kalat on Monday, killing seven. The government blamed the attack on the BLF.");
        Assert.Null(blamed.ClaimedGroup);
        Assert.Equal("Balochistan Liberation Front", blamed.SuspectedGroup);
    }

    [Fact]
    public void A_group_described_by_an_attack_elsewhere_did_not_claim_this_one()
    {
        var r = TestModels.Extract("A bomb killed five people at a bus stop in Turbat on Monday. The BLF, which claimed the Gwadar Port attack, is banned.");
        Assert.Null(r.ClaimedGroup);
    }

    [Fact]
    public void An_unlisted_group_with_army_in_its_name_is_not_the_army()
    {
        var r = TestModels.Extract("A bomb killed five people at a bus stop in Turbat on Monday. The Makran Freedom Army claimed responsibility.");
        Assert.Equal("Makran Freedom Army", r.ClaimedGroup);
    }

    [Theory]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. The BLF, which has repeatedly targeted road builders, claimed responsibility.")]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. The BLF claimed responsibility, the fourth such claim so far this year.")]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. The BLF said in a statement that it had carried out the ambush.")]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. A BLF spokesman said: \"Our sarmachars stopped the surveyors' vehicle.\"")]
    public void Claims_beside_context_or_in_the_group_s_own_words_count(string text) =>
        Assert.Equal("Balochistan Liberation Front", TestModels.Extract(text).ClaimedGroup);

    [Theory]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. The BLF has repeatedly claimed responsibility for attacks on road builders.")]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. The BLF has claimed 40 attacks so far this year.")]
    [InlineData("Gunmen killed three surveyors in Kech on Friday. Police said they had conducted a raid on a BLF hideout.")]
    public void A_group_s_record_of_claims_or_a_raid_on_it_is_no_claim_of_this_attack(string text) =>
        Assert.Null(TestModels.Extract(text).ClaimedGroup);

    [Theory]
    [InlineData("Tehrik-i-Taliban Pakistan", "A bomb hit a police van in Swabi on Friday, killing two. Not long after the blast, the TTP claimed responsibility.")]
    [InlineData("Tehrik-i-Taliban Pakistan", "A bomb hit a police van in Swabi on Friday, killing two. The Pakistani Taliban said they were behind the bombing.")]
    [InlineData("Islamic State of Iraq and the Levant", "A bomb hit a police van in Swabi on Friday, killing two. IS claimed the bombing on its Telegram channel.")]
    public void A_negation_in_another_clause_or_a_wire_service_s_wording_leaves_the_claim_standing(string canonical, string text) =>
        Assert.Equal(canonical, TestModels.Extract(text).ClaimedGroup);

    [Fact]
    public void A_faction_that_claims_is_named_not_its_parent_group()
    {
        var r = TestModels.Extract("A bomb hit a police van in Mardan on Friday, killing two. Jamaat-ul-Ahrar, a breakaway faction of the TTP, said its fighters planted the bomb.");
        Assert.Equal("Jamaat-ul-Ahrar", r.ClaimedGroup);
    }

    [Theory]
    [InlineData("Gunmen killed two barbers in Quetta on Friday. Officials said the killings appeared to be the work of the banned LeJ.")]
    [InlineData("Gunmen killed two barbers in Quetta on Friday. Police suspected the involvement of the banned LeJ.")]
    [InlineData("Gunmen killed two barbers in Quetta on Friday. Two of the gunmen, killed in a later raid, were identified as members of the banned LeJ.")]
    public void Blame_worded_as_work_involvement_or_membership_gives_the_suspect(string text) =>
        Assert.Equal("Lashkar-e-Jhangvi", TestModels.Extract(text).SuspectedGroup);

    [Fact]
    public void A_denial_of_involvement_is_not_blame()
    {
        var r = TestModels.Extract("Gunmen killed two barbers in Quetta on Friday. The LeJ denied any involvement of its men.");
        Assert.Null(r.SuspectedGroup);
    }

    [Fact]
    public void A_police_rank_is_not_a_group()
    {
        var r = TestModels.Extract("Gunmen killed two barbers in Karachi on Friday. The SSP East said a gang was suspected of being behind the attack.");
        Assert.Null(r.SuspectedGroup);
    }

    [Fact]
    public void A_spokesman_claiming_the_group_was_responsible_is_a_claim()
    {
        var r = TestModels.Extract("Militants attacked an FC fort in Tank on Monday, killing three soldiers. Ahmad Yar, who speaks for the TTP, claimed that the group was responsible for the attack.");
        Assert.Equal("Tehrik-i-Taliban Pakistan", r.ClaimedGroup);
    }

    [Fact]
    public void A_group_named_as_an_example_is_not_blamed()
    {
        var r = TestModels.Extract("Gunmen abducted a doctor in Lahore on Monday. Such abductions are believed to be the work of gangs that help finance groups like the TTP.");
        Assert.Null(r.SuspectedGroup);
    }
}
