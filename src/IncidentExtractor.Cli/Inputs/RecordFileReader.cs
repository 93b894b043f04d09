using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using IncidentExtractor.Core.Records;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Reads records in the schema (gold labels or earlier predictions) from JSON Lines, a JSON array
/// or CSV with a header row. Keys outside the schema (<c>_url</c>, <c>_notes</c>) are ignored,
/// except <c>evidence</c>, whose sentences are kept. Ordinary bad input is an error value naming
/// the file and line, never an exception.
/// </summary>
internal static partial class RecordFileReader
{
    private static readonly string[] CountFields = ["attacker_count", "killed", "injured", "attackers_killed"];
    private static readonly string[] NumberFields = ["latitude", "longitude", "confidence"];
    private static readonly string[] DateFields = ["published", "event_date"];
    private static readonly string[] Statuses = [RecordStatus.Ok, RecordStatus.NoIncident, RecordStatus.Error];

    /// <summary>Reads <paramref name="path"/>, or standard input when it is <c>-</c>.</summary>
    public static bool TryRead(
        string path,
        TextReader standardInput,
        [NotNullWhen(true)] out IReadOnlyList<IncidentRecord>? records,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(standardInput);
        string text;
        try
        {
            text = path == "-" ? standardInput.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            records = null;
            error = $"{path}: cannot read the file ({e.Message})";
            return false;
        }

        return TryParse(text, path, out records, out error);
    }

    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="name"/> is used in messages and its extension
    /// picks the format (<c>.csv</c> is CSV; otherwise <c>[</c> starts a JSON array, <c>{</c> JSON Lines).
    /// </summary>
    public static bool TryParse(
        string text,
        string name,
        [NotNullWhen(true)] out IReadOnlyList<IncidentRecord>? records,
        [NotNullWhen(false)] out string? error)
    {
        var rows = new List<IncidentRecord>();
        var start = text.AsSpan().TrimStart();
        var isCsv = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || (start.Length > 0 && start[0] is not ('[' or '{'));
        error = isCsv ? ReadCsv(text, rows)
            : start.Length > 0 && start[0] == '[' ? ReadJsonArray(text, rows)
            : ReadJsonLines(text, rows);
        if (error is not null)
        {
            records = null;
            error = $"{name}:{error}";
            return false;
        }

        records = rows;
        return true;
    }

    private static string? ReadJsonLines(string text, List<IncidentRecord> records)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = ParseJson(line, out _, out var failure);
            if (document is null)
            {
                return $"{number}: {failure}";
            }

