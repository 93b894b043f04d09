using IncidentExtractor.Core.Documents;
using IncidentExtractor.Core.Stages.Casualties;
using IncidentExtractor.Core.Stages.Claims;
using IncidentExtractor.Core.Stages.Dates;
using IncidentExtractor.Core.Stages.MainIncident;
using IncidentExtractor.Core.Stages.Places;
using IncidentExtractor.Core.Stages.Roles;
using IncidentExtractor.Core.Stages.Types;

namespace IncidentExtractor.Core.Stages.Assembly;

/// <summary>Everything the stages found about one article, before it becomes a record.</summary>
public sealed record IncidentFindings(
    ArticleDocument Document,
    IReadOnlyList<AnalyzedSentence> Sentences,
    IncidentLocation? Location,
    EventDate? Date,
    CasualtyCounts Counts,
    PhraseChoice? Attackers,
    int? AttackerCount,
    PhraseChoice? Target,
    IncidentTypes Types,
    GroupAttribution Groups);
