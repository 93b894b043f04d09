namespace IncidentExtractor.Cli.Outputs;

/// <summary>The names users give output formats, and the format an output file's extension implies.</summary>
internal static class OutputFormats
{
    public static readonly IReadOnlyList<string> Names = ["csv", "json", "jsonl"];

    public static OutputFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        "jsonl" or "ndjson" => OutputFormat.Jsonl,
        _ => null,
    };

    /// <summary>The format for an output path when none was asked for: by extension, else CSV.</summary>
    public static OutputFormat FromPath(string? path) =>
        path is null or "-" ? OutputFormat.Csv : Parse(Path.GetExtension(path).TrimStart('.')) ?? OutputFormat.Csv;
}
