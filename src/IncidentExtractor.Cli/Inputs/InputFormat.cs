namespace IncidentExtractor.Cli.Inputs;

/// <summary>How input files are read: one article per text file, or one article per JSON Lines row.</summary>
internal enum InputFormat
{
    Text,
    Jsonl,
}
