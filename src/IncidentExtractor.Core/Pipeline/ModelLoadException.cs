namespace IncidentExtractor.Core.Pipeline;

/// <summary>A models file is missing or malformed. The message names the file and, where known, the line.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException()
    {
    }

    public ModelLoadException(string message)
        : base(message)
    {
    }

    public ModelLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
