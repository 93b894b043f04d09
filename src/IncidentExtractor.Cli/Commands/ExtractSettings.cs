using IncidentExtractor.Cli.Inputs;
using IncidentExtractor.Cli.Outputs;

namespace IncidentExtractor.Cli.Commands;

/// <summary>Everything the <c>extract</c> command was asked to do, checked and typed.</summary>
internal sealed record ExtractSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public InputOptions InputOptions { get; init; } = new();

    /// <summary>The output file; null for standard output.</summary>
    public string? OutputPath { get; init; }

    public OutputFormat OutputFormat { get; init; } = OutputFormat.Csv;
    public required string ModelsDirectory { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public bool NeutraliseFormulas { get; init; } = true;
    public bool Quiet { get; init; }
    public bool Verbose { get; init; }
}
