namespace IncidentExtractor.Cli.Inputs;

/// <summary>The outcome of reading a file: its bytes, or why they could not be read.</summary>
internal readonly record struct LoadedBytes(byte[]? Bytes, string? Error)
{
    public static LoadedBytes Success(byte[] bytes) => new(bytes, null);

    public static LoadedBytes Failure(string error) => new(null, error);
}
