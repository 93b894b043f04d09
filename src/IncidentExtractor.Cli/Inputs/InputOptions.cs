namespace IncidentExtractor.Cli.Inputs;

/// <summary>What the user said about the inputs: which files to take and how to read them.</summary>
internal sealed record InputOptions
{
    private IReadOnlyList<string>? _includes;

    /// <summary>The first include pattern; setting it replaces <see cref="Includes"/> with this one pattern.</summary>
    public string Include
    {
        get => Includes[0];
        init => _includes = [value];
    }

    /// <summary>
    /// Glob patterns (Microsoft.Extensions.FileSystemGlobbing syntax) a file inside a folder must match,
    /// relative to that folder. A pattern without '/' matches the file name at any depth.
    /// Defaults to <c>*.txt</c> for text input and <c>*.jsonl</c> for JSON Lines input.
    /// </summary>
    public IReadOnlyList<string> Includes
    {
        get => _includes is { Count: > 0 } ? _includes : [Format == InputFormat.Jsonl ? "*.jsonl" : "*.txt"];
        init => _includes = value;
    }

    public InputFormat Format { get; init; } = InputFormat.Text;

    /// <summary>Largest article accepted: bytes for a file, characters for a JSON Lines row or standard input.</summary>
    public long MaxBytes { get; init; } = 5_000_000;

    /// <summary>Reference date for articles that state none (a JSON Lines row's own date wins).</summary>
    public DateOnly? Published { get; init; }
}