            if (ReadJsonRecord(document.RootElement, records) is { } error)
            {
                return $"{number}: {error}";
            }
        }

        return null;
    }

    private static string? ReadJsonArray(string text, List<IncidentRecord> records)
    {
        using var document = ParseJson(text, out var failedLine, out var failure);
        if (document is null)
        {
            return $"{failedLine}: {failure}";
        }

        var lines = ElementLines(text);
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (ReadJsonRecord(element, records) is { } error)
            {
                return $"{lines[index]}: {error}";
            }

            index++;
        }

        return null;
    }

    /// <summary>The parsed document, or null with the failing line (from 1) and why.</summary>
    private static JsonDocument? ParseJson(string text, out long line, out string? failure)
    {
        try
        {
            (line, failure) = (0, null);
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            (line, failure) = ((e.LineNumber ?? 0) + 1, $"not valid JSON ({FirstSentence(e.Message)})");
            return null;
        }
    }

    // JsonElement has no position, so a second pass finds the line each array element starts on.
    private static List<int> ElementLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes);
        var lines = new List<int>();
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                continue;
            }

            var offset = (int)reader.TokenStartIndex;
            line += bytes.AsSpan(counted, offset - counted).Count((byte)'\n');
            counted = offset;
            lines.Add(line);
            reader.Skip();
        }

        return lines;
    }

    private static string? ReadJsonRecord(JsonElement element, List<IncidentRecord> records)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return "expected a JSON object with the record's fields";
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var evidence = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("evidence"))
            {
                ReadEvidence(property.Value, evidence);
                continue;
            }

            if (!RecordFields.Names.Contains(property.Name))
            {
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[property.Name] = property.Value.GetString();
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    values[property.Name] = property.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    values[property.Name] = null;
                    break;
                default:
                    return $"{property.Name}: expected a text, a number or null";
            }
        }

        return Add(values, evidence, records);
    }

    // Evidence is optional and only shown to the user, so a shape we do not know is skipped, not an error.
    private static void ReadEvidence(JsonElement element, Dictionary<string, FieldEvidence> evidence)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var sentence = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Object when property.Value.TryGetProperty("sentence", out var s) && s.ValueKind == JsonValueKind.String => s.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(sentence))
            {
                evidence[property.Name] = new FieldEvidence(sentence, 0, 0, "");
            }
        }
    }

    private static string? ReadCsv(string text, List<IncidentRecord> records)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.FromText(text, options);
        try
        {
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (!header.Contains("source", StringComparer.OrdinalIgnoreCase))
            {
                return "1: the header row has no 'source' column; expected the schema's field names";
            }

            while (csv.Read())
            {
                var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < header.Length && i < csv.FieldCount; i++)
                {
                    if (RecordFields.Names.Contains(header[i], StringComparer.OrdinalIgnoreCase))
                    {
                        var value = csv.GetString(i);
                        values[header[i]] = string.IsNullOrWhiteSpace(value) ? null : value;
                    }
                }

                if (values.Values.All(v => v is null))
                {
                    continue;
                }

                if (Add(values, new Dictionary<string, FieldEvidence>(), records) is { } error)
                {
                    return $"{csv.LineNumber}: {error}";
                }
            }
        }
        catch (CsvFormatException e)
        {
            return $"{e.LineNumber}: malformed CSV ({FirstSentence(e.Message)})";
        }

        return null;
    }

    private static string? Add(Dictionary<string, string?> values, Dictionary<string, FieldEvidence> evidence, List<IncidentRecord> records)
    {
        string? Text(string field) => values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var source = Text("source");
        if (source is null)
        {
            return "source: missing; every record needs the article's source";
        }

        var status = Text("status")?.ToLowerInvariant();
        if (status is null || !Statuses.Contains(status))
        {
            return $"status: {Quote(status)} is not one of {string.Join(", ", Statuses)}";
        }

        var counts = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var field in CountFields)
        {
            var text = Text(field);
            if (text is null)
            {
                counts[field] = null;
            }
            else if (ParseCount(text) is { } count)
            {
                counts[field] = count;
            }
            else
            {
                return $"{field}: {Quote(text)} is not a whole number of 0 or more";
            }
        }

        var numbers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var field in NumberFields)
        {
            var text = Text(field);
            if (text is null)
            {
                numbers[field] = null;
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                numbers[field] = number;
            }
            else
            {
                return $"{field}: {Quote(text)} is not a number";
            }
        }

        foreach (var field in DateFields)
        {
            if (Text(field) is { } date && !IsoDate().IsMatch(date))
            {
                return $"{field}: {Quote(date)} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)";
            }
        }

        records.Add(new IncidentRecord
        {
            Source = source,
            Status = status,
            Title = Text("title"),
            Published = Text("published"),
            EventDate = Text("event_date"),
            EventDateText = Text("event_date_text"),
            City = Text("city"),
            District = Text("district"),
            Province = Text("province"),
            Country = Text("country"),
            LocationDetail = Text("location_detail"),
            Latitude = numbers["latitude"],
            Longitude = numbers["longitude"],
            Target = Text("target"),
            TargetType = Text("target_type"),
            Attackers = Text("attackers"),
            AttackerCount = counts["attacker_count"],
            AttackType = Text("attack_type"),
            WeaponType = Text("weapon_type"),
            Killed = counts["killed"],
            Injured = counts["injured"],
            AttackersKilled = counts["attackers_killed"],
            ClaimedGroup = Text("claimed_group"),
            SuspectedGroup = Text("suspected_group"),
            Confidence = numbers["confidence"],
            Error = Text("error"),
            Evidence = evidence,
        });
        return null;
    }

    // Some tools write counts as 4.0; anything else that is not a whole number is a mistake in the file.
    private static int? ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole
        : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number <= int.MaxValue ? (int)number
        : null;

    private static string Quote(string? value) => value is null ? "empty" : $"\"{value}\"";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
