using System.Collections.Frozen;
using IncidentExtractor.Core.Pipeline;
using IncidentExtractor.Core.Stages.Places;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// The places of Pakistan (provinces, districts, towns, city localities) and the foreign places
/// Pakistani reporting names, with their spellings. Immutable once built: share one instance
/// across threads.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The country name of every Pakistani entry.</summary>
    public const string Pakistan = "Pakistan";

    private readonly FrozenDictionary<string, PlaceEntry[]> _byKey;
    private readonly FrozenSet<string> _stopwords;

    private Gazetteer(IReadOnlyList<PlaceEntry> entries, IEnumerable<string> stopwords)
    {
        Entries = entries;
        _stopwords = stopwords.Select(GazetteerText.Key).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);

        var byKey = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (string name in entry.Aliases.Prepend(entry.Name))
            {
                string key = GazetteerText.Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(entry, ReferenceEqualityComparer.Instance))
                {
                    list.Add(entry);
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Order(CandidateOrder.Instance).ToArray(),
            StringComparer.Ordinal);
        Matcher = new PlaceMatcher(_byKey.Where(pair => !_stopwords.Contains(pair.Key)));
    }

    /// <summary>The seven provinces and territories, as records write them.</summary>
    public static IReadOnlyList<string> Provinces { get; } =
    [
        "Punjab",
        "Sindh",
        "Khyber Pakhtunkhwa",
        "Balochistan",
        "Islamabad Capital Territory",
        "Gilgit-Baltistan",
        "Azad Kashmir",
    ];

    /// <summary>Every entry: the places of places.csv, then those of foreign.csv.</summary>
    public IReadOnlyList<PlaceEntry> Entries { get; }

    /// <summary>Finds gazetteer names in text.</summary>
    public PlaceMatcher Matcher { get; }

    /// <summary>Loads places.csv, foreign.csv and stopwords.txt from <paramref name="directory"/>.</summary>
    /// <exception cref="ModelLoadException">A file is missing or a row is malformed; the message names file and line.</exception>
    public static Gazetteer Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var entries = GazetteerReader.ReadPlaces(Path.Combine(directory, GazetteerReader.PlacesFile));
        entries.AddRange(GazetteerReader.ReadForeign(Path.Combine(directory, GazetteerReader.ForeignFile)));
        var stopwords = GazetteerReader.ReadStopwords(Path.Combine(directory, GazetteerReader.StopwordsFile));
        return new Gazetteer(entries.ToArray(), stopwords);
    }

    /// <summary>Builds a gazetteer from entries in memory (tests, tools).</summary>
    public static Gazetteer Create(IEnumerable<PlaceEntry> entries, IEnumerable<string>? stopwords = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new Gazetteer(entries.ToArray(), stopwords ?? []);
    }

    /// <summary>The comparable form of a name: folded lower-case words joined by single spaces.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return GazetteerText.Key(name);
    }

    /// <summary>The places a name or spelling variant can mean, most likely first; empty when
    /// unknown. Stopwords are still looked up here; only the matcher ignores them.</summary>
    public IReadOnlyList<PlaceEntry> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byKey.TryGetValue(GazetteerText.Key(name), out var candidates) ? candidates : [];
    }

    /// <summary>
    /// The gazetteer's own name for a spelling (<c>Mirali</c> → <c>Mir Ali</c>, <c>KPK</c> →
    /// <c>Khyber Pakhtunkhwa</c>) when every place it can mean has that name; otherwise null.
    /// </summary>
    public string? CanonicalName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var candidates = Lookup(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        var first = candidates[0].Name;
        return candidates.All(c => string.Equals(c.Name, first, StringComparison.Ordinal)) ? first : null;
    }

    /// <summary>True when the name is on the stoplist (a common word or person name the matcher
    /// never reports as a place).</summary>
    public bool IsStopword(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _stopwords.Contains(GazetteerText.Key(name));
    }

    /// <summary>Kind first (see <see cref="PlaceKind"/>), then larger population, then name.</summary>
    private sealed class CandidateOrder : IComparer<PlaceEntry>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare(PlaceEntry? x, PlaceEntry? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            int order = x.Kind.CompareTo(y.Kind);
            if (order == 0)
            {
                order = y.Population.CompareTo(x.Population);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Name, y.Name);
            }

            return order != 0 ? order : string.CompareOrdinal(x.District, y.District);
        }
    }
}
