using System.Globalization;
using System.Text.Json;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Reads a JSON Lines batch: one object per line, <c>{"id", "text", "published"?, "title"?}</c>.
/// A row becomes an article whose source is its id; a row that cannot be used becomes an error
/// item named after the file and line (<c>batch.jsonl:17</c>). Blank lines are skipped.
/// </summary>
internal static class JsonLinesArticles
{
    public static IEnumerable<InputItem> Read(TextReader reader, string fileName, InputOptions options)
    {
        var lines = new BoundedLineReader(reader, options.MaxBytes);
        while (lines.TryReadLine(out var line))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{fileName}:{lines.LineNumber}");
            if (line is null)
            {
                yield return new InputItem(where, null, InputMessages.TooLarge(options.MaxBytes));
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadRow(line, where, lines.LineNumber, options);
            }
        }
    }

    private static InputItem ReadRow(string line, string where, int lineNumber, InputOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return Malformed(where, lineNumber, FirstSentence(ex.Message));
        }
        catch (ArgumentException)
        {
            // The line itself is not well-formed UTF-16 (a lone surrogate from a broken file).
            return Malformed(where, lineNumber, "invalid characters");
        }

        using (document)
        {
            var row = document.RootElement;
            if (row.ValueKind != JsonValueKind.Object)
            {
                return Malformed(where, lineNumber, "expected an object");
            }

            try
            {
                return ReadObject(row, where, lineNumber, options);
            }
            catch (InvalidOperationException)
            {
                // GetString refuses escapes that decode to invalid UTF-16 (a lone \ud800).
                return Malformed(where, lineNumber, "invalid characters in a string");
            }
        }
    }

    private static InputItem ReadObject(JsonElement row, string where, int lineNumber, InputOptions options)
    {
        var id = row.TryGetProperty("id", out var idValue) ? AsId(idValue) : null;
        if (string.IsNullOrEmpty(id))
        {
            return Malformed(where, lineNumber, "no \"id\"");
        }

        if (!row.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
        {
            return Malformed(where, lineNumber, "no \"text\" string");
        }

        var published = options.Published;
        if (row.TryGetProperty("published", out var publishedValue) && publishedValue.ValueKind != JsonValueKind.Null)
        {
            if (publishedValue.ValueKind != JsonValueKind.String ||
                !DateOnly.TryParseExact(publishedValue.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Malformed(where, lineNumber, "\"published\" is not a yyyy-MM-dd date");
            }

            published = date;
        }

        var title = row.TryGetProperty("title", out var titleValue) && titleValue.ValueKind == JsonValueKind.String
            ? titleValue.GetString()
            : null;
        return ArticleFactory.FromText(
            WellFormedText.Repair(id), textValue.GetString() ?? string.Empty, htmlByName: false, published,
            string.IsNullOrWhiteSpace(title) ? null : WellFormedText.Repair(title));
    }

    private static string? AsId(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static InputItem Malformed(string where, int lineNumber, string reason) =>
        new(where, null, string.Create(CultureInfo.InvariantCulture, $"malformed JSON Lines row on line {lineNumber}: {reason}"));

    // System.Text.Json appends the path and byte position in further sentences; the line number says enough.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
