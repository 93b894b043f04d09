namespace IncidentExtractor.Cli.Inputs;

/// <summary>
/// Reads a whole input file, refusing files over the size limit before reading them. The
/// ordinary failures of a file system (permissions, a file deleted since the folder was listed)
/// are results, not exceptions.
/// </summary>
internal static class FileLoader
{
    public static LoadedBytes Load(string path, long maxBytes)
    {
        try
        {
            using var stream = Open(path);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return LoadedBytes.Failure(InputMessages.TooLarge(maxBytes));
            }

            return ReadBounded(stream, maxBytes);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            return LoadedBytes.Failure(message);
        }
    }

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The record message for an exception met while reading an input, or null for a bug.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => InputMessages.Vanished,
        UnauthorizedAccessException => InputMessages.PermissionDenied,
        PathTooLongException => InputMessages.Unreadable("path too long"),
        IOException io => InputMessages.Unreadable(io.Message),
        _ => null,
    };

    private static LoadedBytes ReadBounded(Stream stream, long maxBytes)
    {
        // The length can change between the check and the read (or be unknown for a pipe), so the
        // read itself stops one byte past the limit.
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return LoadedBytes.Failure(InputMessages.TooLarge(maxBytes));
            }
        }

        return LoadedBytes.Success(buffer.ToArray());
    }
}
