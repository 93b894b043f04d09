using IncidentExtractor.Core.Stages.MainIncident;

namespace IncidentExtractor.Core.Stages.Casualties;

/// <summary>A casualty figure read from one sentence: what it counts, how many, and how it was said.</summary>
public sealed record CasualtyFigure(
    CasualtyKind Kind,
    int Value,
    AnalyzedSentence Sentence,
    int Start,
    int End,
    string Rule,
    bool IsUpdate,
    bool IsLowerBound);
