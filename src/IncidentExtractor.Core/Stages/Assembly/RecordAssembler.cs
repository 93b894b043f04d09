using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Assembly;

/// <summary>
/// Last stage: decides whether the article reports an incident at all, then writes the record
/// with the evidence of each filled field and a confidence that reflects how clear it all was.
/// </summary>
public sealed partial class RecordAssembler(ConfidenceEstimator confidence)
{
    public IncidentRecord Assemble(IncidentFindings f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var document = f.Document;
        var published = document.Cleaned.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var baseRecord = new IncidentRecord
        {
            Source = document.Input.Source,
            Status = RecordStatus.NoIncident,
            Title = document.Cleaned.Title ?? document.Input.Title,
            Published = published ?? document.Input.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        if (!ReportsIncident(f))
        {
            return baseRecord with { Confidence = confidence.EstimateNoIncident(f) };
        }

        var evidence = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);
        void Note(string field, FieldEvidence? e)
        {
            if (e is not null)
            {
                evidence[field] = e;
            }
        }

        foreach (var (field, e) in f.Counts.Evidence)
        {
            evidence[field] = e;
        }

        Note("event_date_text", f.Date?.Evidence);
        Note("event_date", f.Date?.Date?.ToIso() is null ? null : f.Date?.Evidence);
        Note("attack_type", f.Types.AttackEvidence);
        Note("weapon_type", f.Types.AttackEvidence);
        Note("target_type", f.Types.TargetEvidence);
        Note("claimed_group", f.Groups.ClaimEvidence);
        Note("suspected_group", f.Groups.SuspectEvidence);
        if (f.Target is { } t)
        {
            Note("target", new FieldEvidence(t.Sentence, t.Start, t.End, t.Rule));
        }

        if (f.Attackers is { } a)
        {
            Note("attackers", new FieldEvidence(a.Sentence, a.Start, a.End, a.Rule));
        }

        if (f.Location is { } loc)
        {
            foreach (var (field, e) in loc.Evidence)
            {
                evidence[field] = e;
            }
        }

        var attackersKilled = f.Counts.AttackersKilled;
        if (attackersKilled is null && AllAttackersKilled(f.Sentences) && f.AttackerCount is { } n)
        {
            attackersKilled = n;
        }

        return baseRecord with
        {
            Status = RecordStatus.Ok,
            EventDate = f.Date?.Date?.ToIso(),
            EventDateText = f.Date?.Text,
            City = f.Location?.City,
            District = f.Location?.District,
            Province = f.Location?.Province,
            Country = f.Location?.Country ?? "Pakistan",
            LocationDetail = f.Location?.Detail,
            Latitude = f.Location?.Latitude,
            Longitude = f.Location?.Longitude,
            Target = f.Target?.Phrase,
            TargetType = f.Types.TargetType,
            Attackers = f.Attackers?.Phrase,
            AttackerCount = f.AttackerCount,
            AttackType = f.Types.AttackType,
            WeaponType = f.Types.WeaponType,
            Killed = f.Counts.Killed,
            Injured = f.Counts.Injured,
            AttackersKilled = attackersKilled,
            ClaimedGroup = f.Groups.ClaimedGroup,
            SuspectedGroup = f.Groups.ClaimedGroup is null ? f.Groups.SuspectedGroup : null,
            Confidence = confidence.Estimate(f),
            Evidence = evidence,
        };
    }

