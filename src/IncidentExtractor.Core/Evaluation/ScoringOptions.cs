namespace IncidentExtractor.Core.Evaluation;

/// <summary>What the scorer may know beyond the schema's normalisation rules.</summary>
public sealed record ScoringOptions
{
    /// <summary>
    /// Maps a group name or alias (<c>BLA</c>, <c>Pakistani Taliban</c>) to its canonical name, or
    /// returns null when it does not know the name. Applied to gold and prediction alike before
    /// normalisation. Default: none, so group names compare by normalisation only.
    /// </summary>
    public Func<string, string?>? GroupCanonicalizer { get; init; }

    /// <summary>
    /// Maps a place's spelling (<c>Mirali</c>, <c>KPK</c>) to its canonical name, or returns null
    /// when it does not know the name or the name is ambiguous. Applied to gold and prediction alike
    /// for city, district and province. Default: none, so places compare by normalisation only.
    /// </summary>
    public Func<string, string?>? PlaceCanonicalizer { get; init; }
}
