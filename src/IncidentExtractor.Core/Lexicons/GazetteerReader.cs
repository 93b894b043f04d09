using System.Globalization;
using IncidentExtractor.Core.Pipeline;

namespace IncidentExtractor.Core.Lexicons;

/// <summary>
/// Reads and validates the gazetteer files. The files are plain comma-separated text without
/// quoting (no name holds a comma), so a split on commas is the whole CSV dialect; every problem
/// is reported with the file and line so that a hand edit is easy to fix.
/// </summary>
internal static class GazetteerReader
{
    public const string PlacesFile = "places.csv";
    public const string ForeignFile = "foreign.csv";
    public const string StopwordsFile = "stopwords.txt";

    private const string PlacesHeader = "name,kind,city,district,province,latitude,longitude,population,aliases";
    private const string ForeignHeader = "name,country,aliases";

    // Pakistan's bounding box: a point outside it is a swapped or mistyped coordinate.
    private const double MinLatitude = 23.5;
    private const double MaxLatitude = 37.2;
    private const double MinLongitude = 60.8;
    private const double MaxLongitude = 77.9;

    public static List<PlaceEntry> ReadPlaces(string path)
    {
        var entries = new List<PlaceEntry>();
        foreach (var (number, fields) in ReadRows(path, PlacesHeader))
        {
            string Where() => $"{path}:{number}";
            string name = Required(fields[0], "name", Where);
            PlaceKind kind = fields[1] switch
            {
                "province" => PlaceKind.Province,
                "district" => PlaceKind.District,
                "city" => PlaceKind.City,
                "locality" => PlaceKind.Locality,
                "village" => PlaceKind.Village,
                _ => throw new ModelLoadException(
                    $"{Where()}: kind '{fields[1]}' is not one of province, district, city, locality, village"),
            };
            string province = fields[4];
            if (!Gazetteer.Provinces.Contains(province, StringComparer.Ordinal))
            {
                throw new ModelLoadException(
                    $"{Where()}: province '{province}' is not one of {string.Join(", ", Gazetteer.Provinces)}");
            }

            var (latitude, longitude) = ReadPoint(fields[5], fields[6], Where);
            long population = 0;
            if (fields[7].Length > 0
                && (!long.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out population)))
            {
                throw new ModelLoadException($"{Where()}: population '{fields[7]}' is not a whole number");
            }

            entries.Add(new PlaceEntry(name, kind, NullIfEmpty(fields[2]), NullIfEmpty(fields[3]), province,
                Gazetteer.Pakistan, latitude, longitude, population)
            {
                Aliases = SplitAliases(fields[8]),
            });
        }

        return entries;
    }

    public static List<PlaceEntry> ReadForeign(string path)
    {
        var entries = new List<PlaceEntry>();
        foreach (var (number, fields) in ReadRows(path, ForeignHeader))
        {
            string Where() => $"{path}:{number}";
            string name = Required(fields[0], "name", Where);
            string country = Required(fields[1], "country", Where);
            if (string.Equals(country, Gazetteer.Pakistan, StringComparison.OrdinalIgnoreCase))
            {
                throw new ModelLoadException($"{Where()}: a foreign place cannot be in Pakistan");
            }

            var kind = string.Equals(name, country, StringComparison.Ordinal) ? PlaceKind.Country : PlaceKind.ForeignPlace;
            entries.Add(new PlaceEntry(name, kind, null, null, null, country, null, null, 0)
            {
                Aliases = SplitAliases(fields[2]),
            });
        }

        return entries;
    }

    public static List<string> ReadStopwords(string path)
    {
        var words = new List<string>();
        foreach (string line in ReadLines(path))
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string word = (hash >= 0 ? line[..hash] : line).Trim();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static IEnumerable<(int Number, string[] Fields)> ReadRows(string path, string header)
    {
        int number = 0;
        foreach (string line in ReadLines(path))
        {
            number++;
            if (number == 1)
            {
                if (!string.Equals(line, header, StringComparison.Ordinal))
                {
                    throw new ModelLoadException($"{path}:1: header must be '{header}'");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains('"', StringComparison.Ordinal))
            {
                throw new ModelLoadException($"{path}:{number}: quoted fields are not supported (names hold no commas)");
            }

            string[] fields = line.Split(',');
            int expected = header.Count(c => c == ',') + 1;
            if (fields.Length != expected)
            {
                throw new ModelLoadException($"{path}:{number}: expected {expected} comma-separated fields, found {fields.Length}");
            }

            yield return (number, fields);
        }

        if (number == 0)
        {
            throw new ModelLoadException($"{path}: the file is empty (a header line is required)");
        }
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"gazetteer file not found: {path}");
        }

        return File.ReadLines(path).Select(line => line.TrimEnd('\r'));
    }

    private static (double? Latitude, double? Longitude) ReadPoint(string latitudeText, string longitudeText, Func<string> where)
    {
        if (latitudeText.Length == 0 && longitudeText.Length == 0)
        {
            return (null, null);
        }

        if (!double.TryParse(latitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out double latitude)
            || !double.TryParse(longitudeText, NumberStyles.Float, CultureInfo.InvariantCulture, out double longitude))
        {
            throw new ModelLoadException($"{where()}: latitude '{latitudeText}' and longitude '{longitudeText}' must both be numbers");
        }

        if (latitude is < MinLatitude or > MaxLatitude || longitude is < MinLongitude or > MaxLongitude)
        {
            throw new ModelLoadException(
                $"{where()}: point {latitudeText},{longitudeText} lies outside Pakistan (latitude {MinLatitude}..{MaxLatitude}, longitude {MinLongitude}..{MaxLongitude})");
        }

        return (latitude, longitude);
    }

    private static string Required(string value, string column, Func<string> where) =>
        value.Length > 0 ? value : throw new ModelLoadException($"{where()}: {column} is empty");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string[] SplitAliases(string value) =>
        value.Length == 0 ? [] : value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