    private static bool ReportsIncident(IncidentFindings f)
    {
        var lead = f.Sentences.Where(s => s.IsMain && (s.Sentence.IsTitle || s.MainRank <= 3)).ToList();
        var triggerWeight = lead.Sum(s => s.Triggers.Sum(m => m.Values.Max(v => v.Weight)));
        var hasCasualties = f.Counts.Killed is > 0 || f.Counts.Injured is > 0;
        var accident = lead.Any(s => s.Has(CueKind.Accident));
        var perpetrator = f.Attackers is not null || f.Groups.ClaimedGroup is not null ||
            lead.Any(s => s.Sentence.Text.Contains("attack", StringComparison.OrdinalIgnoreCase));

        if (accident && !perpetrator)
        {
            return false;
        }

        // A verdict ("sentenced three men to death for the 2019 bombing") or a tally ("94 people killed
        // in 56 attacks in April") tells of attacks but is not the report of one.
        var opening = lead.Where(s => s.Sentence.IsTitle || s.MainRank == 0).ToList();
        if (opening.Any(s => IsVerdict(s.Sentence.Text) || Tally().IsMatch(s.Sentence.Text) || IsCommemoration(s.Sentence.Text)))
        {
            return false;
        }

        // An arrest, a recovery of explosives or a court case with nobody hurt is not an attack.
        var anyCasualty = hasCasualties || f.Counts.AttackersKilled is > 0;
        if (!anyCasualty && lead.Where(s => s.Sentence.IsTitle || s.MainRank <= 1).Any(s => s.Has(CueKind.NoAttack)))
        {
            return false;
        }

        // Something set on fire by someone ("unknown persons set a school on fire"), not a blaze or a protest.
        var arson = lead.Any(s => s.Triggers.Any(t => t.Values.Any(v => v.AttackType == "Facility/Infrastructure Attack")));

        // A plain "attacked" counts when someone did it to someone: victims, a claim, or attackers who
        // acted in the lead ("Militants attacked a post"); "after the recent attacks" is talk of attacks.
        var actedInLead = lead.Any(s => s.Actors.Any(a => a.Values.Contains(ActorRole.Attacker)) && AttackVerb().IsMatch(s.Sentence.Text));
        // A group claiming the killings says they were an attack even when the lead says only "were killed".
        return triggerWeight >= 3 || (triggerWeight > 0 && (hasCasualties || f.Counts.AttackersKilled is > 0 || actedInLead || (arson && f.Attackers is not null) || f.Groups.ClaimedGroup is not null)) ||
            (hasCasualties && f.Groups.ClaimedGroup is not null);
    }

    /// <summary>A court's verdict told before any attack words: "the court sentenced two men for a bombing", not "gunmen shot dead a judge who had sentenced".</summary>
    private static bool IsVerdict(string text) => Court().IsMatch(text) && BeforeAnyAttackWord(Verdict().Match(text), text);

    /// <summary>
    /// "Ceremonies marked the tenth anniversary of the APS massacre, in which...": a remembrance of a
    /// past attack, told before any attack words. "On Benazir's death anniversary, a blast killed
    /// five" remembers no attack and stays an incident.
    /// </summary>
    private static bool IsCommemoration(string text) => BeforeAnyAttackWord(Remembrance().Match(text), text);

    private static bool BeforeAnyAttackWord(System.Text.RegularExpressions.Match marker, string text)
    {
        if (!marker.Success)
        {
            return false;
        }

        var attack = AttackWord().Match(text);
        return !attack.Success || marker.Index < attack.Index;
    }

    private static bool AllAttackersKilled(IReadOnlyList<AnalyzedSentence> sentences) =>
        sentences.Any(s => s.IsMain && AllAttackers().IsMatch(s.Sentence.Text));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:killing|killed|neutrali[sz]ed|eliminated|gunned down|shot dead) all (?:the )?(?:\w+ )?(?:attackers|terrorists|militants|gunmen|assailants)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AllAttackers();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:sentenced|sentences|convicted|convicts|acquitted|acquits|verdict|indicted|indicts|death sentences?|life imprisonment|awarded (?:the )?death)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Verdict();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:anniversary|commemorat\w*|remembers|remembered|memorial service) of (?:the )?(?:[\w-]+ ){0,4}(?:massacre|attack|attacks|bombing|blast|tragedy|carnage|martyrs|victims)\b|\bremembers (?:the )?(?:[\w-]+ ){0,3}(?:martyrs|victims)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Remembrance();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:court|courts|judge|tribunal|ATC|bench)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Court();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:killed|killing|shot|gunned|attack|attacked|stormed|bomb|blast|explosion|martyred|injured|wounded)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AttackWord();

    // A tally counts many attacks ("94 people killed in 56 attacks"); "killed in two attacks" is one report of a double attack.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in|across) (?:[5-9]|\d{2,}) (?:[\w-]+ )?(?:attacks|incidents)\b|\b(?:witnessed|recorded|saw|registered|suffered|faced) (?:a total of |as many as |more than |over )?(?:[5-9]|\d{2,}|[\d,]{4,}) (?:[\w-]+ ){0,2}(?:attacks|incidents)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Tally();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:attacked|stormed|targeted|struck|raided|ambushed|assaulted|opened fire|fired)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AttackVerb();
}
