using System.Text.RegularExpressions;
using IncidentExtractor.Core.Lexicons;
using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;
using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Places;

/// <summary>
/// Chooses the incident's place among the gazetteer mentions of the main incident's sentences, by
/// role: a place after "in", "near" or "at" in the headline or lead is where it happened; the
/// dateline counts when the body does not name another town; a place after "said", "told" or a
/// hospital is where someone spoke or was treated. Foreign places never become the incident's.
/// </summary>
public sealed partial class LocationResolver(Gazetteer gazetteer, FieldChooser chooser)
{
    private const string PakistanName = "Pakistan";

    // The words a place-detail phrase ends with; a sentence without any of them holds no such phrase.
    private static readonly System.Buffers.SearchValues<string> DetailWords = System.Buffers.SearchValues.Create(
        ["area", "town", "market", "bazaar", "tehsil", "cantonment", "cantt", "colony", "road", "chowk", "complex",
         "neighbourhood", "airport", "office", "institute", "courts", "stadium", "club", "checkpost", "check post",
         "police station", "pass", "top", "valley", "highway", "expressway", "motorway", "bypass", "mall"],
        StringComparison.OrdinalIgnoreCase);

    // The verbs of TookPlace(); a sentence without any cannot hold such a phrase.
    private static readonly System.Buffers.SearchValues<string> TookPlaceWords = System.Buffers.SearchValues.Create(
        ["took place", "happened", "occurred", "struck", "carried out"], StringComparison.OrdinalIgnoreCase);

    public IncidentLocation? Resolve(IReadOnlyList<AnalyzedSentence> sentences, string? dateline)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var found = Collect(sentences, dateline);

        // Known towns first: a town the gazetteer lacks is read only when the attack sentences name none.
        if (!found.Towns.Any(t => t.Features["place_preposition"] > 0 && t.Features["attack_sentence"] > 0))
        {
            found.Towns.AddRange(UnnamedTowns(sentences));
        }

