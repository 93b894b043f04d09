using System.Globalization;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Stages.Cleaning;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// Every word list the extraction stages use, loaded once from <c>models/lexicons</c>, validated
/// with file and line in each error, and shared read-only across threads.
/// </summary>
public sealed class IncidentLexicons
{
    private IncidentLexicons(
        BoilerplateRules boilerplate,
        IReadOnlySet<string> abbreviations,
        PhraseMatcher<string> groups,
        IReadOnlyDictionary<string, string> canonicalGroups,
        PhraseMatcher<AttackTrigger> triggers,
        PhraseMatcher<TargetTypeWord> targetTypes,
        PhraseMatcher<ActorRole> actors,
        PhraseMatcher<CueKind> cues,
        GroupNameWords groupNameWords)
    {
        Boilerplate = boilerplate;
        Abbreviations = abbreviations;
        Groups = groups;
        _canonicalGroups = canonicalGroups;
        Triggers = triggers;
        TargetTypes = targetTypes;
        Actors = actors;
        Cues = cues;
        GroupNameWords = groupNameWords;
    }

    private readonly IReadOnlyDictionary<string, string> _canonicalGroups;

    public BoilerplateRules Boilerplate { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Group names and aliases; each match's value is the canonical name.</summary>
    public PhraseMatcher<string> Groups { get; }

    public PhraseMatcher<AttackTrigger> Triggers { get; }

    public PhraseMatcher<TargetTypeWord> TargetTypes { get; }

    public PhraseMatcher<ActorRole> Actors { get; }

    public PhraseMatcher<CueKind> Cues { get; }

    /// <summary>Words that tell whether a capitalised name the group lexicon lacks is a group's.</summary>
    public GroupNameWords GroupNameWords { get; }

    /// <summary>The canonical name for a group name or alias, or null when the lexicon does not know it.</summary>
    public string? CanonicalGroup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _canonicalGroups.TryGetValue(NormalizeName(name), out var canonical) ? canonical : null;
    }

    public static IncidentLexicons Load(string lexiconDirectory)
    {
        string P(string file) => Path.Combine(lexiconDirectory, file);

        var boilerplate = BoilerplateRules.Load(P("boilerplate.tsv"));
        var abbreviations = LoadWordList(P("abbreviations.txt"));

        var groupEntries = new List<(string, string)>();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(P("groups.tsv"), ["canonical", "aliases"]))
        {
            var name = row["canonical"];
            if (name.Length == 0)
            {
                throw row.Error("empty canonical name");
            }

            foreach (var alias in row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(name))
            {
                groupEntries.Add((alias, name));
                canonical.TryAdd(NormalizeName(alias), name);
            }
        }

        var triggers = new List<(string, AttackTrigger)>();
        foreach (var row in TsvFile.Read(P("attack-triggers.tsv"), ["phrase", "attack_type", "weapon_type", "weight"]))
        {
            if (!double.TryParse(row["weight"], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw row.Error("weight is not a number");
            }

            RequireOneOf(row, "attack_type", GtdVocabulary.AttackTypes);
            var weapon = row["weapon_type"];
            if (weapon.Length > 0)
            {
                RequireOneOf(row, "weapon_type", GtdVocabulary.WeaponTypes);
            }

            triggers.Add((row["phrase"], new AttackTrigger(row["attack_type"], weapon.Length == 0 ? null : weapon, weight)));
        }

        var targetTypes = new List<(string, TargetTypeWord)>();
        foreach (var row in TsvFile.Read(P("target-types.tsv"), ["word", "target_type", "priority"]))
        {
            RequireOneOf(row, "target_type", GtdVocabulary.TargetTypes);
            if (!int.TryParse(row["priority"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority))
            {
                throw row.Error("priority is not a whole number");
            }

            targetTypes.Add((row["word"], new TargetTypeWord(row["target_type"], priority)));
        }

        var actors = new List<(string, ActorRole)>();
        foreach (var row in TsvFile.Read(P("actors.tsv"), ["word", "role"]))
        {
            if (!Enum.TryParse<ActorRole>(row["role"], ignoreCase: true, out var role))
            {
                throw row.Error($"unknown role '{row["role"]}'");
            }

            actors.Add((row["word"], role));
        }

        var cues = new List<(string, CueKind)>();
        foreach (var row in TsvFile.Read(P("cues.tsv"), ["cue", "phrase"]))
        {
            var kind = row["cue"].Replace("_", string.Empty, StringComparison.Ordinal);
            if (!Enum.TryParse<CueKind>(kind, ignoreCase: true, out var cue))
            {
                throw row.Error($"unknown cue '{row["cue"]}'");
            }

            cues.Add((row["phrase"], cue));
        }

        return new IncidentLexicons(
            boilerplate,
            abbreviations,
            new PhraseMatcher<string>(groupEntries),
            canonical,
            new PhraseMatcher<AttackTrigger>(triggers),
            new PhraseMatcher<TargetTypeWord>(targetTypes),
            new PhraseMatcher<ActorRole>(actors),
            new PhraseMatcher<CueKind>(cues),
            LoadGroupNameWords(P("group-name-words.tsv")));
    }

    private static GroupNameWords LoadGroupNameWords(string path)
    {
        var group = new HashSet<string>(StringComparer.Ordinal);
        var notGroup = new HashSet<string>(StringComparer.Ordinal);
        var notGroupNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(path, ["kind", "word"]))
        {
            var set = row["kind"] switch
            {
                "group" => group,
                "not_group" => notGroup,
                "not_group_name" => notGroupNames,
                _ => throw row.Error($"unknown kind '{row["kind"]}' (group, not_group or not_group_name)"),
            };
            set.Add(row["word"].ToLowerInvariant());
        }

        return new GroupNameWords(group, notGroup, notGroupNames);
    }

    private static void RequireOneOf(TsvRow row, string column, IReadOnlySet<string> allowed)
    {
        if (!allowed.Contains(row[column]))
        {
            throw row.Error($"{column} '{row[column]}' is not a GTD label");
        }
    }

    private static HashSet<string> LoadWordList(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{path}: file not found");
        }

        return File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string NormalizeName(string name) =>
        new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
