namespace IncidentExtractor.Core.Lexicons;

/// <summary>One place of the gazetteer. Empty parts are null: a district has no city, a foreign
/// place has no district or province. Coordinates are WGS84 degrees.</summary>
/// <param name="Name">The common English spelling, as records should write it.</param>
/// <param name="Kind">What the name names.</param>
/// <param name="City">The town a locality lies in; a town's own name for a town.</param>
/// <param name="District">The district (modern name) for Pakistani places below district level.</param>
/// <param name="Province">One of <see cref="Gazetteer.Provinces"/>; null for foreign places.</param>
/// <param name="Country"><see cref="Gazetteer.Pakistan"/> or the foreign country's name.</param>
/// <param name="Latitude">Degrees north, when known.</param>
/// <param name="Longitude">Degrees east, when known.</param>
/// <param name="Population">Population when a source gives one, else 0.</param>
public sealed record PlaceEntry(
    string Name,
    PlaceKind Kind,
    string? City,
    string? District,
    string? Province,
    string Country,
    double? Latitude,
    double? Longitude,
    long Population)
{
    /// <summary>Other spellings that name this place (ASCII-folded), without <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>True when the place lies outside Pakistan.</summary>
    public bool IsForeign => !string.Equals(Country, Gazetteer.Pakistan, StringComparison.Ordinal);
}
