using IncidentExtractor.Core.Pipeline.Scoring;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>
/// Chooses one figure per count among the candidates: features describe where and how each was
/// said (headline, lead, a later update, a lower bound), and the scorer weighs them.
/// </summary>
public sealed class CasualtyChooser(FieldChooser chooser)
{
    public CasualtyCounts Choose(IReadOnlyList<CasualtyFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var evidence = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);

        int? Pick(CasualtyKind kind, string field)
        {
            var ofKind = figures.Where(f => f.Kind == kind).ToList();
            var candidates = ofKind
                .Select((f, i) => new Candidate<int>(
                    f.Value,
                    new FieldEvidence(f.Sentence.Sentence.Text, f.Start, f.End, f.Rule),
                    Features(f, i, ofKind.Count(o => o.Value == f.Value) - 1)))
                .ToList();
            var choice = chooser.Choose(field, candidates);
            if (choice is null)
            {
                return null;
            }

            evidence[field] = choice.Candidate.Evidence;
            return choice.Value;
        }

        var killed = Pick(CasualtyKind.Killed, "killed");
        var injured = Pick(CasualtyKind.Injured, "injured");
        var attackersKilled = Pick(CasualtyKind.AttackersKilled, "attackers_killed");

        var alternatives = figures.GroupBy(f => f.Kind).Sum(g => g.Select(f => f.Value).Distinct().Count() - 1);
        return new CasualtyCounts(killed, injured, attackersKilled, evidence, alternatives);
    }

    private static Dictionary<string, double> Features(CasualtyFigure f, int order, int support)
    {
        var s = f.Sentence;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bias"] = 1,
            ["title"] = s.Sentence.IsTitle ? 1 : 0,
            ["lead"] = !s.Sentence.IsTitle && s.MainRank == 0 ? 1 : 0,
            ["main_rank"] = s.Sentence.IsTitle ? 0 : Math.Min(s.MainRank, 10),
            ["order"] = Math.Min(order, 10),
            ["update"] = f.IsUpdate ? 1 : 0,
            ["lower_bound"] = f.IsLowerBound ? 1 : 0,
            ["bomber_died"] = f.Rule == "bomber-died" ? 1 : 0,
            ["log_value"] = Math.Log(1 + f.Value),
            ["support"] = Math.Min(support, 3),
            ["total"] = f.Rule == "total" ? 1 : 0,
            ["none_stated"] = f.Rule == CasualtyReader.NoneStated ? 1 : 0,
        };
    }
}
