namespace IncidentExtractor.Core.Lexicons;

/// <summary>What a gazetteer entry names. The order is the order of preference among candidates
/// that share a name: a province before a foreign country, a town before the district it gives its
/// name to (the town's entry names that district too), anything before a village.</summary>
public enum PlaceKind
{
    /// <summary>One of the seven provinces and territories of Pakistan.</summary>
    Province,

    /// <summary>A country other than Pakistan (from foreign.csv).</summary>
    Country,

    /// <summary>A city or town of Pakistan.</summary>
    City,

    /// <summary>A district of Pakistan, including the former FATA agencies.</summary>
    District,

    /// <summary>A place outside Pakistan that is not a country (Kabul, Sistan-Baluchestan).</summary>
    ForeignPlace,

    /// <summary>A neighbourhood or area inside a city (Clifton, Hayatabad).</summary>
    Locality,

    /// <summary>A village.</summary>
    Village,
}
