namespace IncidentExtractor.Cli.Inputs;

/// <summary>The outcome of decoding an input's bytes: its text, or why it is not text.</summary>
internal readonly record struct DecodedText(string? Text, string? Error)
{
    public static DecodedText Success(string text) => new(text, null);

    public static DecodedText Failure(string error) => new(null, error);
}