        return Abroad(found, sentences) ?? Choose(found, sentences);
    }

    /// <summary>The place mentions of the main incident's sentences, as town, district and province candidates.</summary>
    private PlaceCandidates Collect(IReadOnlyList<AnalyzedSentence> sentences, string? dateline)
    {
        var found = new PlaceCandidates();
        var order = 0;
        string? allText = null;

        foreach (var s in sentences)
        {
            if (!s.IsMain)
            {
                continue;
            }

            var text = s.Sentence.Text;
            foreach (var mention in gazetteer.Matcher.FindAll(text))
            {
                if (mention.Candidates.Count == 0)
                {
                    continue;
                }

                var entry = mention.Candidates.Count == 1 ? mention.Candidates[0] : Disambiguate(mention.Candidates, allText ??= string.Join('\n', sentences.Select(x => x.Sentence.Text)));
                if (entry.IsForeign || entry.Kind is PlaceKind.Country or PlaceKind.ForeignPlace)
                {
                    // Kept aside: a lead that puts the attack abroad ("in eastern Afghanistan") names the country.
                    if ((s.Sentence.IsTitle || s.MainRank == 0) && ForeignPreposition().IsMatch(text[Math.Max(0, mention.Start - 40)..mention.Start]))
                    {
                        found.Foreign ??= (entry, new FieldEvidence(text, s.Sentence.Start + mention.Start, s.Sentence.Start + mention.End, "gazetteer:" + entry.Name));
                    }

                    continue;
                }

                var before = text[Math.Max(0, mention.Start - 40)..mention.Start];
                var after = text[mention.End..Math.Min(text.Length, mention.End + 25)];
                var namedDistrict = DistrictWordAfter().IsMatch(after) || DistrictWordBefore().IsMatch(before);

                // "the Mastung blast", "the Quetta attack": the place names the attack itself.
                var namesAttack = AttackNounAfter().IsMatch(after);

                // The dateline opens the lead sentence but says where the report was filed, not where it happened.
                var inDateline = dateline is not null && s.MainRank == 0 && !s.Sentence.IsTitle && mention.Start < 40 &&
                    Same(dateline, mention.Text) && DatelineTail().IsMatch(text[mention.End..]);

                if (s.Sentence.IsTitle || s.MainRank == 0)
                {
                    found.PakistaniInLead |= PlacePreposition().IsMatch(before) || (mention.Start < 40 && !inDateline);
                }

                var features = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["bias"] = 1,
                    ["title"] = s.Sentence.IsTitle ? 1 : 0,
                    ["lead"] = !s.Sentence.IsTitle && s.MainRank == 0 && !inDateline ? 1 : 0,
                    ["main_rank"] = s.Sentence.IsTitle ? 0 : Math.Min(s.MainRank, 10),
                    ["order"] = Math.Min(order++, 10),
                    ["took_place"] = TookPlace().IsMatch(before) ? 1 : 0,
                    ["place_preposition"] = PlacePreposition().IsMatch(before) ? 1 : 0,
                    ["possessive"] = after.StartsWith("'s", StringComparison.Ordinal) ? 1 : 0,
                    ["statement_place"] = StatementPlace().IsMatch(before) && !namesAttack ? 1 : 0,
                    ["home_place"] = HomePlace().IsMatch(before) ? 1 : 0,
                    ["names_attack"] = namesAttack ? 1 : 0,
                    ["dateline"] = dateline is not null && Same(dateline, mention.Text) ? 1 : 0,
                    ["village"] = entry.Kind == PlaceKind.Village ? 1 : 0,
                    ["locality"] = entry.Kind == PlaceKind.Locality ? 1 : 0,
                    ["attack_sentence"] = s.Triggers.Count > 0 ? 1 : 0,
                };
                var evidence = new FieldEvidence(text, s.Sentence.Start + mention.Start, s.Sentence.Start + mention.End, "gazetteer:" + entry.Name);
                Add(found, new Candidate<PlaceEntry>(entry, evidence, features), namedDistrict);
            }
        }

        return found;
    }

    /// <summary>Files a mention by kind; a district also stands for its headquarters town, and a town named as a district for the district.</summary>
    private void Add(PlaceCandidates found, Candidate<PlaceEntry> candidate, bool namedDistrict)
    {
        var entry = candidate.Value;
        switch (entry.Kind)
        {
            case PlaceKind.Province:
                found.Provinces.Add(candidate);
                break;
            case PlaceKind.District:
                found.Districts.Add(candidate);
                if (!namedDistrict && FindTown(entry.Name) is { } seat)
                {
                    // A district named without "district" is usually its headquarters town ("in Bannu").
                    found.Towns.Add(candidate with { Value = seat, Features = With(candidate.Features, "district_seat", 1) });
                }

                break;
            default:
                if (namedDistrict && FindDistrict(entry.Name) is { } d)
                {
                    found.Districts.Add(candidate with { Value = d });
                }
                else
                {
                    found.Towns.Add(candidate);
                }

                break;
        }
    }

    /// <summary>The headline and lead put the attack abroad and name no place in Pakistan: the country is the foreign one.</summary>
    private IncidentLocation? Abroad(PlaceCandidates found, IReadOnlyList<AnalyzedSentence> sentences)
    {
        if (found.Foreign is not { } abroad || found.PakistaniInLead)
        {
            return null;
        }

        var evidence = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal) { ["country"] = abroad.Evidence };
        var foreignCity = abroad.Entry.Kind == PlaceKind.ForeignPlace ? abroad.Entry.Name : null;
        if (foreignCity is not null)
        {
            evidence["city"] = abroad.Evidence;
        }

        return new IncidentLocation(foreignCity, null, null, abroad.Entry.Country, Detail(sentences)?.Text, null, null, evidence);
    }

    /// <summary>The town, district and province chosen among the candidates, with the place detail.</summary>
    private IncidentLocation? Choose(PlaceCandidates found, IReadOnlyList<AnalyzedSentence> sentences)
    {
        var towns = found.Towns;

        // The district the text names decides among towns: one inside it is likely the place, one
        // outside it (a dateline, a hospital) is where the news was filed or someone was treated.
        var district = chooser.Choose("district", found.Districts);

        // "said the SSP Malir": a district named only by an official's title does not overrule the town of the story.
        if (district is not null && district.Candidate.Features.GetValueOrDefault("statement_place") > 0 && towns.Count > 0)
        {
            district = null;
        }

        if (district is not null)
        {
            towns = towns.Select(t => t with { Features = With(With(t.Features, "district_agrees", InDistrict(t.Value, district.Value) ? 1 : 0), "district_conflict", InDistrict(t.Value, district.Value) ? 0 : 1) }).ToList();
        }

        var town = chooser.Choose("city", towns);
        var province = chooser.Choose("province", found.Provinces);
        var evidenceByField = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);

        // A town outside the named district that only the dateline or a statement supports is dropped:
        // "QUETTA: ... a check post in Khuzdar district" has no town of the incident.
        if (town is not null && district is not null && !InDistrict(town.Value, district.Value) &&
            (town.Candidate.Features["dateline"] > 0 || town.Candidate.Features["statement_place"] > 0 || town.Candidate.Features["place_preposition"] == 0))
        {
            town = null;
        }

        PlaceEntry? cityEntry = town?.Value;
        string? city = null;
        if (cityEntry is not null)
        {
            city = cityEntry.Kind == PlaceKind.Locality && cityEntry.City is { Length: > 0 } parent ? parent : cityEntry.Name;
            evidenceByField["city"] = town!.Candidate.Evidence;
        }

        // The district the text names wins when it agrees with the town's province; else the gazetteer's.
        string? districtName = null;
        if (district is not null && (cityEntry is null || cityEntry.Province is null || district.Value.Province == cityEntry.Province))
        {
            districtName = district.Value.Name;
            evidenceByField["district"] = district.Candidate.Evidence;
        }
        else if (cityEntry?.District is { Length: > 0 } implied)
        {
            districtName = implied;
        }

        var provinceName = cityEntry?.Province ?? district?.Value.Province ?? province?.Value.Province ?? province?.Value.Name;
        if (provinceName is not null)
        {
            evidenceByField["province"] = (town ?? district ?? province)!.Candidate.Evidence;
        }

        // A locality of a city ("in Lyari", "Hayatabad, Peshawar") is the finer place when no area phrase says more.
        var detail = Detail(sentences) ??
            (cityEntry is { Kind: PlaceKind.Locality } locality && city != locality.Name ? (locality.Name, town!.Candidate.Evidence) : null);
        if (detail is not null)
        {
            evidenceByField["location_detail"] = detail.Value.Evidence;
        }

        if (city is null && districtName is null && provinceName is null && detail is null)
        {
            return null;
        }

        var point = cityEntry is not null ? (cityEntry.Latitude, cityEntry.Longitude) : (null, null);
        return new IncidentLocation(city, districtName, provinceName, PakistanName, detail?.Text, point.Latitude, point.Longitude, evidenceByField);
    }

    /// <summary>
    /// Towns the gazetteer does not know but the text calls a town ("the village of Garhi Habibullah",
    /// "Tirah, a remote valley town"): small places where attacks happen are often too small for it.
    /// </summary>
    private IEnumerable<Candidate<PlaceEntry>> UnnamedTowns(IReadOnlyList<AnalyzedSentence> sentences)
    {
        foreach (var s in sentences.Where(s => s.IsMain && s.Triggers.Count > 0))
        {
            foreach (Match m in CalledATown().Matches(s.Sentence.Text))
            {
                var name = m.Groups["x"].Value;
                if (gazetteer.Lookup(name).Count > 0 || gazetteer.IsStopword(name))
                {
                    continue;
                }

                // "in Kabal, Swat": a town the text places in a district the gazetteer knows.
                PlaceEntry? district = null;
                if (m.Groups["d"].Success)
                {
                    district = FindDistrict(m.Groups["d"].Value);
                    if (district is null)
                    {
                        continue;
                    }
                }

                var entry = new PlaceEntry(name, PlaceKind.City, name, district?.Name, district?.Province, PakistanName, null, null, 0);
                var start = s.Sentence.Start + m.Groups["x"].Index;
                var features = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["bias"] = 1,
                    ["lead"] = s.MainRank == 0 ? 1 : 0,
                    ["main_rank"] = s.Sentence.IsTitle ? 0 : Math.Min(s.MainRank, 10),
                    ["place_preposition"] = 1,
                    ["attack_sentence"] = 1,
                    ["unknown_town"] = 1,
                };
                yield return new Candidate<PlaceEntry>(entry, new FieldEvidence(s.Sentence.Text, start, start + name.Length, "called-a-town"), features);
            }
        }
    }

    /// <summary>Whether a town lies in a district; "South Waziristan" covers the newer Lower and Upper halves. A town the gazetteer does not know lies wherever the text says.</summary>
    private static bool InDistrict(PlaceEntry town, PlaceEntry district) =>
        town.District is null ? town.Province is null : town.District is { } d && (string.Equals(d, district.Name, StringComparison.Ordinal) ||
            d.EndsWith(" " + district.Name, StringComparison.Ordinal) || district.Name.EndsWith(" " + d, StringComparison.Ordinal));

    private PlaceEntry? FindTown(string name) => gazetteer.Lookup(name).FirstOrDefault(e => e.Kind == PlaceKind.City && !e.IsForeign);

    private PlaceEntry? FindDistrict(string name) => gazetteer.Lookup(name).FirstOrDefault(e => e.Kind == PlaceKind.District);

    /// <summary>Among namesakes, the one whose district or province the article also names.</summary>
    private static PlaceEntry Disambiguate(IReadOnlyList<PlaceEntry> candidates, string articleText)
    {
        foreach (var c in candidates)
        {
            if ((c.IsForeign && c.Name != c.Country && articleText.Contains(c.Country, StringComparison.Ordinal)) ||
                (c.District is { Length: > 0 } d && d != c.Name && articleText.Contains(d, StringComparison.Ordinal)) ||
                (c.Province is { } p && articleText.Contains(p, StringComparison.Ordinal)))
            {
                return c;
            }
        }

        return candidates[0];
    }

    private (string Text, FieldEvidence Evidence)? Detail(IReadOnlyList<AnalyzedSentence> sentences)
    {
        // Where the attack is told, first: the lead, then other sentences with attack words; a place
        // the text says the attack "took place at" over the others.
        var candidates = new List<Candidate<string>>();
        var order = 0;
        foreach (var s in sentences.Where(s => s.IsMain).OrderBy(s => s.Triggers.Count > 0 ? 0 : 1).ThenBy(s => s.Sentence.IsTitle ? 1 : 0).ThenBy(s => s.Sentence.Index).Take(10))
        {
            // After the first phrase, only a sentence that says where the attack took place can beat it.
            if (s.Sentence.Text.AsSpan().IndexOfAny(DetailWords) < 0 ||
                (candidates.Count > 0 && s.Sentence.Text.AsSpan().IndexOfAny(TookPlaceWords) < 0))
            {
                continue;
            }

            foreach (Match m in DetailPhrase().Matches(s.Sentence.Text))
            {
                var value = m.Groups["x"].Value;
                var at = m.Groups["x"].Index;

                // "the Foreign Office condemned the attack": an office that speaks is not a place of the attack.
                if (Speaks().IsMatch(s.Sentence.Text.AsSpan(at + value.Length)))
                {
                    continue;
                }

                var start = s.Sentence.Start + at;
                var features = new Dictionary<string, double>(StringComparer.Ordinal)
                {
                    ["bias"] = 1,
                    ["order"] = Math.Min(order++, 10),
                    ["took_place"] = TookPlace().IsMatch(s.Sentence.Text.AsSpan(0, at)) ? 1 : 0,
                    ["came_from"] = CameFrom().IsMatch(s.Sentence.Text.AsSpan(0, at)) ? 1 : 0,
                };
                var evidence = new FieldEvidence(s.Sentence.Text, start, start + value.Length, "area-phrase");
                candidates.Add(new Candidate<string>(value, evidence, features));
            }
        }

        return chooser.Choose("location_detail", candidates) is { } best ? (best.Value, best.Candidate.Evidence) : null;
    }

    private static Dictionary<string, double> With(IReadOnlyDictionary<string, double> features, string name, double value) =>
        new(features, StringComparer.Ordinal) { [name] = value };

    private static bool Same(string a, string b) =>
        string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    private static string Fold(string s) => new string(s.Where(char.IsLetter).ToArray()).ToLowerInvariant();

    [GeneratedRegex(@"\b(?:in|near|at|outside|of|from|inside|into|on|hits|targeting)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePreposition();

    [GeneratedRegex(@"\b(?:in|near|at|inside|across)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|northeastern|northwestern|southeastern|southwestern|central|neighbouring|neighboring)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignPreposition();

    [GeneratedRegex(@"\b(?:town|village|hamlet|valley) of (?<x>[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]+){0,2})\b|\b(?:in|near|at) (?<x>[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]+){0,2}),? (?:a|the) (?:small |remote |border |nearby )?(?:town|village|hamlet)\b|\bin (?<x>[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]+){0,2}) (?:village|town)\b|\b(?:in|near|at) (?<x>[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]+)?), (?<d>[A-Z][a-z][\w'-]+(?: [A-Z][a-z][\w'-]+)?)(?: district)?(?=[,.;]| on\b| in\b| late\b| early\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CalledATown();

    // "a procession from Mirpura village of Neelam valley": where people came from, not where they were hit.
    [GeneratedRegex(@"\bfrom\b[^,.;]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameFrom();

    [GeneratedRegex(@"^(?:'s)?\s+(?:has |have |had |also |strongly )?(?:condemned|condemns|said|says|stated|spokesman|spokesperson|issued|announced|confirmed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speaks();

    [GeneratedRegex(@"\b(?:took place|happened|occurred|struck|was carried out)\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:town|city|village|area|outskirts|suburbs)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TookPlace();

    [GeneratedRegex(@"^(?:\s*/\s*[A-Za-z ]+)?(?:,\s*[A-Z][a-z]+)?(?:,\s*[A-Za-z]{3,9}\.? \d{1,2}(?:,? \d{4})?)?\s*(?:,?\s*\([A-Za-z .]+\))?\s*(?::|—|–|-\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineTail();

    [GeneratedRegex(@"\b(?:said|told|says|statement|hospital|hospitals|shifted to|taken to|rushed to|press conference|reporters|visited|visit|from|native of|hailing from|lived in|resident of|bordering|borders|adjoining|adjacent to|neighbouring|neighboring|based in|headquartered in|border with|towards|toward)\b[^.]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementPlace();

    // Where a victim came from or was buried is not where the attack was: "he belongs to Shangla".
    [GeneratedRegex(@"\b(?:belongs? to|belonged to|hails? from|hailed from|native of|native town|hometown|home town|buried|funeral|ancestral|sent to|sent back to|transported to|flown to|repatriated to)\b[^.]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HomePlace();

    [GeneratedRegex(@"^(?:'s)?\s+(?:(?:suicide|bomb|terror|terrorist|militant|twin|deadly)\s+)?(?:blast|attack|bombing|explosion|carnage|massacre|assault)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttackNounAfter();

    [GeneratedRegex(@"^(?:'?s?\s*(?:district|agency|tribal district)\b|,\s*(?:a|the)\s+(?:\w+\s+)?(?:district|tribal district)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistrictWordAfter();

    [GeneratedRegex(@"\bdistrict (?:of )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistrictWordBefore();

    [GeneratedRegex(@"(?<x>(?!The |A |An |In |At |On |Police |Officials )(?:[A-Z][\w-]+ ){1,3}(?:area|Area|Town|Market|market|Bazaar|bazaar(?: area)?|Tehsil|tehsil|Cantonment|Cantt|Colony|Road(?: area)?|road|Highway|highway|Expressway|Motorway|Bypass|Mall|Chowk|Complex|neighbourhood|Airport|airport|Office|Institute|Courts|Stadium|Club|(?:checkpost|check post|Checkpost|police station|Police Station)|Pass|Top(?: area)?|[Vv]alley)|(?:industrial|commercial|residential|cantonment) area)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DetailPhrase();

    /// <summary>What the main incident's sentences name, sorted by kind, and a foreign place the lead puts the attack in.</summary>
    private sealed class PlaceCandidates
    {
        public List<Candidate<PlaceEntry>> Towns { get; } = [];

        public List<Candidate<PlaceEntry>> Districts { get; } = [];

        public List<Candidate<PlaceEntry>> Provinces { get; } = [];

        public (PlaceEntry Entry, FieldEvidence Evidence)? Foreign { get; set; }

        public bool PakistaniInLead { get; set; }
    }
}
