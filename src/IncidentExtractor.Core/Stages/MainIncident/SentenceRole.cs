namespace IncidentExtractor.Core.Stages.MainIncident;

/// <summary>Whether a sentence speaks of the article's main incident.</summary>
public enum SentenceRole
{
    /// <summary>Describes the main incident (the one in the headline and lead).</summary>
    Main,

    /// <summary>Recalls an earlier, later or separate incident: its figures, groups, places and dates must not leak.</summary>
    OtherIncident,

    /// <summary>Context or statistics; no incident facts are taken from it.</summary>
    Background,
}
