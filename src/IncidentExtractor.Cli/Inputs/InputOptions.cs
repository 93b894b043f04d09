using IncidentExtractor.Core.Documents;

namespace IncidentExtractor.Cli.Inputs;

/// <summary>What the user said about the inputs: which files to take and how to read them.</summary>
internal sealed record InputOptions
{
    public string Include { get; init; } = "*.txt";
    public InputFormat Format { get; init; } = InputFormat.Text;
    public long MaxBytes { get; init; } = 5_000_000;
    public DateOnly? Published { get; init; }
}

/// <summary>One discovered input: an article that could be read, or the reason it could not.</summary>
internal sealed record InputItem(string Source, ArticleInput? Article, string? Error);
