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
}
