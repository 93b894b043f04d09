namespace IncidentExtractor.Cli.Outputs;

/// <summary>How records are written.</summary>
internal enum OutputFormat
{
    Csv,
    Json,
    Jsonl,
}
